/**
 * Public exports: the element class, its events, the data types and the pure helpers. Importing
 * this module defines nothing; import `annotated-timeline/annotated-timeline.js` to define the tag.
 */
export { AnnotatedTimeline } from './annotated-timeline.component.js';
export * from './events.js';
export type * from './model/types.js';
export { parseTimeline, parseTimelineInSlices, type TimelineParseOptions } from './model/parse.js';
export { parseTimelineDate } from './model/dates.js';
export { eventEndMs } from './model/span.js';
export { checkUrl } from './model/safe-url.js';
export { parseJsonText } from './model/json.js';
export { DEFAULT_TIMELINE_LIMITS } from './model/limits.js';
export { layoutTimeline, prepareTimeline, type TimelineLayoutOptions, type TimelinePrepared } from './layout/layout.js';
export type * from './layout/types.js';
export { createMetrics, type TimelineMetrics } from './layout/metrics.js';
export { createTableMeasure, type TimelineMeasure } from './layout/measure.js';
export { ENGLISH_STRINGS, type TimelineStrings } from './strings.js';
export { ARABIC_STRINGS } from './strings-ar.js';
