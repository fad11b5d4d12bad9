import { utcTicks } from './utc-ticks.js';

/**
 * A linear map from time (ms on the UTC axis) to px, with UTC ticks at calendar boundaries. It
 * does what the layout needs of d3-scale's `scaleUtc` without its interpolators, colours and
 * formats, which would cost about a quarter of the bundle budget.
 */
export interface TimelineScale {
  (ms: number | Date): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` ticks at natural UTC boundaries (years, months, weeks, days, hours …) within the domain. */
  ticks(count: number): Date[];
}

/** Shortest span the view may show (one hour), so that zooming in stays useful. */
export const MIN_VIEW_SPAN_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The domain shown when nothing is zoomed: the data's extent with 5% padding on each side, and
 * at least a day, so that one event (or one instant) still has room around it.
 */
export function paddedDomain(extent: readonly [number, number] | undefined): [number, number] {
  if (!extent) {
    const start = Date.UTC(2000, 0, 1);
    return [start, start + DAY_MS];
  }
  const [start, end] = extent;
  const span = Math.max(end - start, DAY_MS);
  const center = (start + end) / 2;
  const padded = span * 1.1;
  return [center - padded / 2, center + padded / 2];
}

/**
 * Keeps a requested view inside the padded domain and no shorter than `MIN_VIEW_SPAN_MS`;
 * a view wider than the domain becomes the domain. Zoom and pan pass every view through it.
 */
export function clampView(view: readonly [number, number], domain: readonly [number, number]): [number, number] {
  const domainSpan = domain[1] - domain[0];
  let span = Math.min(Math.max(view[1] - view[0], MIN_VIEW_SPAN_MS), domainSpan);
  if (!Number.isFinite(span)) span = domainSpan;
  const center = Number.isFinite(view[0] + view[1]) ? (view[0] + view[1]) / 2 : (domain[0] + domain[1]) / 2;
  let start = center - span / 2;
  start = Math.min(Math.max(start, domain[0]), domain[1] - span);
  return [start, start + span];
}

/** A UTC time scale from a view onto the pixel range [left, right]. */
export function createTimeScale(view: readonly [number, number], left: number, right: number): TimelineScale {
  const [start, end] = view;
  const pxPerMs = end > start ? (right - left) / (end - start) : 0;
  const scale = ((ms: number | Date) => left + (+ms - start) * pxPerMs) as TimelineScale;
  scale.domain = () => [start, end];
  scale.range = () => [left, right];
  scale.ticks = (count) => utcTicks(start, end, count);
  return scale;
}
