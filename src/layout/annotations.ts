import type { TimelineMeasure } from './measure.js';
import { truncateText, wrapText } from './measure.js';
import type { TimelineMetrics } from './metrics.js';
import type { TimelineBox, TimelineConnector, TimelineNote } from './types.js';

/** Where a note's event sits: the x its connector aims at and the mark's top and bottom. */
export interface TimelineNoteAnchor {
  eventIndex: number;
  x: number;
  top: number;
  bottom: number;
}

/** A note waiting for a place: its text and the visible events it speaks of. */
export interface TimelineNoteRequest {
  annotationIndex: number;
  heading: string;
  /** The words as drawn, with quotation marks already added for direct speech. */
  text: string;
  anchors: TimelineNoteAnchor[];
}

/** The wrapped text of one note at one width; cached because it changes only with the width. */
export interface TimelineNoteText {
  headingLines: string[];
  quoteLines: string[];
  isClamped: boolean;
  height: number;
}

/** The displayed words of an annotation: direct speech in quotation marks, the rest as written. */
export function displayedQuote(kind: string, quote: string): string {
  return kind === 'quote' ? `“${quote.trim()}”` : quote.trim();
}

/** The result of placement, in coordinates where the event band's top and the axis's bottom are given. */
export interface TimelineNotePlacement {
  notes: TimelineNote[];
  /** Annotations that found no room, with the anchor their marker goes on. */
  unplaced: Array<{ annotationIndex: number; anchor: TimelineNoteAnchor }>;
  /** Height taken above the band and below the axis. */
  aboveHeight: number;
  belowHeight: number;
}

/** Geometry the placement works within. */
export interface TimelineNoteArea {
  left: number;
  right: number;
  /** y of the top of the event band (notes above end here) and of the axis's bottom (notes below start here). */
  bandTop: number;
  axisBottom: number;
}

interface Shelf {
  side: 'above' | 'below';
  depth: number;
  /** Occupied x-intervals: note boxes, and corridors of connectors that pass through this shelf. */
  boxes: Array<[number, number]>;
  corridors: Array<[number, number]>;
  height: number;
}

interface Candidate {
  shelf: Shelf;
  x: number;
  cost: number;
  /** Per anchor, the x where its connector leaves the note. */
  attach: number[];
}

const SHELF_PENALTY_PX = 160;
/** Narrowest a note gets so that more fit side by side on a shelf. */
const NOTE_MIN_WIDTH_PX = 200;
/** Clearance kept between a connector and the notes it passes. */
const CLEARANCE_PX = 4;
const CONNECTOR_INSET_PX = 12;
const NOTE_BORDERS_PX = 5;
const MORE_BUTTON_PX = 24;

/**
 * Wraps a note's heading and words to the note's inner width, clamping the words to
 * `metrics.noteMaxLines` lines, and returns the lines with the note's height.
 */
export function measureNote(
  request: Pick<TimelineNoteRequest, 'heading' | 'text'>,
  widthPx: number,
  metrics: TimelineMetrics,
  measure: TimelineMeasure,
): TimelineNoteText {
  // The note's borders (1 px, and 4 px on the start side) and two px of slack for rounding
  // between the measure and the browser's own text layout.
  const inner = widthPx - 2 * metrics.notePaddingPx - NOTE_BORDERS_PX - 2;
  const headingLines = request.heading ? wrapText(request.heading, inner, metrics.noteMetaFont, measure) : [];
  let quoteLines = wrapText(request.text, inner, metrics.noteQuoteFont, measure);
  const isClamped = quoteLines.length > metrics.noteMaxLines;
  if (isClamped) {
    quoteLines = quoteLines.slice(0, metrics.noteMaxLines);
    const last = quoteLines.length - 1;
    quoteLines[last] = truncateText(`${quoteLines[last]}…`, inner, metrics.noteQuoteFont, measure);
  }
  const height =
    2 * metrics.notePaddingPx +
    headingLines.length * metrics.noteMetaLinePx +
    quoteLines.length * metrics.noteQuoteLinePx +
    // the source line, always present, and taller when it holds the 24 px "more" button
    (isClamped ? Math.max(metrics.noteMetaLinePx, MORE_BUTTON_PX + 2) : metrics.noteMetaLinePx) +
    (headingLines.length ? 4 : 0) +
    4 +
    2;
  return { headingLines, quoteLines, isClamped, height };
}

