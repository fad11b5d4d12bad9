import { utcTicks as d3UtcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { floorUtc, offsetUtc, utcTicks } from './utc-ticks.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

describe('utcTicks', () => {
  const starts = [Date.UTC(2023, 8, 25, 7, 13, 5), Date.UTC(1899, 11, 31, 23, 59), Date.UTC(2000, 0, 1), Date.UTC(2024, 1, 28, 22), Date.UTC(-44, 2, 15)];
  const spans = [2_000, 90_000, HOUR, 6 * HOUR, DAY, 3 * DAY, 10 * DAY, 45 * DAY, 200 * DAY, 3 * YEAR, 30 * YEAR, 124 * YEAR, 2000 * YEAR];
  const counts = [2, 5, 10, 17];
  const cases = starts.flatMap((start) => spans.flatMap((span) => counts.map((count) => [start, span, count] as const)));

  it.each(cases)('gives the same ticks as d3-time from %i over %i ms asking for %i', (start, span, count) => {
    const ours = utcTicks(start, start + span, count).map(Number);
    const theirs = d3UtcTicks(new Date(start), new Date(start + span), count).map(Number);
    expect(ours).toEqual(theirs);
  });

  it('gives no ticks for an empty or backwards range', () => {
    expect(utcTicks(10, 10, 5)).toEqual([]);
    expect(utcTicks(10, 5, 5)).toEqual([]);
    expect(utcTicks(NaN, 5, 5)).toEqual([]);
  });
});

describe('floorUtc and offsetUtc', () => {
  it('floor to the start of the UTC day, month and year, years before 100 included', () => {
    const t = Date.UTC(2023, 8, 25, 13, 45);
    expect(floorUtc(t, 'day')).toBe(Date.UTC(2023, 8, 25));
    expect(floorUtc(t, 'month')).toBe(Date.UTC(2023, 8, 1));
    expect(floorUtc(t, 'year')).toBe(Date.UTC(2023, 0, 1));
    const early = new Date(0);
    early.setUTCFullYear(44, 2, 15);
    const year44 = new Date(0);
    year44.setUTCFullYear(44, 0, 1);
    expect(floorUtc(+early, 'year')).toBe(+year44);
  });

  it('add calendar months and years, not fixed lengths', () => {
    expect(offsetUtc(Date.UTC(2023, 0, 1), 'month', 1)).toBe(Date.UTC(2023, 1, 1));
    expect(offsetUtc(Date.UTC(2024, 0, 1), 'year', 1) - Date.UTC(2024, 0, 1)).toBe(366 * DAY);
  });
});
