import { describe, expect, it } from 'vitest';
import { parseTimelineDate } from '../model/dates.js';
import type { TimelineDate } from '../model/types.js';
import { formatDate } from './format-date.js';

const date = (text: string): TimelineDate => {
  const parsed = parseTimelineDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

describe('formatDate', () => {
  it('reads a calendar day as that day in words, whatever the time zone of the process', () => {
    expect(formatDate(date('2023-09-25'), 'en-GB')).toBe('Monday, 25 September 2023');
    expect(formatDate(date('2023-09-25'), 'en-GB', 'short')).toBe('Mon, 25 Sept 2023');
  });

  it('keeps a month and a year at their precision', () => {
    expect(formatDate(date('2023-09'), 'en-GB')).toBe('September 2023');
    expect(formatDate(date('2023'), 'en-GB')).toBe('2023');
  });

  it('shows a time on the clock it was written with, and that offset', () => {
    expect(formatDate(date('2023-09-25T10:00+03:00'), 'en-GB')).toBe('25 September 2023 at 10:00 UTC+03:00');
    expect(formatDate(date('2023-09-25T23:30-05:00'), 'en-GB')).toBe('25 September 2023 at 23:30 UTC−05:00');
  });

  it('names the era for years before 1', () => {
    expect(formatDate(date('-0043'), 'en-GB')).toMatch(/44 BC/);
  });

  it('speaks the page\'s language', () => {
    expect(formatDate(date('2023-09-25'), 'fr')).toBe('lundi 25 septembre 2023');
  });
});
