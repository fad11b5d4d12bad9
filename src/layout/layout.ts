import { layoutHorizontal } from './horizontal.js';
import type { TimelineMeasure } from './measure.js';
import type { TimelineMetrics } from './metrics.js';
import { mirrorLayout } from './mirror.js';
import type { TimelinePrepared } from './prepare.js';
import type { TimelineLayout } from './types.js';
import { layoutVertical } from './vertical.js';

export { displayedQuote } from './annotations.js';
export { DEFAULT_MAX_MARKS, prepareTimeline, type TimelinePrepared } from './prepare.js';

/** The size, view and text settings of one layout. */
export interface TimelineLayoutOptions {
  width: number;
  view: [number, number];
  locale: string;
  metrics: TimelineMetrics;
  measure: TimelineMeasure;
  /** Heading of an editor's note, which has no speaker. */
  noteHeading: string;
  /** Above this many events in view they are binned rather than drawn one by one. */
  maxMarks?: number;
  /** `horizontal` (time across) or `vertical` (time down a rail, for narrow screens). */
  orientation?: 'horizontal' | 'vertical';
  /** `rtl` mirrors the drawing, so that time runs from right to left. */
  direction?: 'ltr' | 'rtl';
}

/**
 * Lays out one view of a prepared timeline: in the horizontal layout axis ticks, lanes, the
 * marks and labels of the events in view (or bins where they are too dense) and the notes
 * placed around them; in the vertical one a rail with each event and its notes beside it.
 * Pure and deterministic; cheap enough to run on every zoom frame, because culling is a binary
 * search and only what is in view is placed.
 */
export function layoutTimeline(prepared: TimelinePrepared, options: TimelineLayoutOptions): TimelineLayout {
  const layout = options.orientation === 'vertical' ? layoutVertical(prepared, options) : layoutHorizontal(prepared, options);
  return options.direction === 'rtl' ? mirrorLayout(layout) : layout;
}