/** Free stretches of [left, right] between the occupied intervals. */
function gapsOf(occupied: Array<[number, number]>, left: number, right: number, gap: number): Array<[number, number]> {
  const sorted = [...occupied].sort((a, b) => a[0] - b[0]);
  const gaps: Array<[number, number]> = [];
  let cursor = left;
  for (const [start, end] of sorted) {
    if (start - gap > cursor) gaps.push([cursor, start - gap]);
    cursor = Math.max(cursor, end + gap);
  }
  if (cursor < right) gaps.push([cursor, right]);
  return gaps;
}

/** The x where a connector leaves a note towards an anchor: straight above or below it when possible. */
function attachX(anchorX: number, noteX: number, width: number): number {
  return Math.min(Math.max(anchorX, noteX + CONNECTOR_INSET_PX), noteX + width - CONNECTOR_INSET_PX);
}

/**
 * Places notes on shelves above the event band and below the axis, nearest their events:
 * each note, taken in the order of its events' x, goes to the candidate (shelf, x) of least
 * cost (distance from its events plus a penalty per shelf away from the band) where its box
 * touches no other note and no connector runs under it. A note on a farther shelf sends its
 * connectors straight through a gap between the nearer notes, then on to its events, so no
 * connector crosses a note. Notes narrow (to 200 px) so that more fit side by side.
 * Shelves are disjoint bands of y, so boxes on different shelves never meet. Notes that fit
 * nowhere within `metrics.noteMaxShelves` shelves a side are returned as `unplaced`.
 */
export function placeAnnotations(
  requests: readonly TimelineNoteRequest[],
  area: TimelineNoteArea,
  metrics: TimelineMetrics,
  measure: TimelineMeasure,
  textCache: Map<string, TimelineNoteText>,
): TimelineNotePlacement {
  const gap = metrics.noteGapPx;
  const available = area.right - area.left;
  // As many notes of at least NOTE_MIN_WIDTH_PX as fit side by side, then as wide as allowed.
  const perShelf = Math.max(1, Math.floor((available + gap) / (NOTE_MIN_WIDTH_PX + gap)));
  const width = Math.min(metrics.noteWidthPx, (available - (perShelf - 1) * gap) / perShelf);
  const shelves: Shelf[] = [];
  for (let depth = 0; depth < metrics.noteMaxShelves; depth++) {
    for (const side of ['above', 'below'] as const) shelves.push({ side, depth, boxes: [], corridors: [], height: 0 });
  }
  const shelfOf = (side: 'above' | 'below', depth: number) => shelves[depth * 2 + (side === 'above' ? 0 : 1)];

  const ordered = [...requests].sort((a, b) => centreOf(a) - centreOf(b) || a.annotationIndex - b.annotationIndex);
  const placed: Array<{ request: TimelineNoteRequest; text: TimelineNoteText; shelf: Shelf; x: number; attach: number[] }> = [];
  const unplaced: TimelineNotePlacement['unplaced'] = [];

  for (const request of ordered) {
    const cacheKey = `${request.annotationIndex}:${width}`;
    let text = textCache.get(cacheKey);
    if (!text) {
      text = measureNote(request, width, metrics, measure);
      textCache.set(cacheKey, text);
    }
    const desired = Math.min(Math.max(centreOf(request) - width / 2, area.left), area.right - width);
    const best = bestCandidate(request, shelves, shelfOf, desired, width, area, gap);
    if (!best) {
      unplaced.push({ annotationIndex: request.annotationIndex, anchor: request.anchors[0] });
      continue;
    }
    const { shelf, x, attach } = best;
    shelf.boxes.push([x, x + width]);
    shelf.height = Math.max(shelf.height, text.height);
    // A connector from a farther shelf runs straight through the nearer ones: keep its lane free.
    for (const from of attach) {
      for (let depth = 0; depth < shelf.depth; depth++) shelfOf(shelf.side, depth).corridors.push([from - 2, from + 2]);
    }
    placed.push({ request, text, shelf, x, attach });
  }

  // Shelf offsets are known only once every note is placed: stack shelves outwards from the band.
  const offsets = new Map<Shelf, number>();
  let above = 0;
  let below = 0;
  for (let depth = 0; depth < metrics.noteMaxShelves; depth++) {
    const up = shelfOf('above', depth);
    const down = shelfOf('below', depth);
    if (up.height > 0) {
      above += gap;
      offsets.set(up, area.bandTop - above);
      above += up.height;
    }
    if (down.height > 0) {
      below += gap;
      offsets.set(down, area.axisBottom + below);
      below += down.height;
    }
  }

  const notes: TimelineNote[] = placed.map(({ request, text, shelf, x, attach }) => {
    const edge = offsets.get(shelf)!;
    const box: TimelineBox =
      shelf.side === 'above'
        ? { x, y: edge - text.height, width, height: text.height }
        : { x, y: edge, width, height: text.height };
    const connectors: TimelineConnector[] = request.anchors.map((anchor, i) => ({
      eventIndex: anchor.eventIndex,
      x1: attach[i],
      y1: shelf.side === 'above' ? box.y + box.height : box.y,
      x2: anchor.x,
      y2: shelf.side === 'above' ? anchor.top : anchor.bottom,
      // From a farther shelf: straight down (or up) between the nearer notes, then to the event.
      ...(shelf.depth > 0 ? { bendY: shelf.side === 'above' ? area.bandTop - gap / 2 : area.axisBottom + gap / 2 } : {}),
    }));
    return {
      annotationIndex: request.annotationIndex,
      side: shelf.side,
      box,
      headingLines: text.headingLines,
      quoteLines: text.quoteLines,
      isClamped: text.isClamped,
      connectors,
    };
  });
  notes.sort((a, b) => a.annotationIndex - b.annotationIndex);
  return { notes, unplaced, aboveHeight: above, belowHeight: below };
}

