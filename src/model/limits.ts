import type { TimelineLimits } from './types.js';

/**
 * The limits `parseTimeline` applies when a page sets none. They keep a hostile or broken file
 * from costing more than a large honest one: 200,000 events and 50,000 annotations still lay
 * out, 20,000 characters hold any real quote, and 50 problems are more than anyone reads.
 */
export const DEFAULT_TIMELINE_LIMITS: Readonly<TimelineLimits> = Object.freeze({
  maxEvents: 200_000,
  maxAnnotations: 50_000,
  maxStringLength: 20_000,
  maxIssues: 50,
});
