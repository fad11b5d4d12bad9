import { describe, expect, it } from 'vitest';
import { generateTimeline } from '../../test/generate.ts';
import { parseTimeline } from '../model/parse.js';
import { eventEndMs } from '../model/span.js';
import type { TimelineEventInput, TimelineModel } from '../model/types.js';
import { assignLanes } from './lanes.js';

function parseModel(data: unknown): TimelineModel {
  const parsed = parseTimeline(data);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.model;
}

/** A model of the given events, each titled after its id. */
const modelOf = (events: Array<Omit<TimelineEventInput, 'title'>>) =>
  parseModel({ title: 'Lanes', events: events.map((e) => ({ title: `Event ${e.id}`, ...e })) });

const lanesOf = (model: TimelineModel, maxRows?: number) => assignLanes(model.events, model.groups, maxRows);

/** The largest number of events of one lane that share an instant, with an instant taking a minute. */
function maxOverlap(model: TimelineModel, laneOf: Int32Array, lane: number): number {
  const edges: Array<[number, number]> = [];
  for (const [index, event] of model.events.entries()) {
    if (laneOf[index] !== lane) continue;
    edges.push([event.start.startMs, +1], [Math.max(eventEndMs(event), event.start.startMs + 60_000), -1]);
  }
  // Ends sort before starts at the same time: a period ends where the next begins.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, delta] of edges) {
    open += delta;
    most = Math.max(most, open);
  }
  return most;
}

describe('assignLanes', () => {
  it('puts two events of the same day in separate rows', () => {
    const result = lanesOf(modelOf([{ id: 'a', start: '2023-09-25' }, { id: 'b', start: '2023-09-25' }]));
    expect(Array.from(result.rowOf)).toEqual([0, 1]);
    expect(result.rowCounts).toEqual([2]);
  });

  it('puts events on consecutive days in the same row', () => {
    const result = lanesOf(modelOf([{ id: 'a', start: '2023-09-25' }, { id: 'b', start: '2023-09-26' }]));
    expect(Array.from(result.rowOf)).toEqual([0, 0]);
    expect(result.rowCounts).toEqual([1]);
  });

  it('reuses the first row that is free again, so lanes take as many rows as the maximum overlap', () => {
    // a covers 25–27 September; b (26th) and c (27th) each overlap a but not each other; d follows a.
    const model = modelOf([
      { id: 'a', start: '2023-09-25', end: '2023-09-27' },
      { id: 'b', start: '2023-09-26' },
      { id: 'c', start: '2023-09-27' },
      { id: 'd', start: '2023-09-28' },
    ]);
    const result = lanesOf(model);
    expect(Array.from(result.rowOf)).toEqual([0, 1, 1, 0]);
    expect(result.rowCounts).toEqual([2]);
  });

  it('gives an instant a minute, so instants in the same minute stack and a minute apart share a row', () => {
    const sameMinute = lanesOf(modelOf([{ id: 'a', start: '2023-09-25T10:00:00Z' }, { id: 'b', start: '2023-09-25T10:00:30Z' }]));
    expect(Array.from(sameMinute.rowOf)).toEqual([0, 1]);
    const minuteApart = lanesOf(modelOf([{ id: 'a', start: '2023-09-25T10:00Z' }, { id: 'b', start: '2023-09-25T10:01Z' }]));
    expect(Array.from(minuteApart.rowOf)).toEqual([0, 0]);
  });

  it('follows the groups in order of first appearance and puts ungrouped events in a last lane named ""', () => {
    const model = modelOf([
      { id: 'x', start: '2023-09-25', group: 'Politics' },
      { id: 'y', start: '2023-09-25' },
      { id: 'z', start: '2023-09-26', group: 'Operations' },
    ]);
    const result = lanesOf(model);
    expect(result.lanes).toEqual(['Politics', 'Operations', '']);
    expect(model.events.map((e) => e.id)).toEqual(['x', 'y', 'z']);
    expect(Array.from(result.laneOf)).toEqual([0, 2, 1]);
    // Same day, different lanes: no stacking.
    expect(Array.from(result.rowOf)).toEqual([0, 0, 0]);
    expect(result.rowCounts).toEqual([1, 1, 1]);
  });

  it('has no "" lane when every event has a group', () => {
    const result = lanesOf(modelOf([{ id: 'x', start: '2023-09-25', group: 'A' }, { id: 'y', start: '2023-09-25', group: 'B' }]));
    expect(result.lanes).toEqual(['A', 'B']);
  });

  it('has only the "" lane when no event has a group', () => {
    const result = lanesOf(modelOf([{ id: 'x', start: '2023-09-25' }]));
    expect(result.lanes).toEqual(['']);
    expect(Array.from(result.laneOf)).toEqual([0]);
  });

  it('counts the events that find no row once the lane has maxRows rows', () => {
    const result = lanesOf(modelOf(['a', 'b', 'c'].map((id) => ({ id, start: '2023-09-25' }))), 2);
    expect(Array.from(result.rowOf)).toEqual([0, 1, -1]);
    expect(result.rowCounts).toEqual([2]);
    expect(result.overflowCounts).toEqual([1]);
  });

  it.each([1, 2, 3, 4, 5])('takes as many rows per lane as its maximum overlap, and never overlaps in a row, on generated data with seed %i', (seed) => {
    const model = parseModel(generateTimeline({ events: 300, seed, years: 2, sameDayBursts: true }));
    const result = lanesOf(model, Infinity);
    result.lanes.forEach((_, lane) => expect(result.rowCounts[lane], `lane ${lane}`).toBe(maxOverlap(model, result.laneOf, lane)));
    const rowEnd = new Map<string, number>();
    for (const [index, event] of model.events.entries()) {
      const key = `${result.laneOf[index]}:${result.rowOf[index]}`;
      expect(result.rowOf[index]).toBeGreaterThanOrEqual(0);
      expect(event.start.startMs).toBeGreaterThanOrEqual(rowEnd.get(key) ?? -Infinity);
      rowEnd.set(key, Math.max(eventEndMs(event), event.start.startMs + 60_000));
    }
  });
});
