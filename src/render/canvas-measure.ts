import { fontSizePx, type TimelineMeasure } from '../layout/measure.js';

/**
 * A measure backed by a canvas's `measureText`, so layout sees the widths the browser will
 * draw with the page's own fonts. Widths are cached per font and text. Where no 2D canvas
 * exists (a DOM emulation in tests), a character is taken as 0.6 em wide.
 */
export function createCanvasMeasure(): TimelineMeasure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text, font) => text.length * 0.6 * fontSizePx(font);
  const cache = new Map<string, Map<string, number>>();
  return (text, font) => {
    let byText = cache.get(font);
    if (!byText) {
      byText = new Map();
      cache.set(font, byText);
    }
    let width = byText.get(text);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      if (byText.size > 20_000) byText.clear();
      byText.set(text, width);
    }
    return width;
  };
}
