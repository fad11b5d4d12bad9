import type { TimelineEvent } from './types.js';

/**
 * Where an event's span ends on the axis, in ms (exclusive): the end of its `end` period, or of
 * its `start` period when it has no end. The span starts at `event.start.startMs`.
 */
export function eventEndMs(event: TimelineEvent): number {
  return (event.end ?? event.start).endMs;
}
