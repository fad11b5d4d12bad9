import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../model/parse.js';
import { createTableMeasure } from './measure.js';
import { createMetrics } from './metrics.js';
import { computeTicks, type TimelineTick } from './ticks.js';
import { createTimeScale } from './time-scale.js';

const metrics = createMetrics(16, 'sans-serif');
const measure = createTableMeasure();
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function ticksOf(view: [number, number], left: number, right: number, locale = 'en-GB'): TimelineTick[] {
  return computeTicks(createTimeScale(view, left, right), locale, metrics.axisFont, metrics.tickMinGapPx, measure);
}

/** Three days, 24 to 27 September 2023, over 330 px: 110 px a day, so about three ticks are asked for. */
const THREE_DAYS: [number, number] = [Date.UTC(2023, 8, 24), Date.UTC(2023, 8, 27)];

describe('computeTicks', () => {
  it('labels a three-day view by day, as "25 Sept" in en-GB, with the year on the first tick', () => {
    const ticks = ticksOf(THREE_DAYS, 0, 330);
    expect(ticks.map((t) => t.ms)).toEqual([24, 25, 26, 27].map((day) => Date.UTC(2023, 8, day)));
    // The tick at the right edge starts a day that is not in view, so it has a line but no label.
    expect(ticks.map((t) => t.label)).toEqual(['24 Sept 2023', '25 Sept', '26 Sept', '']);
    expect(ticks.map((t) => t.x)).toEqual([0, 110, 220, 330]);
    // A day's label sits in the middle of its day.
    expect(ticks.slice(0, 3).map((t) => t.labelX)).toEqual([55, 165, 275]);
    expect(ticks.map((t) => t.isMajor)).toEqual([false, false, false, false]);
  });

  it('labels days in French for the locale fr', () => {
    const ticks = ticksOf(THREE_DAYS, 0, 330, 'fr');
    expect(ticks.map((t) => t.label)).toEqual(['24 sept. 2023', '25 sept.', '26 sept.', '']);
  });

  it('labels months in French for the locale fr', () => {
    const ticks = ticksOf([Date.UTC(2023, 0, 1), Date.UTC(2023, 3, 1)], 0, 400, 'fr');
    expect(ticks.map((t) => t.label)).toEqual(['janv. 2023', 'févr.', 'mars', '']);
  });

  it('labels a century by decades', () => {
    const view: [number, number] = [Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)];
    const ticks = ticksOf(view, 0, 1000);
    const years = [1900, 1910, 1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000];
    expect(ticks.map((t) => t.label)).toEqual(years.map(String));
    expect(ticks.map((t) => t.ms)).toEqual(years.map((year) => Date.UTC(year, 0, 1)));
    ticks.forEach((tick) => expect(tick.x).toBeCloseTo((1000 * (tick.ms - view[0])) / (view[1] - view[0]), 9));
  });

  it('marks the first of January as major among months and carries the year there', () => {
    const ticks = ticksOf([Date.UTC(2022, 9, 1), Date.UTC(2023, 2, 1)], 0, 600);
    const january = ticks.find((t) => t.ms === Date.UTC(2023, 0, 1));
    expect(january).toMatchObject({ isMajor: true, label: 'Jan 2023' });
    expect(ticks[0].label).toBe('Oct 2022');
  });

  it('keeps the 25th on the 25th whatever the time zone', () => {
    const parsed = parseTimeline({ title: 'One day', events: [{ id: 'a', title: 'A', start: '2023-09-25' }] });
    if (!parsed.ok) throw new Error('fixture does not parse');
    const event = parsed.model.events[0];
    expect(event.start.startMs).toBe(Date.UTC(2023, 8, 25));
    const ticks = ticksOf(THREE_DAYS, 0, 330);
    const tick = ticks.find((t) => t.ms === event.start.startMs);
    expect(tick?.label).toBe('25 Sept');
    // The label sits within the day the event covers.
    const scale = createTimeScale(THREE_DAYS, 0, 330);
    expect(tick!.labelX).toBeGreaterThan(scale(event.start.startMs));
    expect(tick!.labelX).toBeLessThan(scale(event.start.endMs));
  });

  it('labels hours on the UTC axis whatever the time zone', () => {
    const ticks = ticksOf([Date.UTC(2023, 8, 25), Date.UTC(2023, 8, 25, 6)], 0, 1320);
    expect(ticks.map((t) => t.ms)).toEqual([0, 1, 2, 3, 4, 5, 6].map((h) => Date.UTC(2023, 8, 25, h)));
    expect(ticks.map((t) => t.label)).toEqual(['25 Sept, 00:00', '01:00', '02:00', '03:00', '04:00', '05:00', '06:00']);
    // The last label moves inwards (less than half its width) so as not to hang past the axis.
    expect(ticks[6].labelX).toBeLessThan(ticks[6].x);
  });

  const SPANS_MS = [HOUR_MS, 6 * HOUR_MS, DAY_MS, 3 * DAY_MS, 14 * DAY_MS, 90 * DAY_MS, 365 * DAY_MS, 5 * 365 * DAY_MS, 30 * 365 * DAY_MS, 124 * 365 * DAY_MS, 1000 * 365 * DAY_MS];
  const WIDTHS = [320, 375, 768, 1024, 1280, 1920, 2560];
  const LOCALES = ['en-GB', 'fr', 'de', 'ja'];
  const cases = WIDTHS.flatMap((width) => LOCALES.map((locale) => [width, locale] as const));

  it.each(cases)('never lets two labels overlap at %i px in %s', (width, locale) => {
    const overlaps: string[] = [];
    for (const span of SPANS_MS) {
      for (const start of [Date.UTC(2023, 8, 25, 7, 13), Date.UTC(1899, 11, 31, 23, 59), Date.UTC(2000, 0, 1)]) {
        const ticks = ticksOf([start, start + span], 12, width - 12, locale);
        expect(ticks.length, `span ${span} ms`).toBeGreaterThan(0);
        const labelled = ticks.filter((t) => t.label);
        expect(labelled.length, `span ${span} ms`).toBeGreaterThan(0);
        for (let i = 1; i < labelled.length; i++) {
          const previousRight = labelled[i - 1].labelX + measure(labelled[i - 1].label, metrics.axisFont) / 2;
          const left = labelled[i].labelX - measure(labelled[i].label, metrics.axisFont) / 2;
          if (left < previousRight) overlaps.push(`span ${span} ms from ${new Date(start).toISOString()}: "${labelled[i - 1].label}" ends at ${previousRight}, "${labelled[i].label}" starts at ${left}`);
        }
        for (const tick of labelled) {
          const half = measure(tick.label, metrics.axisFont) / 2;
          expect(tick.labelX - half).toBeGreaterThanOrEqual(12 - 1e-9);
          expect(tick.labelX + half).toBeLessThanOrEqual(width - 12 + 1e-9);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });
});
