import { describe, expect, it } from 'vitest';
import { generateTimeline } from '../../test/generate.ts';
import { createTableMeasure, truncateText, wrapText } from './measure.js';

const measure = createTableMeasure();
/** At 10 px: a lower-case letter such as `a` is 5.4 px, a space 2.8 px, `W` 8.6 px, `…` 5.4 px. */
const FONT = '10px sans-serif';

/** Sentences and titles of the generator, with a few long words and non-Latin text. */
function sampleTexts(): string[] {
  const data = generateTimeline({ events: 40, annotationEvery: 2, seed: 9 });
  return [
    ...data.events.map((e) => e.title),
    ...data.annotations!.map((a) => a.quote),
    'Counter-terrorism\u00a0operations continued throughout the northern provinces',
    'Supercalifragilisticexpialidocious antidisestablishmentarianism',
    '“Quoted words,” she said — and then   several   spaces.',
    '日本語のテキストは空白なしで続きます',
    'x',
  ];
}

describe('createTableMeasure', () => {
  it('adds the table width of each character, scaled by the font size', () => {
    expect(measure('ab', FONT)).toBeCloseTo(10.8, 9);
    expect(measure('a b', FONT)).toBeCloseTo(13.6, 9);
    expect(measure('iW', FONT)).toBeCloseTo(11.4, 9);
    expect(measure('ab', '20px serif')).toBeCloseTo(21.6, 9);
    expect(measure('', FONT)).toBe(0);
  });

  it('makes bold text 6% wider', () => {
    expect(measure('ab', `bold ${FONT}`)).toBeCloseTo(10.8 * 1.06, 9);
    expect(measure('ab', `600 ${FONT}`)).toBeCloseTo(10.8 * 1.06, 9);
  });

  it('gives wide characters a whole em', () => {
    expect(measure('日本', FONT)).toBeCloseTo(20, 9);
  });
});

describe('wrapText', () => {
  it('breaks at the space before the word that does not fit', () => {
    // "aa bb" is 24.4 px, "aa bb cc" 38 px.
    expect(wrapText('aa bb cc', 25, FONT, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('aa bb cc', 24, FONT, measure)).toEqual(['aa', 'bb', 'cc']);
  });

  it('cuts a word wider than the line by characters', () => {
    // Four letters are 21.6 px, five 27 px.
    expect(wrapText('aaaaaaaaaa', 22, FONT, measure)).toEqual(['aaaa', 'aaaa', 'aa']);
  });

  it('keeps one character per line when not even one fits', () => {
    expect(wrapText('W', 5, FONT, measure)).toEqual(['W']);
    expect(wrapText('WW', 5, FONT, measure)).toEqual(['W', 'W']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, FONT, measure)).toEqual(['']);
    expect(wrapText('   ', 100, FONT, measure)).toEqual(['']);
  });

  it('collapses runs of white space', () => {
    expect(wrapText('  aa \n\t bb  ', 100, FONT, measure)).toEqual(['aa bb']);
  });

  const widths = [8, 20, 45, 90, 150, 230];
  it.each(widths)('never returns a line wider than %i px (unless a single character) and keeps every word in order', (width) => {
    for (const text of sampleTexts()) {
      const lines = wrapText(text, width, FONT, measure);
      for (const line of lines) {
        if (Array.from(line).length > 1) expect(measure(line, FONT), `"${line}" of "${text}"`).toBeLessThanOrEqual(width);
        expect(line, `empty line in ${JSON.stringify(lines)}`).not.toBe('');
      }
      // Every character survives, in order; only white space between lines is dropped.
      expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      const words = text.split(/[ \t\n\r\f\v]+/).filter(Boolean);
      if (words.every((word) => measure(word, FONT) <= width)) expect(lines.join(' ')).toBe(words.join(' '));
    }
  });
});

describe('truncateText', () => {
  it('returns the text whole when it fits', () => {
    expect(truncateText('abc', 17, FONT, measure)).toBe('abc');
  });

  it('keeps the longest prefix that fits with an ellipsis', () => {
    // 30 px less 5.4 for "…" leaves 24.6: four letters (21.6), not five (27).
    expect(truncateText('abcdefgh', 30, FONT, measure)).toBe('abcd…');
  });

  it('drops a trailing space before the ellipsis', () => {
    // 20.4 px less 5.4 leaves 15: "ab " (13.6) fits, "ab c" (19) does not.
    expect(truncateText('ab cdef', 20.4, FONT, measure)).toBe('ab…');
  });

  it('returns an empty string when not even one character and the ellipsis fit', () => {
    expect(truncateText('abc', 5, FONT, measure)).toBe('');
    expect(truncateText('Wabc', 10, FONT, measure)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    // Each emoji is a whole em (10 px); 25 px less 5.4 leaves room for one.
    expect(truncateText('😀😀😀', 25, FONT, measure)).toBe('😀…');
  });

  const widths = [0, 6, 12, 24, 60, 120, 240, 400];
  it.each(widths)('ends with … and fits in %i px whenever it shortens the text', (width) => {
    for (const text of sampleTexts()) {
      const result = truncateText(text, width, FONT, measure);
      if (measure(text, FONT) <= width) {
        expect(result).toBe(text);
        continue;
      }
      if (result === '') continue;
      expect(result.endsWith('…'), result).toBe(true);
      expect(measure(result, FONT), result).toBeLessThanOrEqual(width);
      expect(text.startsWith(result.slice(0, -1)), `"${result}" of "${text}"`).toBe(true);
    }
  });

  it('shortens only when there is room for a character and the ellipsis', () => {
    // 11 px holds "a…" (10.8 px), so the result is not empty.
    expect(truncateText('abc', 11, FONT, measure)).toBe('a…');
  });
});