function centreOf(request: TimelineNoteRequest): number {
  let sum = 0;
  for (const anchor of request.anchors) sum += anchor.x;
  return sum / request.anchors.length;
}

function bestCandidate(
  request: TimelineNoteRequest,
  shelves: readonly Shelf[],
  shelfOf: (side: 'above' | 'below', depth: number) => Shelf,
  desired: number,
  width: number,
  area: TimelineNoteArea,
  gap: number,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const shelf of shelves) {
    const shelfCost = shelf.depth * SHELF_PENALTY_PX + (shelf.side === 'below' ? SHELF_PENALTY_PX / 4 : 0);
    if (best && shelfCost >= best.cost) continue;
    const occupied = [...shelf.boxes, ...shelf.corridors];
    const nearer: Array<[number, number]> = [];
    for (let depth = 0; depth < shelf.depth; depth++) nearer.push(...shelfOf(shelf.side, depth).boxes);
    for (const [start, end] of gapsOf(occupied, area.left, area.right, gap)) {
      if (end - start < width) continue;
      const x = Math.min(Math.max(desired, start), end - width);
      const cost = shelfCost + Math.abs(x - desired);
      if (best && cost >= best.cost) continue;
      const attach = request.anchors.map((anchor) => (shelf.depth === 0 ? attachX(anchor.x, x, width) : routeX(anchor.x, x, width, nearer)));
      if (attach.some((from) => Number.isNaN(from))) continue;
      best = { shelf, x, cost, attach };
    }
  }
  return best;
}

/**
 * Where a connector from a note on a farther shelf can leave it: a point of the note's bottom
 * (or top) edge, nearest its event, from which a straight line to the band crosses none of the
 * notes on nearer shelves. NaN when the nearer notes leave no such lane under this note.
 */
function routeX(anchorX: number, noteX: number, width: number, nearer: ReadonlyArray<[number, number]>): number {
  const lanes = gapsOf(
    nearer.map(([start, end]) => [start - CLEARANCE_PX, end + CLEARANCE_PX]),
    noteX + CONNECTOR_INSET_PX,
    noteX + width - CONNECTOR_INSET_PX,
    0,
  );
  let best = NaN;
  for (const [start, end] of lanes) {
    const x = Math.min(Math.max(anchorX, start), end);
    if (Number.isNaN(best) || Math.abs(x - anchorX) < Math.abs(best - anchorX)) best = x;
  }
  return best;
}
