/**
 * Calendar units on the UTC axis and "nice" ticks over a time range: the part of d3-time the
 * layout uses (its `utcTicks` and the UTC year, month, day, hour and minute intervals), in
 * about a third of its weight, because the whole bundle has a 35 KB budget.
 */

/** A calendar unit on the UTC axis. */
export type TimelineUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** The start of the `unit` (times `step` for years, months, hours …) at or before `ms`. */
export function floorUtc(ms: number, unit: TimelineUnit, step = 1): number {
  const d = new Date(ms);
  switch (unit) {
    case 'year': {
      const year = Math.floor(d.getUTCFullYear() / step) * step;
      d.setUTCFullYear(year, 0, 1);
      d.setUTCHours(0, 0, 0, 0);
      return +d;
    }
    case 'month':
      d.setUTCMonth(Math.floor(d.getUTCMonth() / step) * step, 1);
      d.setUTCHours(0, 0, 0, 0);
      return +d;
    case 'week':
      d.setUTCDate(d.getUTCDate() - d.getUTCDay());
      d.setUTCHours(0, 0, 0, 0);
      return +d;
    default: {
      // Days (counted from the epoch, as d3-time's unixDay), hours, minutes: fixed lengths in UTC.
      const size = unit === 'day' ? DAY : unit === 'hour' ? HOUR : unit === 'minute' ? MINUTE : unit === 'second' ? SECOND : 1;
      return Math.floor(ms / (size * step)) * size * step;
    }
  }
}

/** `ms` moved by `count` units (calendar-aware for years and months). */
export function offsetUtc(ms: number, unit: TimelineUnit, count: number): number {
  const d = new Date(ms);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + count);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + count);
  else return ms + count * { week: WEEK, day: DAY, hour: HOUR, minute: MINUTE, second: SECOND, millisecond: 1 }[unit];
  return +d;
}

/** Candidate intervals, finest first: [unit, step, approximate duration in ms]. */
const INTERVALS: ReadonlyArray<readonly [TimelineUnit, number, number]> = [
  ['second', 1, SECOND],
  ['second', 5, 5 * SECOND],
  ['second', 15, 15 * SECOND],
  ['second', 30, 30 * SECOND],
  ['minute', 1, MINUTE],
  ['minute', 5, 5 * MINUTE],
  ['minute', 15, 15 * MINUTE],
  ['minute', 30, 30 * MINUTE],
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['week', 1, WEEK],
  ['month', 1, MONTH],
  ['month', 3, 3 * MONTH],
  ['year', 1, YEAR],
];

/** A step of 1, 2 or 5 times a power of ten near `span / count`. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  return Math.max(1, (ratio >= 7.07 ? 10 : ratio >= 3.16 ? 5 : ratio >= 1.41 ? 2 : 1) * power);
}

/**
 * About `count` ticks between `start` and `end` (inclusive) at natural UTC boundaries: the
 * interval whose duration is nearest `span / count` on a log scale, then every tick of it.
 */
export function utcTicks(start: number, end: number, count: number): Date[] {
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end)) return [];
  const target = (end - start) / Math.max(count, 1);
  let unit: TimelineUnit;
  let step: number;
  const i = INTERVALS.findIndex(([, , duration]) => duration > target);
  if (i === -1) {
    unit = 'year';
    step = niceStep((end - start) / YEAR, count);
  } else if (i === 0) {
    unit = 'millisecond';
    step = niceStep(end - start, count);
  } else {
    const [before, after] = [INTERVALS[i - 1], INTERVALS[i]];
    [unit, step] = target / before[2] < after[2] / target ? [before[0], before[1]] : [after[0], after[1]];
  }
  const next = (ms: number) => offsetUtc(floorUtc(ms, unit, step), unit, step);
  const ticks: Date[] = [];
  let t = floorUtc(start, unit, step);
  if (t < start) t = next(t);
  while (t <= end && ticks.length < 10_000) {
    ticks.push(new Date(t));
    t = next(t);
  }
  return ticks;
}
