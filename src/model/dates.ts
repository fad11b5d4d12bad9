import { quoteForMessage } from './json.js';
import type { TimelineDate, TimelineDatePrecision } from './types.js';

/**
 * The whole grammar in one expression: a 4-digit year (0000–9999), `-YYYY` or an expanded
 * `±YYYYYY`, then optional month, day and a time to the minute, second or millisecond. The offset
 * is optional here only so that a missing one gets its own message.
 */
const DATE_PATTERN =
  /^(\d{4}|-\d{4}|[+-]\d{6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const PRECISION_RANKS: Record<TimelineDatePrecision, number> = {
  year: 0,
  month: 1,
  day: 2,
  minute: 3,
  second: 4,
  millisecond: 5,
};

const MS_PER_MINUTE = 60_000;

/**
 * Reads one date of the data format. Calendar dates (`2023`, `2023-09`, `2023-09-25`) become the
 * UTC period they name, so a day reads as the same day in every time zone; times must carry an
 * offset and become instants. Returns the complete message (value quoted) when the text is not a
 * date, so that validation can report it as is.
 */
export function parseTimelineDate(text: string): TimelineDate | string {
  const match = DATE_PATTERN.exec(text);
  const notADate = (why: string): string => `${quoteForMessage(text)} is not a date: ${why}`;
  if (!match) return notADate(describeShapeProblem(text));
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, offsetText] = match;

  if (/^-0+$/.test(yearText)) return notADate('write year zero as 0000, without a minus sign');
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  if (month < 1 || month > 12) return notADate(`there is no month ${month}`);
  if (day < 1) return notADate('there is no day 0');
  const monthLength = daysInMonth(year, month);
  if (day > monthLength) {
    const leapNote = month === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
    return notADate(`${MONTH_NAMES[month - 1]} ${year} has ${monthLength} days${leapNote}`);
  }

  if (hourText === undefined) {
    const precision: TimelineDatePrecision = dayText !== undefined ? 'day' : monthText !== undefined ? 'month' : 'year';
    const startMs = utcMs(year, month - 1, day);
    const endMs =
      precision === 'day' ? utcMs(year, month - 1, day + 1) : precision === 'month' ? utcMs(year, month, 1) : utcMs(year + 1, 0, 1);
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return notADate(OUT_OF_RANGE);
    return { text, precision, startMs, endMs };
  }

  if (offsetText === undefined) return `${quoteForMessage(text)} has no time zone offset (add Z or +03:00)`;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (hour > 23) return notADate(`there is no hour ${hour}`);
  if (minute > 59) return notADate(`there is no minute ${minute}`);
  if (second > 59) return notADate(`there is no second ${second}`);
  const offsetMinutes = parseOffset(offsetText);
  if (typeof offsetMinutes === 'string') return notADate(offsetMinutes);

  const millisecond = fractionText === undefined ? 0 : Number(fractionText.padEnd(3, '0'));
  const precision: TimelineDatePrecision =
    fractionText !== undefined ? 'millisecond' : secondText !== undefined ? 'second' : 'minute';
  const instantMs = utcMs(year, month - 1, day, hour, minute, second, millisecond) - offsetMinutes * MS_PER_MINUTE;
  if (!Number.isFinite(instantMs) || Math.abs(instantMs) > MAX_TIME_MS) return notADate(OUT_OF_RANGE);
  return { text, precision, startMs: instantMs, endMs: instantMs, offsetMinutes };
}

/**
 * Tells whether a precision names a calendar period (year, month, day) rather than an instant.
 * Renderers use it to format a date as a calendar date, in UTC, instead of as a clock time.
 */
export function isCalendarPrecision(precision: TimelineDatePrecision): boolean {
  return precision === 'year' || precision === 'month' || precision === 'day';
}

/**
 * Orders precisions from coarse (year = 0) to fine (millisecond = 5). The model sorts events
 * that start at the same moment coarser first, so `2023-09-25` comes before `2023-09-25T00:00Z`.
 */
export function precisionRank(precision: TimelineDatePrecision): number {
  return PRECISION_RANKS[precision];
}

/** The largest time value ECMAScript dates hold: ±100,000,000 days from 1970. */
const MAX_TIME_MS = 8.64e15;

const OUT_OF_RANGE = 'it is outside the years this timeline can draw (-271821 to 275759)';

/**
 * Milliseconds since 1970 for a UTC wall time (a whole year, a time of day in range). `Date.UTC`
 * maps years 0–99 to 1900–1999, so for those the year is set afterwards with `setUTCFullYear`;
 * out-of-range months and days roll over.
 */
function utcMs(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  if (year > 99) return Date.UTC(year, monthIndex, day, hour, minute, second, millisecond);
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Leap years of the proleptic Gregorian calendar, with astronomical year numbers (0 is a leap year). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Minutes east of UTC for `Z` or `±HH:MM`, or the reason the offset is impossible. */
function parseOffset(offsetText: string): number | string {
  if (offsetText === 'Z') return 0;
  const sign = offsetText.startsWith('-') ? -1 : 1;
  const hours = Number(offsetText.slice(1, 3));
  const minutes = Number(offsetText.slice(4, 6));
  if (minutes > 59) return `the offset ${offsetText} has more than 59 minutes`;
  if (hours * 60 + minutes > 840) return `the offset ${offsetText} is more than 14 hours from UTC`;
  return sign * (hours * 60 + minutes);
}

/** Explains the commonest ways a text misses the grammar, falling back to the grammar itself. */
function describeShapeProblem(text: string): string {
  if (text.trim() === '') return 'it is empty';
  if (text !== text.trim()) return 'remove the spaces around it';
  if (/^\d{4}-\d{2}-\d{2}[ t]\d/.test(text)) return 'write a capital T between the date and the time';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\.\d{4,}/.test(text)) return 'give at most 3 digits after the decimal point';
  if (/^\d{4}-\d{2}-\d{2}T.*z$/.test(text)) return 'write the UTC offset as a capital Z';
  if (/^\+\d{4}(-|$)/.test(text)) return 'a signed year needs 6 digits, as in +002023, or write it without the sign';
  return 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with Z or an offset such as +03:00';
}
