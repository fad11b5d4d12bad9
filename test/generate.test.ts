import { describe, expect, it } from 'vitest';
import schema from '../schema/timeline.schema.json' with { type: 'json' };
import type { TimelineData } from '../src/model/types.ts';
import { createRandom, generateTimeline } from './generate';

const DATE_RE = new RegExp(schema.$defs.date.pattern, 'u');

/** Every date string in the data, with a path for failure messages. */
function allDates(data: TimelineData): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  data.events.forEach((e, i) => {
    out.push([`events[${i}].start`, e.start]);
    if (e.end !== undefined) out.push([`events[${i}].end`, e.end]);
    e.sources?.forEach((s, k) => s.date !== undefined && out.push([`events[${i}].sources[${k}].date`, s.date]));
  });
  data.annotations?.forEach((a, i) => {
    if (a.source?.date !== undefined) out.push([`annotations[${i}].source.date`, a.source.date]);
  });
  return out;
}

/** Start of the period a date names, in ms (4-digit years only; enough for these checks). */
function periodStartMs(text: string): number {
  if (text.includes('T')) return Date.parse(text);
  const [y, m = '01', d = '01'] = text.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

describe('createRandom', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('generateTimeline', () => {
  it('gives byte-identical JSON for the same seed', () => {
    const opts = { events: 500, seed: 7, sameDayBursts: true };
    expect(JSON.stringify(generateTimeline(opts))).toBe(JSON.stringify(generateTimeline(opts)));
  });

  it('gives different data for different seeds', () => {
    const a = generateTimeline({ events: 50, seed: 1 });
    const b = generateTimeline({ events: 50, seed: 2 });
    expect(JSON.stringify(a.events)).not.toBe(JSON.stringify(b.events));
  });

  it.each([
    [0, undefined, 0],
    [1, undefined, 0],
    [9, undefined, 0],
    [10, undefined, 1],
    [1000, undefined, 100],
    [1005, undefined, 100],
    [30, 3, 10],
    [7, 1, 7],
    [50, 0, 0],
  ])('makes exactly %i events and the right number of annotations (every %s → %i)', (events, every, expected) => {
    const data = generateTimeline({ events, annotationEvery: every, seed: 3 });
    expect(data.events).toHaveLength(events);
    expect(data.annotations ?? []).toHaveLength(expected);
  });

  it('uses unique ids e1… and a1… and links annotations to 1–2 existing, distinct events', () => {
    const data = generateTimeline({ events: 400, annotationEvery: 2, seed: 11 });
    const eventIds = data.events.map((e) => e.id);
    expect(eventIds).toEqual(data.events.map((_, i) => `e${i + 1}`));
    const annotationIds = (data.annotations ?? []).map((a) => a.id);
    expect(new Set([...eventIds, ...annotationIds]).size).toBe(eventIds.length + annotationIds.length);
    const known = new Set(eventIds);
    for (const a of data.annotations ?? []) {
      expect(a.events.length).toBeGreaterThanOrEqual(1);
      expect(a.events.length).toBeLessThanOrEqual(2);
      expect(new Set(a.events).size).toBe(a.events.length);
      for (const id of a.events) expect(known.has(id), `${a.id} → ${id}`).toBe(true);
    }
  });

  it('writes every date in the schema grammar, with ends not before starts', () => {
    for (const seed of [1, 2, 3, 99, 123456]) {
      const data = generateTimeline({ events: 600, seed, sameDayBursts: seed % 2 === 0 });
      for (const [path, value] of allDates(data)) expect(value, path).toMatch(DATE_RE);
      for (const e of data.events) {
        if (e.end !== undefined) expect(periodStartMs(e.end), e.id).toBeGreaterThanOrEqual(periodStartMs(e.start));
      }
    }
  });

  it('writes negative, zero-padded and six-digit years in the schema grammar', () => {
    for (const [startYear, years] of [[-60, 120], [9995, 10], [-10005, 3]] as const) {
      const data = generateTimeline({ events: 300, seed: 5, startYear, years });
      for (const [path, value] of allDates(data)) expect(value, `${startYear}: ${path}`).toMatch(DATE_RE);
    }
    const starts = generateTimeline({ events: 300, seed: 5, startYear: -60, years: 120 }).events.map((e) => e.start);
    expect(starts.some((s) => s.startsWith('-00'))).toBe(true);
    expect(starts.some((s) => /^00\d\d/.test(s))).toBe(true);
    const far = generateTimeline({ events: 50, seed: 5, startYear: 9995, years: 10 }).events.map((e) => e.start);
    expect(far.some((s) => s.startsWith('+010'))).toBe(true);
  });

  it('mixes precisions, ranges, offsets and annotation kinds', () => {
    const data = generateTimeline({ events: 1000, seed: 21 });
    const starts = data.events.map((e) => e.start);
    const day = starts.filter((s) => /^\d{4}-\d\d-\d\d$/.test(s)).length;
    const month = starts.filter((s) => /^\d{4}-\d\d$/.test(s)).length;
    const timed = starts.filter((s) => s.includes('T'));
    expect(day).toBeGreaterThan(data.events.length / 2);
    expect(month).toBeGreaterThan(0);
    expect(timed.some((s) => s.endsWith('Z'))).toBe(true);
    expect(timed.some((s) => /[+-]\d\d:\d\d$/.test(s))).toBe(true);
    expect(timed.some((s) => /:\d\d:\d\d\.\d{3}/.test(s))).toBe(true);
    expect(data.events.filter((e) => e.end !== undefined).length).toBeGreaterThan(0);
    const kinds = new Set((data.annotations ?? []).map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['note', 'quote', 'reported']);
    for (const a of data.annotations ?? []) {
      if (a.kind === 'note') expect(a.speaker).toBeUndefined();
      else expect(a.speaker?.name).toBeTruthy();
      expect(a.quote.length).toBeGreaterThan(0);
    }
  });

  it('keeps titles between 8 and 70 characters, with varied lengths', () => {
    const data = generateTimeline({ events: 1000, seed: 8 });
    const lengths = data.events.map((e) => e.title.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(70);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(40);
  });

  it('uses the requested number of groups, or none', () => {
    const three = generateTimeline({ events: 300, seed: 4 });
    expect(new Set(three.events.map((e) => e.group)).size).toBe(3);
    const none = generateTimeline({ events: 30, seed: 4, groups: 0 });
    expect(none.events.every((e) => e.group === undefined)).toBe(true);
    const many = generateTimeline({ events: 2000, seed: 4, groups: 12 });
    expect(new Set(many.events.map((e) => e.group)).size).toBe(12);
  });

  it('puts runs of events on one day when sameDayBursts is set', () => {
    const countMaxPerDay = (data: TimelineData) => {
      const perDay = new Map<string, number>();
      for (const e of data.events) {
        const day = e.start.slice(0, 10);
        if (/^\d{4}-\d\d-\d\d$/.test(day)) perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      return Math.max(...perDay.values());
    };
    expect(countMaxPerDay(generateTimeline({ events: 200, seed: 9, sameDayBursts: true }))).toBeGreaterThanOrEqual(3);
  });

  it('rejects unusable counts', () => {
    expect(() => generateTimeline({ events: -1 })).toThrow(RangeError);
    expect(() => generateTimeline({ events: 1.5 })).toThrow(RangeError);
    expect(() => generateTimeline({ events: 10, years: 0 })).toThrow(RangeError);
  });
});
