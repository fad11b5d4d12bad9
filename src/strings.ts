import type { TimelineAction } from './controllers/keymap.js';

/**
 * Every piece of interface text the element shows or announces. A page replaces any of them
 * through the `strings` property; English is the default.
 */
export interface TimelineStrings {
  /** Accessible name of the event list when the data has no title. */
  untitled: string;
  loading: string;
  empty: string;
  /** Heading of the error box; the problems follow it. */
  errorHeading: string;
  /** The error box's sentence when the data is invalid. */
  dataProblems: (count: number) => string;
  /** The disclosure that lists every problem with its path. */
  errorDetails: (count: number) => string;
  /** The disclosure that lists the warnings beside the errors. */
  warningDetails: (count: number) => string;
  /** Said when the last good timeline stays on screen behind an error. */
  errorKeptPrevious: string;
  /** Summary under the title: counts and the span of dates. */
  summary: (events: number, annotations: number, span: string) => string;
  /** One-line instructions under the summary. */
  instructions: string;
  /** Accessible names of the two lists laid over the drawing. */
  eventsLabel: string;
  notesLabel: string;
  /** Heading of an editor's note, which has no speaker. */
  noteHeading: string;
  /** How many notes an event has, in its accessible name. */
  annotationCount: (count: number) => string;
  /** A range read aloud: never a bare dash. */
  range: (start: string, end: string) => string;
  /** A date note in an accessible name or a details panel. */
  dateNote: (note: string) => string;
  source: string;
  sources: string;
  close: string;
  /** The button on a note cut short, which opens it whole in the details. */
  more: string;
  /** Name of a numbered marker that opens a note with no room on screen. */
  markerLabel: (number: number, speaker: string) => string;
  /** A period of the vertical layout when events are too dense: its events counted; pressing it zooms in. */
  periodCount: (count: number, range: string) => string;
  /** Said when events are too dense to draw one by one. */
  aggregated: (count: number) => string;
  /** The toolbar and its buttons. */
  controls: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  earlier: string;
  later: string;
  listView: string;
  /** Announced after a zoom or pan: how many events are in view and the range. */
  showing: (visible: number, total: number, range: string) => string;
  /** Heading of the instructions' key list. */
  keysHeading: string;
  /** What each key does, as the instructions list it after the key's name. */
  keyActions: Readonly<Record<TimelineAction, string>>;
  /** Paging of the list view of a large timeline. */
  listPage: (from: number, to: number, total: number) => string;
  previousPage: string;
  nextPage: string;
}

/** The English interface text. */
export const ENGLISH_STRINGS: TimelineStrings = {
  untitled: 'Timeline',
  loading: 'Loading the timeline…',
  empty: 'This timeline has no events yet.',
  errorHeading: 'The timeline could not be shown.',
  dataProblems: (count) => (count === 1 ? 'The data has a problem.' : `The data has ${count} problems.`),
  errorDetails: (count) => (count === 1 ? 'Show the problem' : `Show all ${count} problems`),
  warningDetails: (count) => (count === 1 ? 'Show the warning' : `Show ${count} warnings`),
  errorKeptPrevious: 'The last timeline that loaded is still shown below.',
  summary: (events, annotations, span) =>
    `${events} ${events === 1 ? 'event' : 'events'} and ${annotations} ${annotations === 1 ? 'annotation' : 'annotations'}, ${span}.`,
  instructions: 'Select an event to read its details and sources; zoom with the buttons, the wheel or a pinch.',
  eventsLabel: 'Events',
  notesLabel: 'Commentary',
  noteHeading: 'Context',
  annotationCount: (count) => (count === 1 ? '1 annotation' : `${count} annotations`),
  range: (start, end) => `from ${start} to ${end}`,
  dateNote: (note) => `Date note: ${note}`,
  source: 'Source',
  sources: 'Sources',
  close: 'Close',
  more: 'More',
  markerLabel: (number, speaker) => `Annotation ${number}, ${speaker}: show the note`,
  periodCount: (count, range) => `${range}: ${count} ${count === 1 ? 'event' : 'events'}. Show them.`,
  aggregated: (count) => `${count} events in view, too many to show one by one. Zoom in to read them.`,
  controls: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Show all',
  earlier: 'Earlier',
  later: 'Later',
  listView: 'List view',
  showing: (visible, total, range) => `Showing ${visible} of ${total} events, ${range}.`,
  keysHeading: 'Keys',
  keyActions: {
    previous: 'previous event',
    next: 'next event',
    intoNotes: "the event's notes",
    outOfNotes: 'back to the event',
    first: 'first event',
    last: 'last event',
    pageBack: 'one screen earlier',
    pageForward: 'one screen later',
    zoomIn: 'zoom in',
    zoomOut: 'zoom out',
    reset: 'show everything',
    close: 'close details',
  },
  listPage: (from, to, total) => `Events ${from} to ${to} of ${total}`,
  previousPage: 'Previous events',
  nextPage: 'Next events',
};
