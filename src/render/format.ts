import { formatDate, utcFormatter } from '../layout/format-date.js';
import type { TimelineEvent } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';

export { formatDate };

/** An event's date in words: one date, or "from … to …" for a range. */
export function formatEventDate(event: TimelineEvent, locale: string, strings: TimelineStrings): string {
  const start = formatDate(event.start, locale);
  return event.end ? strings.range(start, formatDate(event.end, locale)) : start;
}

/** A short date for a summary line: "25 Sept 2023". */
export function formatShortDate(ms: number, locale: string): string {
  return utcFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
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
