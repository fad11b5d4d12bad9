import type { TimelineIssue } from './model/types.js';

/** Detail of `timeline-select`: the event a reader selected (by pointer, touch or keyboard). */
export interface TimelineSelectDetail {
  /** The event's `id` from the data. */
  id: string;
  /** Its position in time order. */
  index: number;
}

/** Fired when a reader selects an event; not fired when the page sets the selection. */
export class TimelineSelectEvent extends Event {
  readonly detail: TimelineSelectDetail;
  constructor(detail: TimelineSelectDetail) {
    super('timeline-select', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Detail of `timeline-load`: what was drawn and what was tolerated. */
export interface TimelineLoadDetail {
  eventCount: number;
  annotationCount: number;
  warnings: TimelineIssue[];
  /** The URL the data came from; undefined when it was set as the `data` property. */
  src?: string;
}

/** Fired each time new data has been validated and drawn. */
export class TimelineLoadEvent extends Event {
  readonly detail: TimelineLoadDetail;
  constructor(detail: TimelineLoadDetail) {
    super('timeline-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Detail of `timeline-error`: plain values only, never DOM nodes or response bodies. */
export interface TimelineErrorDetail {
  /** One sentence for a reader. */
  message: string;
  /** Every problem, each with a path (`events[3].start`) and a sentence. */
  errors: TimelineIssue[];
  warnings: TimelineIssue[];
  src?: string;
  /** The HTTP status, when a response came back. */
  status?: number;
}

/** Fired once per failed load or invalid `data`; the last good timeline stays on screen. */
export class TimelineErrorEvent extends Event {
  readonly detail: TimelineErrorDetail;
  constructor(detail: TimelineErrorDetail) {
    super('timeline-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-load': TimelineLoadEvent;
    'timeline-error': TimelineErrorEvent;
  }
}

/** Detail of `timeline-zoom`: the visible range after a zoom or pan. */
export interface TimelineZoomDetail {
  /** Start and end of the visible range in ms since the epoch (UTC axis). */
  startMs: number;
  endMs: number;
  /** The same as ISO 8601 strings. */
  start: string;
  end: string;
}

/** Fired when the visible range changes by zoom, pan, keys or the zoom methods (not on load). */
export class TimelineZoomEvent extends Event {
  readonly detail: TimelineZoomDetail;
  constructor(view: readonly [number, number]) {
    super('timeline-zoom', { bubbles: true, composed: true });
    this.detail = { startMs: view[0], endMs: view[1], start: new Date(view[0]).toISOString(), end: new Date(view[1]).toISOString() };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-zoom': TimelineZoomEvent;
  }
}
