import type { TimelineMeasure } from './measure.js';
import type { TimelineScale } from './time-scale.js';
import { floorUtc, offsetUtc } from './utc-ticks.js';

/** One labelled tick of the axis. */
export interface TimelineTick {
  ms: number;
  /** Where the tick line is drawn: the start of the period. */
  x: number;
  /** Where the label is centred: the middle of the visible part of the period (a day label sits on its day). */
  labelX: number;
  /** The date in words; empty where there is no room for it (the tick line is still drawn). */
  label: string;
  /** A tick that starts a larger unit (a new year among months, a new day among hours). */
  isMajor: boolean;
}

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute';

const FORMATS: Record<Unit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric', month: 'short' },
  hour: { hour: '2-digit', minute: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
};

const MAJOR_FORMATS: Record<Unit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  hour: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  minute: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` on the UTC axis, with the era shown for years before 1. */
function format(ms: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  const era = new Date(ms).getUTCFullYear() < 1 ? { era: 'short' as const } : {};
  const key = `${locale}|${JSON.stringify(options)}|${era.era ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, ...era, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

const isStartOf = (date: Date, unit: Unit) => floorUtc(+date, unit) === +date;

function unitOf(dates: readonly Date[]): Unit {
  if (dates.every((d) => isStartOf(d, 'year'))) return 'year';
  if (dates.every((d) => isStartOf(d, 'month'))) return 'month';
  if (dates.every((d) => isStartOf(d, 'day'))) return 'day';
  if (dates.every((d) => isStartOf(d, 'hour'))) return 'hour';
  return 'minute';
}

function isMajorTick(date: Date, unit: Unit): boolean {
  if (unit === 'month') return isStartOf(date, 'year');
  if (unit === 'day') return isStartOf(date, 'month') && date.getUTCMonth() === 0;
  if (unit === 'hour' || unit === 'minute') return isStartOf(date, 'day');
  return false;
}

/**
 * Chooses ticks that read naturally for the view (decades, years, months, days, hours) and
 * formats them with `Intl` in the element's locale, on the UTC axis. Without `hasTimes` (data
 * made only of calendar dates) ticks stop at days while a view holds two days or more. Starts from about one tick
 * per 110 px and asks for fewer until no two labels touch. The first tick carries the larger
 * unit (the year under months, the date under hours) so every view is anchored.
 */
export function computeTicks(
  scale: TimelineScale,
  locale: string,
  font: string,
  minGapPx: number,
  measure: TimelineMeasure,
  hasTimes = true,
): TimelineTick[] {
  const [left, right] = scale.range();
  let count = Math.max(2, Math.floor((right - left) / 110));
  for (;;) {
    let dates = scale.ticks(count).filter((d) => isStartOf(d, 'minute'));
    // Data made of calendar dates reads in days at the finest, unless the view is within a day.
    if (!hasTimes && unitOf(dates) !== 'day' && dates.some((d) => !isStartOf(d, 'day'))) {
      const days = dates.filter((d) => isStartOf(d, 'day'));
      if (days.length >= 2) dates = days;
    }
    const unit = unitOf(dates);
    // A label names its period (a day, a month) only when ticks are one unit apart; a tick every
    // ten years or every two days is labelled at the tick itself.
    const isOneUnitApart = dates.length < 2 || offsetUtc(+dates[0], unit, 1) === +dates[1];
    const ticks = dates.map((date, i) => {
      const isMajor = isMajorTick(date, unit);
      const options = i === 0 || isMajor ? MAJOR_FORMATS[unit] : FORMATS[unit];
      const x = scale(date);
      const periodEnd = offsetUtc(+date, unit, 1);
      const text = format(+date, locale, options);
      const half = measure(text, font) / 2;
      // A calendar label sits on the visible part of its period; an instant's on its tick. A label
      // never hangs past the ends of the axis, and is left out where it would have to move far.
      const isInstant = unit === 'hour' || unit === 'minute' || !isOneUnitApart;
      const from = isInstant ? x : Math.max(x, left);
      const to = isInstant ? x : Math.min(scale(periodEnd), right);
      const labelX = Math.max(Math.min((from + to) / 2, right - half), left + half);
      const isShown = isInstant ? Math.abs(labelX - x) <= half + 0.5 : to - from >= half;
      return { ms: +date, x, labelX, label: isShown ? text : '', isMajor, text };
    });
    // Every view names at least one date: the tick nearest the middle keeps its label.
    if (ticks.length && ticks.every((tick) => !tick.label)) {
      const middle = (left + right) / 2;
      const nearest = ticks.reduce((best, tick) => (Math.abs(tick.x - middle) < Math.abs(best.x - middle) ? tick : best));
      nearest.label = nearest.text;
    }
    if (count <= 2 || labelsFit(ticks, font, minGapPx, measure)) return ticks.map(({ text: _text, ...tick }) => tick);
    count = Math.floor(count * 0.7);
  }
}

function labelsFit(ticks: readonly TimelineTick[], font: string, minGapPx: number, measure: TimelineMeasure): boolean {
  let previousRight = -Infinity;
  for (const tick of ticks) {
    if (!tick.label) continue;
    const halfWidth = measure(tick.label, font) / 2;
    if (tick.labelX - halfWidth < previousRight + minGapPx) return false;
    previousRight = tick.labelX + halfWidth;
  }
  return true;
}
