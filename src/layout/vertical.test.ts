/**
 * The vertical (rail) layout and right-to-left mirroring, on the default dataset and generated
 * ones at phone widths: nothing overlaps, everything stays inside, connectors end on their events.
 */
import { describe, expect, it } from 'vitest';
import iraq from '../../data/iraq-2023-09.json' with { type: 'json' };
import { generateTimeline } from '../../test/generate.ts';
import { parseTimeline } from '../model/parse.js';
import { layoutTimeline, prepareTimeline, type TimelineLayoutOptions } from './layout.js';
import { createTableMeasure } from './measure.js';
import { createMetrics } from './metrics.js';
import { paddedDomain } from './time-scale.js';
import type { TimelineBox } from './types.js';

const intersects = (a: TimelineBox, b: TimelineBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function layoutOf(data: unknown, width: number, overrides: Partial<TimelineLayoutOptions> = {}) {
  const parsed = parseTimeline(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const prepared = prepareTimeline(parsed.model);
  const options: TimelineLayoutOptions = {
    width,
    view: paddedDomain(parsed.model.extent),
    locale: 'en-GB',
    metrics: createMetrics(16, 'sans-serif'),
    measure: createTableMeasure(),
    noteHeading: 'Context',
    orientation: 'vertical',
    ...overrides,
  };
  return { model: parsed.model, layout: layoutTimeline(prepared, options) };
}

const DATASETS: Array<[string, unknown]> = [
  ['the default dataset', iraq],
  ['50 generated events', generateTimeline({ events: 50, annotationEvery: 3, seed: 4 })],
];

describe.each(DATASETS)('the vertical layout of %s', (_name, data) => {
  it.each([320, 375, 480])('places every note once, apart from every other note and every event, at %i px', (width) => {
    const { model, layout } = layoutOf(data, width);
    const placed = layout.notes.map((note) => note.annotationIndex).sort((a, b) => a - b);
    expect(placed).toEqual(model.annotations.map((_, index) => index));
    const boxes = [...layout.notes.map((n) => n.box), ...layout.marks.map((m) => m.hitBox)];
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i].x).toBeGreaterThanOrEqual(0);
      expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(layout.width);
      expect(boxes[i].y + boxes[i].height).toBeLessThanOrEqual(layout.height);
      for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i], boxes[j]), `boxes ${i} and ${j}`).toBe(false);
    }
  });

  it('lists events down the rail in time order and ends every connector on its event', () => {
    const { layout } = layoutOf(data, 375);
    const ys = layout.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(layout.marks.map((m) => m.eventIndex)).toEqual(layout.marks.map((_, i) => layout.marks[0].eventIndex + i));
    for (const note of layout.notes) {
      for (const c of note.connectors) {
        const mark = layout.marks.find((m) => m.eventIndex === c.eventIndex)!;
        expect(c.x2).toBe(mark.x1);
        expect(c.y2).toBeGreaterThanOrEqual(mark.y);
        expect(c.y2).toBeLessThanOrEqual(mark.y + mark.height);
        // The connector runs in the gutter between the rail and the text, left of every note.
        expect(c.elbowX!).toBeGreaterThan(mark.x1);
        expect(c.elbowX!).toBeLessThan(note.box.x);
      }
    }
  });
});

it('counts dense events per period in the vertical layout instead of listing thousands', () => {
  const { layout } = layoutOf(generateTimeline({ events: 5000, seed: 2 }), 375);
  expect(layout.isAggregated).toBe(true);
  expect(layout.marks).toHaveLength(0);
  expect(layout.bins.length).toBeGreaterThan(2);
  expect(layout.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5000);
});

it('mirrors the horizontal layout for right-to-left pages, so that time runs from right to left', () => {
  const ltr = layoutOf(iraq, 1280, { orientation: 'horizontal' }).layout;
  const rtl = layoutOf(iraq, 1280, { orientation: 'horizontal', direction: 'rtl' }).layout;
  expect(rtl.direction).toBe('rtl');
  expect(rtl.marks.map((m) => m.x0)).toEqual(ltr.marks.map((m) => 1280 - m.x1));
  expect(rtl.notes.map((n) => n.box.x)).toEqual(ltr.notes.map((n) => 1280 - n.box.x - n.box.width));
  const first = rtl.marks.find((m) => m.eventIndex === 0)!;
  const last = rtl.marks.find((m) => m.eventIndex === rtl.marks.length - 1)!;
  expect(first.x0).toBeGreaterThan(last.x0);
  expect(rtl.ticks[0].x).toBeGreaterThan(rtl.ticks[rtl.ticks.length - 1].x);
});
