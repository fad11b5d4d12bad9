/**
 * Geometry invariants of the whole layout, checked on every fixture at every width and zoom:
 * nothing drawn overlaps what it must not, everything stays inside the drawing, no annotation
 * is lost, connectors end on their events, all numbers are finite, and the layout is a pure
 * function of its input.
 */
import { describe, expect, it } from 'vitest';
import { PLACEMENT_DATASETS } from '../../test/fixtures.ts';
import { parseTimeline } from '../model/parse.js';
import type { TimelineModel } from '../model/types.js';
import { layoutTimeline, prepareTimeline } from './layout.js';
import { createTableMeasure } from './measure.js';
import { createMetrics } from './metrics.js';
import { clampView, paddedDomain } from './time-scale.js';
import type { TimelineBox, TimelineConnector, TimelineEventMark, TimelineLayout } from './types.js';

const metrics = createMetrics(16, 'sans-serif');
const measure = createTableMeasure();

/** True when the two boxes share some area; boxes that only touch along an edge do not intersect. */
function intersects(a: TimelineBox, b: TimelineBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the segment passes through the box's inside (touching an edge does not count). */
function segmentCrossesBox([x1, y1, x2, y2]: [number, number, number, number], box: TimelineBox): boolean {
  // Clip the segment to the box (Liang–Barsky); a piece of positive length left inside means a crossing.
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: Array<[number, number]> = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return (t1 - t0) * Math.hypot(dx, dy) > 0.5;
}

const show = (box: TimelineBox) => `{x: ${box.x}, y: ${box.y}, w: ${box.width}, h: ${box.height}}`;

const DATASETS = PLACEMENT_DATASETS;

const WIDTHS = [320, 375, 768, 1024, 1280, 1920, 2560];

type Zoom = 'full view' | 'quarter view' | 'twentieth view';
const ZOOMS: readonly Zoom[] = ['full view', 'quarter view', 'twentieth view'];

function viewOf(model: TimelineModel, zoom: Zoom): [number, number] {
  const domain = paddedDomain(model.extent);
  const span = domain[1] - domain[0];
  if (zoom === 'full view') return domain;
  if (zoom === 'quarter view') {
    const middle = (domain[0] + domain[1]) / 2;
    return [middle - span / 8, middle + span / 8];
  }
  // Around the first event, kept inside the domain as the element's zoom would keep it.
  const first = model.events[0].start.startMs;
  return clampView([first - span / 40, first + span / 40], domain);
}

function modelOf(data: unknown): TimelineModel {
  const parsed = parseTimeline(data);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.model;
}

interface Case {
  label: string;
  data: unknown;
  model: TimelineModel;
  width: number;
  zoom: Zoom;
  view: [number, number];
}

const CASES: Case[] = DATASETS.flatMap(([name, make]) => {
  const data = make();
  const model = modelOf(data);
  return WIDTHS.flatMap((width) =>
    ZOOMS.map((zoom) => ({ label: `${name} at ${width} px in the ${zoom}`, data, model, width, zoom, view: viewOf(model, zoom) })),
  );
});

function layoutOf(model: TimelineModel, width: number, view: [number, number], prepared = prepareTimeline(model)): TimelineLayout {
  return layoutTimeline(prepared, { width, view, locale: 'en-GB', metrics, measure, noteHeading: 'Context' });
}

/** `[label, case]` rows, so that `%s` prints the whole label in each test's name. */
const ROWS: Array<[string, Case]> = CASES.map((c) => [c.label, c]);

const layouts = new Map<Case, TimelineLayout>();
function layoutFor(c: Case): TimelineLayout {
  let layout = layouts.get(c);
  if (!layout) {
    layout = layoutOf(c.model, c.width, c.view);
    layouts.set(c, layout);
  }
  return layout;
}

// ---------------------------------------------------------------------------------------------
// Helpers that list every violation, so a failure shows the offending boxes.

function pairsThatIntersect<T>(items: readonly T[], boxOf: (item: T) => TimelineBox, name: (item: T) => string): string[] {
  const found: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = boxOf(items[i]);
      const b = boxOf(items[j]);
      if (intersects(a, b)) found.push(`${name(items[i])} ${show(a)} × ${name(items[j])} ${show(b)}`);
    }
  }
  return found;
}

