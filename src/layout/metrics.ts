/**
 * Sizes shared by layout and render, derived from the host's font size so that text resized
 * by the reader grows the whole drawing. Render sets the same values as CSS, so what layout
 * measures is what the browser draws.
 */

/** Pixel sizes and fonts of every text and mark the layout places. */
export interface TimelineMetrics {
  /** The host's font size in px; every other size derives from it. */
  basePx: number;
  labelFont: string;
  labelPx: number;
  rowPx: number;
  rowGapPx: number;
  laneHeaderPx: number;
  lanePaddingPx: number;
  axisPx: number;
  axisFont: string;
  tickMinGapPx: number;
  noteWidthPx: number;
  notePaddingPx: number;
  noteGapPx: number;
  noteQuoteFont: string;
  noteQuoteLinePx: number;
  noteMetaFont: string;
  noteMetaLinePx: number;
  /** Most quote lines shown in a note before it is clamped. */
  noteMaxLines: number;
  /** Most shelves of notes on one side of the event band before notes collapse to markers. */
  noteMaxShelves: number;
  markerPx: number;
}

/**
 * Builds the metrics for a base font size (px) and font families; `quoteFont` is the family
 * (with an optional leading style such as `italic`) of the notes' words.
 */
export function createMetrics(basePx = 16, fontFamily = 'sans-serif', quoteFont = fontFamily): TimelineMetrics {
  const labelPx = Math.round(basePx * 0.8125);
  const quotePx = Math.round(basePx * 0.875);
  const metaPx = Math.max(12, Math.round(basePx * 0.75));
  return {
    basePx,
    labelPx,
    labelFont: `${labelPx}px ${fontFamily}`,
    rowPx: Math.max(24, Math.round(labelPx * 1.9)),
    rowGapPx: 4,
    laneHeaderPx: Math.round(metaPx * 1.6),
    lanePaddingPx: 8,
    axisPx: Math.round(metaPx * 2.6),
    axisFont: `${metaPx}px ${fontFamily}`,
    tickMinGapPx: Math.round(basePx * 1.25),
    noteWidthPx: Math.round(basePx * 15),
    notePaddingPx: Math.round(basePx * 0.625),
    noteGapPx: Math.round(basePx * 0.75),
    noteQuoteFont: quoteFont.startsWith('italic ') ? `italic ${quotePx}px ${quoteFont.slice(7)}` : `${quotePx}px ${quoteFont}`,
    noteQuoteLinePx: Math.round(quotePx * 1.4),
    noteMetaFont: `bold ${metaPx}px ${fontFamily}`,
    noteMetaLinePx: Math.round(metaPx * 1.4),
    noteMaxLines: 7,
    noteMaxShelves: 4,
    markerPx: 24,
  };
}
