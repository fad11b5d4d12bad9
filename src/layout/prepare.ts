import { eventEndMs } from '../model/span.js';
import { bisectLeft } from './bisect.js';
import type { TimelineModel } from '../model/types.js';
import type { TimelineNoteText } from './annotations.js';
import { assignLanes, type TimelineLaneAssignment } from './lanes.js';

/**
 * What depends only on the data: lanes and rows, sorted starts per lane, the running maximum of
 * ends that lets a view find its first event by binary search, and a cache of wrapped note text.
 * Built once per data change by `prepareTimeline`; every view after that is `layoutTimeline`.
 */
export interface TimelinePrepared {
  model: TimelineModel;
  lanes: TimelineLaneAssignment;
  starts: Float64Array;
  /** `maxEnd[i]` is the latest end among events 0..i (events are sorted by start). */
  maxEnd: Float64Array;
  /** Starts of each lane's events, ascending, for counting events per bin. */
  laneStarts: Float64Array[];
  noteText: Map<string, TimelineNoteText>;
  /** Whether any event is dated to a time of day; if not, ticks stop at days. */
  hasTimes: boolean;
}

/** Above this many events in view they are binned rather than drawn one by one, unless the caller says otherwise. */
export const DEFAULT_MAX_MARKS = 200;

/** Prepares a model for layout; call once per data change. */
export function prepareTimeline(model: TimelineModel, maxRows = 8): TimelinePrepared {
  const { events } = model;
  const lanes = assignLanes(events, model.groups, maxRows);
  const starts = new Float64Array(events.length);
  const maxEnd = new Float64Array(events.length);
  const perLane: number[][] = lanes.lanes.map(() => []);
  let running = -Infinity;
  events.forEach((event, index) => {
    starts[index] = event.start.startMs;
    running = Math.max(running, eventEndMs(event));
    maxEnd[index] = running;
    perLane[lanes.laneOf[index]].push(event.start.startMs);
  });
  const hasTimes = events.some((event) => event.start.startMs === eventEndMs(event) || (event.end !== undefined && event.end.endMs === event.end.startMs));
  return { model, lanes, starts, maxEnd, laneStarts: perLane.map((list) => Float64Array.from(list)), noteText: new Map(), hasTimes };
}

/** The events a view meets, or the fact that there are too many to draw one by one. */
export interface TimelineCulled {
  /** Indexes of the events whose span meets the view, in time order; empty when aggregated. */
  visible: number[];
  /** Roughly how many events are in view (exact unless aggregated). */
  count: number;
  first: number;
  end: number;
  isAggregated: boolean;
}

/**
 * Finds the events a view meets by binary search: the first event whose running end reaches
 * the view, up to the last that starts in it. Above `maxMarks` it stops counting one by one.
 */
export function cullView(prepared: TimelinePrepared, view: readonly [number, number], maxMarks: number): TimelineCulled {
  const first = bisectLeft(prepared.maxEnd, view[0]);
  const end = bisectLeft(prepared.starts, view[1]);
  const visible: number[] = [];
  let isAggregated = end - first > maxMarks * 4;
  if (!isAggregated) {
    const events = prepared.model.events;
    for (let i = first; i < end; i++) {
      if (eventEndMs(events[i]) >= view[0]) visible.push(i);
    }
    isAggregated = visible.length > maxMarks;
  }
  return { visible: isAggregated ? [] : visible, count: isAggregated ? Math.max(end - first, 0) : visible.length, first, end, isAggregated };
}