function crossings<A, B>(
  as: readonly A[],
  bs: readonly B[],
  boxOfA: (a: A) => TimelineBox,
  boxOfB: (b: B) => TimelineBox,
  nameA: (a: A) => string,
  nameB: (b: B) => string,
): string[] {
  const found: string[] = [];
  for (const a of as) {
    for (const b of bs) {
      if (intersects(boxOfA(a), boxOfB(b))) found.push(`${nameA(a)} ${show(boxOfA(a))} × ${nameB(b)} ${show(boxOfB(b))}`);
    }
  }
  return found;
}

/** The strip where the lane's name is written: the header row just above the lane's rows. */
const laneLabelBox = (layout: TimelineLayout, lane: TimelineLayout['lanes'][number]): TimelineBox => ({
  x: layout.left,
  y: lane.top - metrics.laneHeaderPx,
  width: layout.right - layout.left,
  height: metrics.laneHeaderPx,
});

const axisStrip = (layout: TimelineLayout): TimelineBox => ({ x: 0, y: layout.axisY, width: layout.width, height: metrics.axisPx });

const noteName = (note: TimelineLayout['notes'][number]) => `note ${note.annotationIndex}`;
const markerName = (marker: TimelineLayout['markers'][number]) => `marker ${marker.annotationIndex}`;
const markName = (mark: TimelineEventMark) => `hitBox of event ${mark.eventIndex}`;

function isInside(box: TimelineBox, layout: TimelineLayout): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height;
}

/** Why a connector does not end on its event's mark, or undefined when it does. */
function connectorProblem(connector: TimelineConnector, marks: ReadonlyMap<number, TimelineEventMark>): string | undefined {
  const mark = marks.get(connector.eventIndex);
  if (!mark) return `connector to event ${connector.eventIndex}, which has no mark`;
  const [low, high] = mark.shape === 'point' ? [mark.x0 - 8, mark.x0 + 8] : [mark.x0 - 1, mark.x1 + 1];
  const where = `connector (${connector.x2}, ${connector.y2}) to ${mark.shape} event ${mark.eventIndex} x0 ${mark.x0} x1 ${mark.x1} y ${mark.y} h ${mark.height}`;
  if (!(connector.x2 >= low && connector.x2 <= high)) return `${where}: x2 outside [${low}, ${high}]`;
  if (connector.y2 !== mark.y && connector.y2 !== mark.y + mark.height) return `${where}: y2 not on the mark's top or bottom`;
  return undefined;
}

/** Paths of every number in the value that is NaN or infinite. */
function nonFiniteNumbers(value: unknown, path = 'layout'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  return [];
}

// ---------------------------------------------------------------------------------------------

