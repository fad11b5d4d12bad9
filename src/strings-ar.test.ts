import { describe, expect, it } from 'vitest';
import { ARABIC_STRINGS } from './strings-ar.js';
import { ENGLISH_STRINGS, type TimelineStrings } from './strings.js';

const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[A-Za-z]/;
const COUNTS = [0, 1, 2, 3, 11, 100];

/** Arguments for each function string at a count: numbers where counts go, Arabic text elsewhere. */
const SAMPLE_ARGUMENTS: { [K in keyof TimelineStrings]?: (count: number) => unknown[] } = {
  dataProblems: (n) => [n],
  warningDetails: (n) => [n],
  errorDetails: (n) => [n],
  summary: (n) => [n, n, 'من ٢٥ سبتمبر ٢٠٢٣ إلى ٢٦ سبتمبر ٢٠٢٣'],
  annotationCount: (n) => [n],
  range: () => ['٢٥ سبتمبر ٢٠٢٣', '٢٦ سبتمبر ٢٠٢٣'],
  dateNote: () => ['يوم صدور البيان'],
  markerLabel: (n) => [n, 'مخلد حازم الدرب'],
  periodCount: (n) => [n, 'سبتمبر ٢٠٢٣'],
  aggregated: (n) => [n],
  showing: (n) => [n, n, 'من ٢٥ سبتمبر ٢٠٢٣ إلى ٢٦ سبتمبر ٢٠٢٣'],
  listPage: (n) => [n, n, n],
};

const functionKeys = (Object.keys(ENGLISH_STRINGS) as (keyof TimelineStrings)[]).filter(
  (key) => typeof ENGLISH_STRINGS[key] === 'function',
);

function call(key: keyof TimelineStrings, count: number): string {
  const fn = ARABIC_STRINGS[key] as (...args: unknown[]) => string;
  return fn(...SAMPLE_ARGUMENTS[key]!(count));
}

describe('ARABIC_STRINGS', () => {
  it('has every key of ENGLISH_STRINGS, with the same type and the same number of parameters', () => {
    for (const key of Object.keys(ENGLISH_STRINGS) as (keyof TimelineStrings)[]) {
      expect(ARABIC_STRINGS, key).toHaveProperty(key);
      expect(typeof ARABIC_STRINGS[key], key).toBe(typeof ENGLISH_STRINGS[key]);
      if (typeof ENGLISH_STRINGS[key] === 'function') {
        expect((ARABIC_STRINGS[key] as (...args: never[]) => string).length, key).toBe((ENGLISH_STRINGS[key] as (...args: never[]) => string).length);
      }
    }
    expect(Object.keys(ARABIC_STRINGS).sort()).toEqual(Object.keys(ENGLISH_STRINGS).sort());
  });

  it('translates every plain string into Arabic, with no English left', () => {
    for (const [key, value] of Object.entries(ARABIC_STRINGS)) {
      if (typeof value !== 'string') continue;
      expect(value, key).toMatch(ARABIC_LETTER);
      expect(value, key).not.toMatch(LATIN_LETTER);
      expect(value, key).not.toBe(ENGLISH_STRINGS[key as keyof TimelineStrings]);
    }
  });

  it('has sample arguments for every function string, so that none goes untested', () => {
    expect(Object.keys(SAMPLE_ARGUMENTS).sort()).toEqual([...functionKeys].sort());
  });

  for (const count of COUNTS) {
    it(`writes every function string in Arabic for a count of ${count}`, () => {
      for (const key of functionKeys) {
        const text = call(key, count);
        expect(text, key).toMatch(ARABIC_LETTER);
        expect(text, key).not.toMatch(LATIN_LETTER);
      }
    });
  }

  it('picks the noun form of each Arabic plural category', () => {
    expect(ARABIC_STRINGS.annotationCount(0)).toBe('لا تعليقات');
    expect(ARABIC_STRINGS.annotationCount(1)).toBe('تعليق واحد');
    expect(ARABIC_STRINGS.annotationCount(2)).toBe('تعليقان');
    expect(ARABIC_STRINGS.annotationCount(3)).toBe(`${new Intl.NumberFormat('ar').format(3)} تعليقات`);
    expect(ARABIC_STRINGS.annotationCount(11)).toBe(`${new Intl.NumberFormat('ar').format(11)} تعليقًا`);
    expect(ARABIC_STRINGS.annotationCount(100)).toBe(`${new Intl.NumberFormat('ar').format(100)} تعليق`);
  });

  it('uses the genitive dual after a preposition and the nominative dual as a subject', () => {
    expect(ARABIC_STRINGS.summary(2, 2, 'الفترة')).toBe('حدثان وتعليقان، الفترة.');
    expect(ARABIC_STRINGS.showing(1, 2, 'الفترة')).toContain('من أصل حدثين');
  });

  it('formats numbers with the Arabic locale, grouping included', () => {
    const format = new Intl.NumberFormat('ar');
    expect(ARABIC_STRINGS.summary(1000, 12, 'الفترة')).toBe(`${format.format(1000)} حدث و${format.format(12)} تعليقًا، الفترة.`);
    expect(ARABIC_STRINGS.listPage(201, 400, 1000)).toContain(format.format(1000));
  });
});
