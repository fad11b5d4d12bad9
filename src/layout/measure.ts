/**
 * Text measurement is an input of layout, so that layout stays pure and runs in Node.
 * The browser passes a canvas-backed measure; Node tests use the width table below.
 */

/** Returns the advance width in CSS px of `text` set in the CSS `font` shorthand. */
export type TimelineMeasure = (text: string, font: string) => number;

/** Average advance of each character class, in em, for a typical sans-serif face. */
const EM_BY_CLASS: ReadonlyArray<[RegExp, number]> = [
  [/[ijlI.,:;'!|`]/, 0.28],
  [/[ \t]/, 0.28],
  [/[frt()[\]{}"\-/]/, 0.38],
  [/[mwMW@%]/, 0.86],
  [/[A-Z&]/, 0.68],
  [/[0-9]/, 0.56],
];

const DEFAULT_EM = 0.54;

/** The size in px of a CSS `font` shorthand (16 when it names none in px). */
export function fontSizePx(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 16;
}

/**
 * Creates a measure from a fixed width table, as wide as or a little wider than common
 * sans-serif faces. Used in Node tests and wherever no canvas is available.
 */
export function createTableMeasure(): TimelineMeasure {
  return (text, font) => {
    const sizePx = fontSizePx(font);
    const bold = /\b(bold|[6-9]00)\b/.test(font) ? 1.06 : 1;
    let em = 0;
    for (const char of text) {
      const entry = EM_BY_CLASS.find(([pattern]) => pattern.test(char));
      em += entry ? entry[1] : char.codePointAt(0)! > 0x2e80 ? 1 : DEFAULT_EM;
    }
    return em * sizePx * bold;
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidthPx`, at spaces; a word wider than a line is
 * cut by characters. Returns at least one line. Layout and render both use the returned lines,
 * so that what is measured is exactly what is drawn.
 */
export function wrapText(text: string, maxWidthPx: number, font: string, measure: TimelineMeasure): string[] {
  // Breaks at ordinary white space only: a no-break space keeps its words together.
  const words = text.split(/[ \t\n\r\f\v]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidthPx) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, font) > maxWidthPx && rest.length > 1) {
      const cut = fitPrefix(rest, maxWidthPx, font, measure);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Length of the longest prefix of `text` (at least one code point) that fits in `maxWidthPx`. */
function fitPrefix(text: string, maxWidthPx: number, font: string, measure: TimelineMeasure): number {
  const chars = Array.from(text);
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join(''), font) <= maxWidthPx) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').length;
}

/**
 * Shortens `text` to fit `maxWidthPx`, ending in an ellipsis, or returns it whole when it fits.
 * Returns an empty string when not even one character and the ellipsis fit.
 */
export function truncateText(text: string, maxWidthPx: number, font: string, measure: TimelineMeasure): string {
  if (measure(text, font) <= maxWidthPx) return text;
  const room = maxWidthPx - measure('…', font);
  if (room <= 0) return '';
  const cut = fitPrefix(text, room, font, measure);
  if (cut === 0 || measure(text.slice(0, cut), font) > room) return '';
  return `${text.slice(0, cut).trimEnd()}…`;
}
