import { describe, expect, it } from 'vitest';
import { isCalendarPrecision, parseTimelineDate, precisionRank } from './dates.js';
import type { TimelineDate } from './types.js';

/** Parses a date the test expects to be valid, failing with the reason otherwise. */
function date(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseTimelineDate with calendar dates', () => {
  it('reads 2023-09-25 as the UTC day whatever the process time zone is', () => {
    expect(date('2023-09-25')).toEqual({
      text: '2023-09-25',
      precision: 'day',
      startMs: Date.UTC(2023, 8, 25),
      endMs: Date.UTC(2023, 8, 26),
    });
  });

  it('reads a month as the whole month, ending where the next one starts', () => {
    expect(date('2023-02')).toEqual({ text: '2023-02', precision: 'month', startMs: Date.UTC(2023, 1, 1), endMs: Date.UTC(2023, 2, 1) });
    expect(date('2023-12').endMs).toBe(Date.UTC(2024, 0, 1));
  });

  it('reads a year as the whole year', () => {
    expect(date('2023')).toEqual({ text: '2023', precision: 'year', startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2024, 0, 1) });
  });

  it('ends the last day of a month at midnight of the next month', () => {
    expect(iso(date('2023-01-31').endMs)).toBe('2023-02-01T00:00:00.000Z');
  });

  it('accepts 29 February in a leap year', () => {
    expect(date('2024-02-29').startMs).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses 29 February in a common year and says why', () => {
    expect(parseTimelineDate('2023-02-29')).toBe('"2023-02-29" is not a date: February 2023 has 28 days (2023 is not a leap year)');
  });

  it('refuses 30 February', () => {
    expect(parseTimelineDate('2023-02-30')).toBe('"2023-02-30" is not a date: February 2023 has 28 days');
  });

  it('refuses 31 April', () => {
    expect(parseTimelineDate('2023-04-31')).toBe('"2023-04-31" is not a date: April 2023 has 30 days');
  });

  it('refuses month 13 and month 0', () => {
    expect(parseTimelineDate('2023-13-01')).toBe('"2023-13-01" is not a date: there is no month 13');
    expect(parseTimelineDate('2023-00')).toBe('"2023-00" is not a date: there is no month 0');
  });

  it('refuses day 0', () => {
    expect(parseTimelineDate('2023-09-00')).toBe('"2023-09-00" is not a date: there is no day 0');
  });
});

describe('parseTimelineDate with early and BCE years', () => {
  it('reads year 0044 as 44 AD, not 1944', () => {
    expect(iso(date('0044').startMs)).toBe('0044-01-01T00:00:00.000Z');
    expect(iso(date('0044-03-15').startMs)).toBe('0044-03-15T00:00:00.000Z');
  });

  it('ends the year 99 at the start of the year 100, on either side of the way years under 100 are computed', () => {
    expect(iso(date('0099').endMs)).toBe('0100-01-01T00:00:00.000Z');
    expect(iso(date('0099-12-31T23:30-01:00').startMs)).toBe('0100-01-01T00:30:00.000Z');
    expect(iso(date('0100-01-01').startMs)).toBe('0100-01-01T00:00:00.000Z');
    expect(iso(date('0100-02-28').endMs)).toBe('0100-03-01T00:00:00.000Z');
  });

  it('reads -0044 as 45 BC in astronomical numbering', () => {
    expect(iso(date('-0044-03-15').startMs)).toBe('-000044-03-15T00:00:00.000Z');
  });

  it('reads an expanded year +002023 as 2023', () => {
    expect(date('+002023-09-25').startMs).toBe(Date.UTC(2023, 8, 25));
  });

  it('reads an expanded negative year', () => {
    expect(iso(date('-012000').startMs)).toBe('-012000-01-01T00:00:00.000Z');
  });

  it('treats year 0 and -400 as leap years and -100 as a common year', () => {
    expect(iso(date('0000-02-29').startMs)).toBe('0000-02-29T00:00:00.000Z');
    expect(iso(date('-0400-02-29').startMs)).toBe('-000400-02-29T00:00:00.000Z');
    expect(parseTimelineDate('-0100-02-29')).toBe('"-0100-02-29" is not a date: February -100 has 28 days (-100 is not a leap year)');
  });

  it('refuses a negative year zero', () => {
    expect(parseTimelineDate('-0000')).toBe('"-0000" is not a date: write year zero as 0000, without a minus sign');
  });

  it('refuses a signed 4-digit year with a plus sign', () => {
    expect(parseTimelineDate('+2023')).toBe('"+2023" is not a date: a signed year needs 6 digits, as in +002023, or write it without the sign');
  });

  it('refuses years beyond what a JavaScript date holds', () => {
    expect(parseTimelineDate('+275760')).toBe('"+275760" is not a date: it is outside the years this timeline can draw (-271821 to 275759)');
  });
});

