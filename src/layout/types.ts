import type { TimelineTick } from './ticks.js';

/** An axis-aligned rectangle in CSS px, relative to the plot's top-left corner. */
export interface TimelineBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drawn event: its mark, its (possibly shortened) label and the area that takes a click. */
export interface TimelineEventMark {
  eventIndex: number;
  lane: number;
  row: number;
  /** `bar` spans the event's period; `point` marks an instant. */
  shape: 'bar' | 'point';
  /** Start and end of the mark in px; for a point both are its centre. */
  x0: number;
  x1: number;
  y: number;
  height: number;
  /**
   * The title when there is room for a label (at least 24 px), else empty (the title stays in
   * the accessible name). Where `isLabelTruncated`, render cuts it to the hit box with an ellipsis.
   */
  label: string;
  /** In the vertical layout: the title wrapped into lines, and the date shown above it (empty when it repeats the previous event's). */
  labelLines?: string[];
  dateLabel?: string;
  /** In the vertical layout: the event's date note wrapped into lines, shown under its title. */
  noteLines?: string[];
  labelX: number;
  isLabelTruncated: boolean;
  hitBox: TimelineBox;
}

/** Events too dense to draw one by one, counted per slice of time in one lane. */
export interface TimelineBin {
  lane: number;
  x0: number;
  x1: number;
  y: number;
  height: number;
  count: number;
  startMs: number;
  endMs: number;
}

/**
 * A connector from a note to one of its events: a straight line; or with `elbowX` three
 * segments (across to `elbowX`, along it, across to the event), as in the vertical layout; or
 * with `bendY` two (along x1 to `bendY`, then to the event), from a farther shelf of notes.
 */
export interface TimelineConnector {
  eventIndex: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  elbowX?: number;
  /** With `bendY`, two segments: straight to `bendY` at `x1`, then to the event. */
  bendY?: number;
}

/** A placed annotation: its box, its text broken into the lines that are drawn, its connectors. */
export interface TimelineNote {
  annotationIndex: number;
  side: 'above' | 'below';
  box: TimelineBox;
  /** Speaker name and role (or the editor's-note heading), as drawn. */
  headingLines: string[];
  /** The words, as drawn; the last line ends in an ellipsis when `isClamped`. */
  quoteLines: string[];
  isClamped: boolean;
  connectors: TimelineConnector[];
}

/** An annotation with no room for its note: a numbered marker on its first visible event. */
export interface TimelineNoteMarker {
  annotationIndex: number;
  eventIndex: number;
  /** 1-based number shown in the marker: the annotation's position in the data. */
  number: number;
  box: TimelineBox;
  connector: TimelineConnector;
}

/** The label of a group's lane. */
export interface TimelineLaneLabel {
  lane: number;
  text: string;
  x: number;
  y: number;
  /** Top and height of the lane's rows, for its background. */
  top: number;
  height: number;
}

/** Everything render needs to draw one view: plain data, no DOM. */
export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical';
  direction: 'ltr' | 'rtl';
  width: number;
  height: number;
  /** The visible time range in ms on the UTC axis. */
  view: [number, number];
  /** Horizontal extent of the plot area in px. */
  left: number;
  right: number;
  /** Top of the event band and the y of the axis line (in the vertical layout: the top and bottom of the rail). */
  bandTop: number;
  axisY: number;
  ticks: TimelineTick[];
  lanes: TimelineLaneLabel[];
  marks: TimelineEventMark[];
  bins: TimelineBin[];
  notes: TimelineNote[];
  markers: TimelineNoteMarker[];
  /** Events whose span meets the view, drawn or binned. */
  visibleEventCount: number;
  /** Indexes of the first and last events in the view, by time order; -1 when none. */
  firstVisibleIndex: number;
  lastVisibleIndex: number;
  /** True when the view holds too many events to draw one by one, so they are binned. */
  isAggregated: boolean;
}
