import type { TimelineDate } from '../model/types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` on the UTC axis. */
export function utcFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

const PRECISION_OPTIONS: Record<'long' | 'short', Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions>> = {
  long: {
    year: { year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
  short: {
    year: { year: 'numeric' },
    month: { month: 'short', year: 'numeric' },
    day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  },
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
export function formatDate(date: TimelineDate, locale: string, style: 'long' | 'short' = 'long'): string {
  const era = new Date(date.startMs).getUTCFullYear() < 1 ? { era: 'short' as const } : {};
  if (date.precision === 'year' || date.precision === 'month' || date.precision === 'day') {
    return utcFormatter(locale, { ...PRECISION_OPTIONS[style][date.precision], ...era }).format(date.startMs);
  }
  const offset = date.offsetMinutes ?? 0;
  const wallClock = date.startMs + offset * 60_000;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: style,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(date.precision === 'minute' ? {} : { second: '2-digit' }),
    ...era,
  };
  return `${utcFormatter(locale, options).format(wallClock)} ${offsetLabel(offset)}`;
}

