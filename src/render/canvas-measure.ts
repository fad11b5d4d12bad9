import type { TimelineMeasure } from '../layout/measure.js';

/**
 * A measure backed by a canvas's `measureText`, so layout sees the widths the browser will
 * draw with the page's own fonts. Widths are cached per font and text; falls back to `fallback`
 * where no 2D canvas exists.
 */
export function createCanvasMeasure(fallback: TimelineMeasure): TimelineMeasure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return fallback;
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