describe('parseTimelineDate with times', () => {
  it('reads a time with Z as an instant', () => {
    expect(date('2023-09-25T10:00Z')).toEqual({
      text: '2023-09-25T10:00Z',
      precision: 'minute',
      startMs: Date.UTC(2023, 8, 25, 10, 0),
      endMs: Date.UTC(2023, 8, 25, 10, 0),
      offsetMinutes: 0,
    });
  });

  it('applies a positive offset and keeps it', () => {
    const result = date('2023-09-25T10:00+03:00');
    expect(result.startMs).toBe(Date.UTC(2023, 8, 25, 7, 0));
    expect(result.offsetMinutes).toBe(180);
  });

  it('applies a negative half-hour offset', () => {
    const result = date('2023-09-25T23:30:15-03:30');
    expect(result.startMs).toBe(Date.UTC(2023, 8, 26, 3, 0, 15));
    expect(result.precision).toBe('second');
    expect(result.offsetMinutes).toBe(-210);
  });

  it('reads one to three fraction digits as milliseconds', () => {
    expect(date('2023-09-25T10:00:00.5Z').startMs).toBe(Date.UTC(2023, 8, 25, 10, 0, 0, 500));
    expect(date('2023-09-25T10:00:00.05Z').startMs).toBe(Date.UTC(2023, 8, 25, 10, 0, 0, 50));
    expect(date('2023-09-25T10:00:00.123Z').precision).toBe('millisecond');
  });

  it('refuses more than three fraction digits', () => {
    expect(parseTimelineDate('2023-09-25T10:00:00.1234Z')).toBe('"2023-09-25T10:00:00.1234Z" is not a date: give at most 3 digits after the decimal point');
  });

  it('refuses a time without an offset and says how to add one', () => {
    expect(parseTimelineDate('2023-09-25T10:00')).toBe('"2023-09-25T10:00" has no time zone offset (add Z or +03:00)');
  });

  it('refuses hour 25, minute 60 and second 60', () => {
    expect(parseTimelineDate('2023-09-25T25:00Z')).toBe('"2023-09-25T25:00Z" is not a date: there is no hour 25');
    expect(parseTimelineDate('2023-09-25T10:60Z')).toBe('"2023-09-25T10:60Z" is not a date: there is no minute 60');
    expect(parseTimelineDate('2023-09-25T10:00:60Z')).toBe('"2023-09-25T10:00:60Z" is not a date: there is no second 60');
  });

  it('refuses offsets beyond 14 hours or with more than 59 minutes', () => {
    expect(parseTimelineDate('2023-09-25T10:00+15:00')).toBe('"2023-09-25T10:00+15:00" is not a date: the offset +15:00 is more than 14 hours from UTC');
    expect(parseTimelineDate('2023-09-25T10:00+14:30')).toBe('"2023-09-25T10:00+14:30" is not a date: the offset +14:30 is more than 14 hours from UTC');
    expect(parseTimelineDate('2023-09-25T10:00-14:01')).toBe('"2023-09-25T10:00-14:01" is not a date: the offset -14:01 is more than 14 hours from UTC');
    expect(parseTimelineDate('2023-09-25T10:00+05:60')).toBe('"2023-09-25T10:00+05:60" is not a date: the offset +05:60 has more than 59 minutes');
  });

  it('accepts the extreme offsets +14:00 and -12:00', () => {
    expect(date('2023-01-01T00:00+14:00').startMs).toBe(Date.UTC(2022, 11, 31, 10, 0));
    expect(date('2023-01-01T00:00-12:00').startMs).toBe(Date.UTC(2023, 0, 1, 12, 0));
  });

  it('reads a time in year 0044 without the 1900s shift', () => {
    expect(iso(date('0044-03-15T12:00+01:00').startMs)).toBe('0044-03-15T11:00:00.000Z');
  });
});

describe('parseTimelineDate with malformed text', () => {
  it('names the grammar for text that is not shaped like a date', () => {
    const grammar = 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with Z or an offset such as +03:00';
    expect(parseTimelineDate('25/09/2023')).toBe(`"25/09/2023" is not a date: ${grammar}`);
    expect(parseTimelineDate('2023-9-25')).toBe(`"2023-9-25" is not a date: ${grammar}`);
    expect(parseTimelineDate('23')).toBe(`"23" is not a date: ${grammar}`);
  });

  it('says when the text is empty or padded with spaces', () => {
    expect(parseTimelineDate('')).toBe('"" is not a date: it is empty');
    expect(parseTimelineDate(' 2023')).toBe('" 2023" is not a date: remove the spaces around it');
  });

  it('asks for a capital T and a capital Z', () => {
    expect(parseTimelineDate('2023-09-25 10:00Z')).toBe('"2023-09-25 10:00Z" is not a date: write a capital T between the date and the time');
    expect(parseTimelineDate('2023-09-25T10:00z')).toBe('"2023-09-25T10:00z" is not a date: write the UTC offset as a capital Z');
  });

  it('cuts a very long value in its message', () => {
    const message = parseTimelineDate('9'.repeat(500));
    expect(typeof message === 'string' && message.startsWith(`"${'9'.repeat(79)}…" is not a date`)).toBe(true);
  });
});

describe('date precision helpers', () => {
  it('isCalendarPrecision is true for year, month and day only', () => {
    expect(['year', 'month', 'day', 'minute', 'second', 'millisecond'].map((p) => isCalendarPrecision(p as TimelineDate['precision']))).toEqual([
      true, true, true, false, false, false,
    ]);
  });

  it('precisionRank orders precisions from coarse to fine', () => {
    expect(precisionRank('year')).toBeLessThan(precisionRank('month'));
    expect(precisionRank('day')).toBeLessThan(precisionRank('minute'));
    expect(precisionRank('second')).toBeLessThan(precisionRank('millisecond'));
  });
});