describe('layoutTimeline', () => {
  it('has fixtures that exercise notes, markers and both ends of the range', () => {
    const all = CASES.map(layoutFor);
    expect(all.some((layout) => layout.notes.length > 0)).toBe(true);
    expect(all.some((layout) => layout.markers.length > 0)).toBe(true);
    expect(all.every((layout) => !layout.isAggregated)).toBe(true);
    const ends = CASES.filter((c) => c.label.startsWith('notes at both ends') && c.zoom === 'full view').map(layoutFor);
    for (const layout of ends) expect(layout.marks.length).toBe(5);
  });

  it.each(ROWS)('notes never overlap each other on %s', (_label, c) => {
    const layout = layoutFor(c);
    expect(pairsThatIntersect(layout.notes, (n) => n.box, noteName)).toEqual([]);
  });

  it.each(ROWS)('notes never cover an event label on %s', (_label, c) => {
    const layout = layoutFor(c);
    expect(crossings(layout.notes, layout.marks, (n) => n.box, (m) => m.hitBox, noteName, markName)).toEqual([]);
  });

  it.each(ROWS)('notes never cover a lane label or the axis on %s', (_label, c) => {
    const layout = layoutFor(c);
    const strips = [...layout.lanes.map((lane) => ({ name: `lane label "${lane.text}"`, box: laneLabelBox(layout, lane) })), { name: 'axis strip', box: axisStrip(layout) }];
    expect(crossings(layout.notes, strips, (n) => n.box, (s) => s.box, noteName, (s) => s.name)).toEqual([]);
  });

  it.each(ROWS)('markers never overlap each other on %s', (_label, c) => {
    const layout = layoutFor(c);
    expect(pairsThatIntersect(layout.markers, (m) => m.box, markerName)).toEqual([]);
  });

  it.each(ROWS)('markers never cover a note or an event label on %s', (_label, c) => {
    const layout = layoutFor(c);
    expect([
      ...crossings(layout.markers, layout.notes, (m) => m.box, (n) => n.box, markerName, noteName),
      ...crossings(layout.markers, layout.marks, (m) => m.box, (m) => m.hitBox, markerName, markName),
    ]).toEqual([]);
  });

  it.each(ROWS)('every note and marker lies inside the drawing on %s', (_label, c) => {
    const layout = layoutFor(c);
    const outside = [
      ...layout.notes.filter((n) => !isInside(n.box, layout)).map((n) => `${noteName(n)} ${show(n.box)}`),
      ...layout.markers.filter((m) => !isInside(m.box, layout)).map((m) => `${markerName(m)} ${show(m.box)}`),
    ];
    expect(outside, `drawing is ${layout.width} × ${layout.height}`).toEqual([]);
  });

  it.each(ROWS)('event labels never overlap and stay in their row on %s', (_label, c) => {
    const layout = layoutFor(c);
    expect(pairsThatIntersect(layout.marks, (m) => m.hitBox, markName)).toEqual([]);
    const outOfRow = layout.marks
      .filter((m) => m.hitBox.y < m.y || m.hitBox.y + m.hitBox.height > m.y + m.height)
      .map((m) => `${markName(m)} ${show(m.hitBox)} outside row y ${m.y} h ${m.height}`);
    expect(outOfRow).toEqual([]);
  });

  it.each(ROWS)('every annotation of a drawn event is a note or a marker, never both, on %s', (_label, c) => {
    const layout = layoutFor(c);
    const drawn = new Set(layout.marks.map((m) => m.eventIndex));
    const expected = c.model.annotations.flatMap((a, index) => (a.eventIndexes.some((i) => drawn.has(i)) ? [index] : []));
    const shown = [...layout.notes.map((n) => n.annotationIndex), ...layout.markers.map((m) => m.annotationIndex)].sort((a, b) => a - b);
    expect(shown).toEqual(expected);
  });

  it.each(ROWS)('every connector ends on its event on %s', (_label, c) => {
    const layout = layoutFor(c);
    const marks = new Map(layout.marks.map((m) => [m.eventIndex, m]));
    const connectors = [...layout.notes.flatMap((n) => n.connectors), ...layout.markers.map((m) => m.connector)];
    expect(connectors.map((connector) => connectorProblem(connector, marks)).filter(Boolean)).toEqual([]);
    for (const note of layout.notes) {
      const events = c.model.annotations[note.annotationIndex].eventIndexes;
      for (const connector of note.connectors) expect(events).toContain(connector.eventIndex);
    }
  });

  it('detects a connector through a box, and not one along its edge (the check below can fail)', () => {
    const box = { x: 10, y: 10, width: 20, height: 20 };
    expect(segmentCrossesBox([0, 0, 40, 40], box)).toBe(true);
    expect(segmentCrossesBox([20, 0, 20, 40], box)).toBe(true);
    expect(segmentCrossesBox([10, 0, 10, 40], box)).toBe(false);
    expect(segmentCrossesBox([0, 0, 5, 40], box)).toBe(false);
  });

  it.each(ROWS)('no connector crosses a note other than its own on %s', (_label, c) => {
    const layout = layoutOf(c.model, c.width, c.view);
    const crossings: string[] = [];
    for (const note of layout.notes) {
      for (const connector of note.connectors) {
        // A connector is a line, or a drop along x1 to bendY and then a line to the event.
        const segments: Array<[number, number, number, number]> =
          connector.bendY === undefined
            ? [[connector.x1, connector.y1, connector.x2, connector.y2]]
            : [
                [connector.x1, connector.y1, connector.x1, connector.bendY],
                [connector.x1, connector.bendY, connector.x2, connector.y2],
              ];
        for (const other of layout.notes) {
          if (other === note) continue;
          for (const segment of segments) {
            if (segmentCrossesBox(segment, other.box)) crossings.push(`a connector of note ${note.annotationIndex} crosses note ${other.annotationIndex} ${show(other.box)}`);
          }
        }
      }
    }
    expect(crossings).toEqual([]);
  });

  it.each(ROWS)('has no NaN or infinite number on %s', (_label, c) => {
    expect(nonFiniteNumbers(layoutFor(c))).toEqual([]);
  });

  it.each(ROWS)('gives deep-equal layouts for the same input twice on %s', (_label, c) => {
    const prepared = prepareTimeline(modelOf(c.data));
    const first = layoutOf(prepared.model, c.width, c.view, prepared);
    // Again on the same prepared data (its text cache now warm), and from a fresh parse.
    expect(layoutOf(prepared.model, c.width, c.view, prepared)).toEqual(first);
    expect(layoutOf(modelOf(c.data), c.width, c.view)).toEqual(first);
  });
});
