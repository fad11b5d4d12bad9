/**
 * The data format (what a JSON file holds) and the validated model the layout reads.
 * The JSON Schema in `schema/timeline.schema.json` describes the same input shape.
 */

/** A source document cited by an event or an annotation. */
export interface TimelineSourceInput {
  title: string;
  publisher?: string;
  /** http, https or relative (resolved against the data file's URL). */
  url?: string;
  /** When the source was published, in the same date grammar as events. */
  date?: string;
}

/** One dated event as written in the JSON file. */
export interface TimelineEventInput {
  id: string;
  title: string;
  /** ISO 8601 at the precision given: `2023`, `2023-09`, `2023-09-25` or a time with an offset. */
  start: string;
  /** Optional end, at any precision; the event then covers start to the end of this period. */
  end?: string;
  summary?: string;
  place?: string;
  /** A lane name: events of one group share a band of rows. */
  group?: string;
  /** What the date stands for, e.g. the day a statement announced an earlier operation. */
  dateNote?: string;
  sources?: TimelineSourceInput[];
}

/** How an annotation's words are presented. */
export type TimelineAnnotationKind = 'quote' | 'reported' | 'note';

/**
 * Who said the words of an annotation. A model holds one object per speaker (name and role),
 * shared by every annotation that quotes them: treat it as read-only.
 */
export interface TimelineSpeaker {
  name: string;
  role?: string;
}

/** Commentary on one or more events, as written in the JSON file. */
export interface TimelineAnnotationInput {
  id: string;
  /** Ids of the events the words speak of (at least one). */
  events: string[];
  /** Required for `quote` and `reported`; absent for an editor's `note`. */
  speaker?: TimelineSpeaker;
  /** The words: verbatim for `quote`, paraphrase for `reported`, the editor's for `note`. */
  quote: string;
  kind?: TimelineAnnotationKind;
  source?: TimelineSourceInput;
}

/** The whole JSON file. */
export interface TimelineData {
  $schema?: string;
  title: string;
  description?: string;
  events: TimelineEventInput[];
  annotations?: TimelineAnnotationInput[];
}

/** How finely a date was given; a coarser date covers its whole period. */
export type TimelineDatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/**
 * A parsed date. Calendar dates (year, month, day) are not instants: they are kept as the UTC
 * period of that calendar unit, so `2023-09-25` reads as 25 September in every time zone.
 * Times with an offset are instants; `offsetMinutes` keeps the wall clock they were written in.
 * A model holds one object per distinct date text, shared by every event and source that
 * gives it: treat it as read-only.
 */
export interface TimelineDate {
  /** The value exactly as written in the data. */
  readonly text: string;
  readonly precision: TimelineDatePrecision;
  /** Start of the period, in ms on the timeline's UTC axis. */
  readonly startMs: number;
  /** End of the period (exclusive), in ms; equals `startMs` for an instant. */
  readonly endMs: number;
  /** The offset the time was written with, in minutes east of UTC; undefined for calendar dates. */
  readonly offsetMinutes?: number;
}

/** A checked source; `href` is set only when the URL passed the http/https/relative check. */
export interface TimelineSource {
  title: string;
  publisher?: string;
  href?: string;
  date?: TimelineDate;
}

/** A validated event; `TimelineModel.events` holds them in time order (the order the keyboard walks). */
export interface TimelineEvent {
  id: string;
  title: string;
  start: TimelineDate;
  /**
   * The event covers `start.startMs` up to the end of this period; without it, up to
   * `start.endMs` (`eventEndMs` gives either).
   */
  end?: TimelineDate;
  summary?: string;
  place?: string;
  group?: string;
  dateNote?: string;
  sources: readonly TimelineSource[];
  /** Indexes into `TimelineModel.annotations`, in data order. */
  annotationIndexes: readonly number[];
}

/** A validated annotation, with its events resolved to indexes into `TimelineModel.events`. */
export interface TimelineAnnotation {
  id: string;
  kind: TimelineAnnotationKind;
  speaker?: TimelineSpeaker;
  quote: string;
  source?: TimelineSource;
  eventIndexes: number[];
}

/**
 * The validated, time-ordered model that layout and render read. Treat it as read-only: fields
 * the data leaves out are present and undefined, and empty lists are one shared, frozen array.
 */
export interface TimelineModel {
  title: string;
  description?: string;
  /** Sorted by start; at the same start, the coarser date first (a day before a time of it); then data order. */
  events: TimelineEvent[];
  annotations: TimelineAnnotation[];
  /** Group names in order of first appearance. */
  groups: string[];
  /** Earliest start and latest end of all events; undefined when there are none. */
  extent?: [number, number];
}

/** One problem found in the input, with a path such as `events[3].start`. */
export interface TimelineIssue {
  path: string;
  message: string;
}

/** The outcome of `parseTimeline`: a model (possibly with warnings) or the list of errors. */
export type TimelineParseResult =
  | { ok: true; model: TimelineModel; warnings: TimelineIssue[] }
  | { ok: false; errors: TimelineIssue[]; warnings: TimelineIssue[] };

/** Limits a page may raise; defaults in `DEFAULT_TIMELINE_LIMITS`. */
export interface TimelineLimits {
  maxEvents: number;
  maxAnnotations: number;
  /** Longest accepted string, in UTF-16 code units. */
  maxStringLength: number;
  /** Most problems reported before the rest are summarised as "and N more". */
  maxIssues: number;
}
