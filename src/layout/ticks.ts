import type { ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import type { TimelineMeasure } from './measure.js';

/** One labelled tick of the axis. */
export interface TimelineTick {
  ms: number;
  /** Where the tick line is drawn: the start of the period. */
  x: number;
  /** Where the label is centred: the middle of the period's first unit (a day label sits on its day). */
  labelX: number;
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

const PERIOD = { year: utcYear, month: utcMonth, day: utcDay, hour: utcHour, minute: utcMinute };

function unitOf(dates: readonly Date[]): Unit {
  if (dates.every((d) => +utcYear.floor(d) === +d)) return 'year';
  if (dates.every((d) => +utcMonth.floor(d) === +d)) return 'month';
  if (dates.every((d) => +utcDay.floor(d) === +d)) return 'day';
  if (dates.every((d) => +utcHour.floor(d) === +d)) return 'hour';
  return 'minute';
}

function isMajorTick(date: Date, unit: Unit): boolean {
  if (unit === 'month') return +utcYear.floor(date) === +date;
  if (unit === 'day') return +utcMonth.floor(date) === +date && date.getUTCMonth() === 0;
  if (unit === 'hour' || unit === 'minute') return +utcDay.floor(date) === +date;
  return false;
}

/**
 * Chooses ticks that read naturally for the view (decades, years, months, days, hours) and
 * formats them with `Intl` in the element's locale, on the UTC axis. Starts from about one tick
 * per 110 px and asks for fewer until no two labels touch. The first tick carries the larger
 * unit (the year under months, the date under hours) so every view is anchored.
 */
export function computeTicks(
  scale: ScaleTime<number, number>,
  locale: string,
  font: string,
  minGapPx: number,
  measure: TimelineMeasure,
): TimelineTick[] {
  const [left, right] = scale.range();
  let count = Math.max(2, Math.floor((right - left) / 110));
  for (;;) {
    const dates = scale.ticks(count).filter((d) => +utcMinute.floor(d) === +d);
    const unit = unitOf(dates);
    const ticks = dates.map((date, i) => {
      const isMajor = isMajorTick(date, unit);
      const options = i === 0 || isMajor ? MAJOR_FORMATS[unit] : FORMATS[unit];
      const x = scale(date);
      const periodEnd = PERIOD[unit].offset(date, 1);
      const labelX = unit === 'hour' || unit === 'minute' ? x : (x + scale(periodEnd)) / 2;
      return { ms: +date, x, labelX, label: format(+date, locale, options), isMajor };
    });
    if (count <= 2 || labelsFit(ticks, font, minGapPx, measure)) return ticks;
    count = Math.floor(count * 0.7);
  }
}

function labelsFit(ticks: readonly TimelineTick[], font: string, minGapPx: number, measure: TimelineMeasure): boolean {
  let previousRight = -Infinity;
  for (const tick of ticks) {
    const halfWidth = measure(tick.label, font) / 2;
    if (tick.labelX - halfWidth < previousRight + minGapPx) return false;
    previousRight = tick.labelX + halfWidth;
  }
  return true;
}
