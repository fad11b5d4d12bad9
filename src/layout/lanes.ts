import { eventEndMs } from '../model/span.js';
import type { TimelineEvent } from '../model/types.js';

/** Where each event sits vertically: its group's lane and a row inside that lane. */
export interface TimelineLaneAssignment {
  /** Lane index per event (by its index in `events`); events without a group share the last lane. */
  laneOf: Int32Array;
  /** Row inside its lane per event; -1 when the lane's rows were full (the event is counted, not drawn). */
  rowOf: Int32Array;
  /** Lane names in order; '' for the lane of events without a group. */
  lanes: string[];
  /** Rows used per lane (at most `maxRows`). */
  rowCounts: number[];
  /** Events per lane that found no row. */
  overflowCounts: number[];
}

/**
 * Stacks events so that no two in the same lane and row overlap in time: an event takes the
 * first row whose last event ended before it starts, as in interval partitioning. Day-precision
 * events on the same day overlap (a day occupies its day), so they stack. Events must come in
 * time order (as the model sorts them); the cost is O(n × rows).
 */
export function assignLanes(events: readonly TimelineEvent[], groups: readonly string[], maxRows = 8): TimelineLaneAssignment {
  const hasUngrouped = events.some((event) => event.group === undefined);
  const lanes = hasUngrouped ? [...groups, ''] : [...groups];
  const laneIndex = new Map(lanes.map((name, index) => [name, index]));
  const rowEnds = lanes.map(() => [] as number[]);
  const overflowCounts = lanes.map(() => 0);
  const laneOf = new Int32Array(events.length);
  const rowOf = new Int32Array(events.length);
  events.forEach((event, index) => {
    const lane = laneIndex.get(event.group ?? '')!;
    const ends = rowEnds[lane];
    // An instant still needs room for its mark, so it occupies at least a minute.
    const startMs = event.start.startMs;
    const endMs = Math.max(eventEndMs(event), startMs + 60_000);
    let row = ends.findIndex((end) => end <= startMs);
    if (row === -1 && ends.length < maxRows) row = ends.length;
    laneOf[index] = lane;
    rowOf[index] = row;
    if (row === -1) overflowCounts[lane]++;
    else ends[row] = endMs;
  });
  return { laneOf, rowOf, lanes, rowCounts: rowEnds.map((ends) => ends.length), overflowCounts };
}
