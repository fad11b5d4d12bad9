import { eventEndMs } from '../model/span.js';
import { bisectLeft } from './bisect.js';
import type { TimelinePrepared } from './prepare.js';
import { clampView } from './time-scale.js';

/**
 * The view after zooming by `factor` (> 1 zooms in) around the instant `anchorMs`, which stays
 * where it was on screen. Wheel, pinch, buttons and keys all zoom through this one function.
 */
export function zoomView(view: readonly [number, number], anchorMs: number, factor: number, domain: readonly [number, number]): [number, number] {
  const span = view[1] - view[0];
  const ratio = span > 0 ? (anchorMs - view[0]) / span : 0.5;
  const nextSpan = span / factor;
  const start = anchorMs - ratio * nextSpan;
  return clampView([start, start + nextSpan], domain);
}

/** The view moved by `deltaMs` (positive moves later), kept inside the domain. */
export function panView(view: readonly [number, number], deltaMs: number, domain: readonly [number, number]): [number, number] {
  return clampView([view[0] + deltaMs, view[1] + deltaMs], domain);
}

/** How many events start inside a view, by binary search. */
export function countInView(prepared: TimelinePrepared, view: readonly [number, number]): number {
  return bisectLeft(prepared.starts, view[1]) - bisectLeft(prepared.maxEnd, view[0]);
}

/**
 * A view that shows event `index` with room around it: the current span when the event is
 * already comfortably inside it, otherwise the same span centred on the event, halved until
 * no more than `maxMarks` events are in view so that the event is drawn one by one.
 */
export function viewShowing(
  prepared: TimelinePrepared,
  index: number,
  view: readonly [number, number],
  domain: readonly [number, number],
  maxMarks: number,
): [number, number] {
  const event = prepared.model.events[index];
  let span = view[1] - view[0];
  const margin = span * 0.05;
  const startMs = event.start.startMs;
  const endMs = Math.min(eventEndMs(event), startMs + span / 2);
  const isInside = startMs >= view[0] + margin && endMs <= view[1] - margin;
  if (isInside && countInView(prepared, view) <= maxMarks) return [view[0], view[1]];
  const centre = (startMs + endMs) / 2;
  let next = clampView([centre - span / 2, centre + span / 2], domain);
  while (countInView(prepared, next) > maxMarks && span > 60 * 60 * 1000) {
    span /= 2;
    next = clampView([centre - span / 2, centre + span / 2], domain);
  }
  return next;
}
