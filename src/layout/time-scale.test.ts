import { describe, expect, it } from 'vitest';
import { createRandom } from '../../test/generate.ts';
import { clampView, createTimeScale, MIN_VIEW_SPAN_MS, paddedDomain } from './time-scale.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const T = Date.UTC(2023, 8, 25);

/** Compares two views to within a millisecond, which the float arithmetic of padding may miss by a hair. */
function expectView(actual: readonly [number, number], expected: readonly [number, number]): void {
  expect(actual[0]).toBeCloseTo(expected[0], 0);
  expect(actual[1]).toBeCloseTo(expected[1], 0);
}

describe('paddedDomain', () => {
  it('pads the extent by 5% on each side', () => {
    expectView(paddedDomain([T, T + 10 * DAY_MS]), [T - DAY_MS / 2, T + 10.5 * DAY_MS]);
    expectView(paddedDomain([Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)]), [
      Date.UTC(1900, 0, 1) - (Date.UTC(2000, 0, 1) - Date.UTC(1900, 0, 1)) * 0.05,
      Date.UTC(2000, 0, 1) + (Date.UTC(2000, 0, 1) - Date.UTC(1900, 0, 1)) * 0.05,
    ]);
  });

  it('gives an instant a padded day centred on it', () => {
    expectView(paddedDomain([T, T]), [T - 0.55 * DAY_MS, T + 0.55 * DAY_MS]);
  });

  it('gives an hour a padded day centred on the hour', () => {
    const centre = T + HOUR_MS / 2;
    expectView(paddedDomain([T, T + HOUR_MS]), [centre - 0.55 * DAY_MS, centre + 0.55 * DAY_MS]);
  });

  it('gives a single day 5% on each side', () => {
    expectView(paddedDomain([T, T + DAY_MS]), [T - 0.05 * DAY_MS, T + 1.05 * DAY_MS]);
  });

  it('shows the first day of 2000 when there is no data', () => {
    expect(paddedDomain(undefined)).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)]);
  });

  it('always contains the extent and spans at least a day', () => {
    for (const span of [0, 1, MINUTE_MS, HOUR_MS, DAY_MS, 400 * DAY_MS, 125 * 365 * DAY_MS]) {
      const [start, end] = paddedDomain([T, T + span]);
      expect(start).toBeLessThan(T);
      expect(end).toBeGreaterThan(T + span);
      expect(end - start).toBeGreaterThanOrEqual(DAY_MS);
    }
  });
});

describe('clampView', () => {
  const domain: [number, number] = [T, T + 100 * HOUR_MS];
  const h = (hours: number) => T + hours * HOUR_MS;

  it('keeps a view that is inside the domain as it is', () => {
    expect(clampView([h(10), h(20)], domain)).toEqual([h(10), h(20)]);
  });

  it('slides a view past either end back inside, keeping its span', () => {
    expect(clampView([h(-5), h(5)], domain)).toEqual([h(0), h(10)]);
    expect(clampView([h(95), h(105)], domain)).toEqual([h(90), h(100)]);
  });

  it('turns a view wider than the domain into the domain', () => {
    expect(clampView([h(-50), h(200)], domain)).toEqual(domain);
  });

  it('widens a view shorter than an hour to an hour about its centre', () => {
    expect(MIN_VIEW_SPAN_MS).toBe(HOUR_MS);
    const view = clampView([h(50), h(50) + MINUTE_MS], domain);
    expect(view).toEqual([h(50) + MINUTE_MS / 2 - HOUR_MS / 2, h(50) + MINUTE_MS / 2 + HOUR_MS / 2]);
  });

  it('widens a short view at the edge to an hour inside the domain', () => {
    expect(clampView([h(0), h(0)], domain)).toEqual([h(0), h(1)]);
    expect(clampView([h(100), h(100)], domain)).toEqual([h(99), h(100)]);
  });

  it('returns the domain for a view that is not a number', () => {
    expect(clampView([NaN, NaN], domain)).toEqual(domain);
    expect(clampView([-Infinity, Infinity], domain)).toEqual(domain);
  });

  it('keeps any view inside the domain and at least an hour long', () => {
    const random = createRandom(4);
    for (let i = 0; i < 2000; i++) {
      const padded = paddedDomain([T, T + random() * 400 * DAY_MS]);
      const start = padded[0] + (random() - 0.5) * 3 * (padded[1] - padded[0]);
      const view = clampView([start, start + random() * 2 * (padded[1] - padded[0])], padded);
      expect(view[0]).toBeGreaterThanOrEqual(padded[0]);
      expect(view[1]).toBeLessThanOrEqual(padded[1]);
      expect(view[1] - view[0]).toBeGreaterThanOrEqual(HOUR_MS);
    }
  });
});

describe('createTimeScale', () => {
  it('maps the view onto [left, right] on the UTC axis', () => {
    const scale = createTimeScale([T, T + 2 * DAY_MS], 12, 212);
    expect(scale(T)).toBe(12);
    expect(scale(T + DAY_MS)).toBe(112);
    expect(scale(T + 2 * DAY_MS)).toBe(212);
  });

  it('ticks at natural UTC boundaries: midnight UTC for days, whatever the process time zone', () => {
    const scale = createTimeScale([T, T + 3 * DAY_MS], 0, 300);
    const ticks = scale.ticks(3).map(Number);
    expect(ticks).toEqual([T, T + DAY_MS, T + 2 * DAY_MS, T + 3 * DAY_MS]);
    for (const tick of ticks) expect(new Date(tick).getUTCHours()).toBe(0);
  });
});
