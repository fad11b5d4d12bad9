import type { TimelineDate, TimelineEvent } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

const PRECISION_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A date in words at the precision it was given, in the page's locale: "Monday 25 September
 * 2023", "September 2023", "2023". Calendar dates are read on the UTC axis, so they never
 * shift a day for a reader far from UTC; a time is shown on the clock it was written with,
 * followed by that offset ("25 September 2023, 10:00 UTC+03:00").
 */
export function formatDate(date: TimelineDate, locale: string): string {
  const era = new Date(date.startMs).getUTCFullYear() < 1 ? { era: 'short' as const } : {};
  if (date.precision === 'year' || date.precision === 'month' || date.precision === 'day') {
    return formatter(locale, { ...PRECISION_OPTIONS[date.precision], ...era }).format(date.startMs);
  }
  const offset = date.offsetMinutes ?? 0;
  const wallClock = date.startMs + offset * 60_000;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(date.precision === 'minute' ? {} : { second: '2-digit' }),
    ...era,
  };
  return `${formatter(locale, options).format(wallClock)} ${offsetLabel(offset)}`;
}

/** An event's date in words: one date, or "from … to …" for a range. */
export function formatEventDate(event: TimelineEvent, locale: string, strings: TimelineStrings): string {
  const start = formatDate(event.start, locale);
  return event.end ? strings.range(start, formatDate(event.end, locale)) : start;
}

/** A short date for a summary line: "25 Sept 2023". */
export function formatShortDate(ms: number, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** The span of a whole timeline for its summary, as a range in the locale's own words. */
export function formatSpan(extent: readonly [number, number], locale: string, strings: TimelineStrings): string {
  // The extent's end is exclusive: the last day shown is the day before it.
  const lastMs = Math.max(extent[0], extent[1] - 1);
  const start = formatShortDate(extent[0], locale);
  const end = formatShortDate(lastMs, locale);
  return start === end ? start : strings.range(start, end);
}

/**
 * The words read around an event's title in its accessible name: the date in words before it;
 * place, how many notes it has and the date note after it. The whole name is kept to about 250
 * characters (the date note is shortened first), as the full text is in the details.
 */
export function eventNameParts(event: TimelineEvent, locale: string, strings: TimelineStrings): { before: string; after: string } {
  const before = `${formatEventDate(event, locale, strings)}. `;
  const after: string[] = [];
  if (event.place) after.push(event.place);
  if (event.annotationIndexes.length) after.push(strings.annotationCount(event.annotationIndexes.length));
  let text = after.length ? `. ${after.join('. ')}` : '';
  if (event.dateNote) {
    const room = Math.max(250 - before.length - event.title.length - text.length, 40);
    const note = strings.dateNote(event.dateNote);
    text += `. ${note.length > room ? `${Array.from(note).slice(0, room - 1).join('')}…` : note}`;
  }
  return { before, after: text };
}

/** An event's whole accessible name as one string (date, title, place, notes, date note). */
export function eventAccessibleName(event: TimelineEvent, locale: string, strings: TimelineStrings): string {
  const { before, after } = eventNameParts(event, locale, strings);
  return `${before}${event.title}${after}`;
}
