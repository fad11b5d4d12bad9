import { eventEndMs } from '../model/span.js';
import { bisectLeft } from './bisect.js';
import { displayedQuote, measureNote } from './annotations.js';
import { formatDate } from './format-date.js';
import type { TimelineLayoutOptions } from './layout.js';
import { wrapText } from './measure.js';
import { cullView, DEFAULT_MAX_MARKS, type TimelinePrepared } from './prepare.js';
import { createTimeScale } from './time-scale.js';
import type { TimelineBin, TimelineConnector, TimelineEventMark, TimelineLayout, TimelineNote } from './types.js';

const RAIL_X = 20;
const CONTENT_X = 40;
const NOTE_INDENT_PX = 12;
const SIDE_PADDING_PX = 12;
const BLOCK_GAP_PX = 16;
const GUTTER_X = RAIL_X + 10;
const BIN_ROW_PX = 32;
const BIN_COUNT = 12;

/**
 * The vertical layout, for narrow screens: time runs down a rail at the start edge. Each event
 * in view is a block beside the rail (its date when it differs from the one before, then its
 * wrapped title), followed by the notes that first speak of it, indented, each joined to the
 * rail by a short connector that runs in the gutter between rail and text, so it crosses
 * nothing. Blocks follow time order rather than a proportional scale, so no space is wasted
 * and nothing can overlap. Where events are too dense, the view is split into periods counted
 * as bins, each a row of its own.
 */
export function layoutVertical(prepared: TimelinePrepared, options: TimelineLayoutOptions): TimelineLayout {
  const { model } = prepared;
  const { metrics, measure, view, locale } = options;
  const width = Math.max(options.width, CONTENT_X + SIDE_PADDING_PX + 40);
  const right = width - SIDE_PADDING_PX;
  const culled = cullView(prepared, view, options.maxMarks ?? DEFAULT_MAX_MARKS);
  const labelLinePx = Math.round(metrics.labelPx * 1.35);
  const top = metrics.noteGapPx;
  let y = top;

  const marks: TimelineEventMark[] = [];
  const notes: TimelineNote[] = [];
  const bins: TimelineBin[] = [];
  const markOf = new Map<number, TimelineEventMark>();
  const noteWidth = right - CONTENT_X - NOTE_INDENT_PX;

  if (culled.isAggregated) {
    for (const bin of countBins(prepared, view, y)) {
      bins.push(bin);
      y += BIN_ROW_PX;
    }
  } else {
    const placedAnnotations = new Set<number>();
    let previousDate = '';
    for (const index of culled.visible) {
      const event = model.events[index];
      const date = formatDate(event.start, locale, 'short');
      const dateLabel = date === previousDate ? '' : date;
      previousDate = date;
      const labelLines = wrapText(event.title, right - CONTENT_X - 2, metrics.labelFont, measure);
      // A date note is readable on the event itself, in small type under its title.
      const noteLines = event.dateNote ? wrapText(event.dateNote, right - CONTENT_X - 2, metrics.axisFont, measure) : [];
      const height = Math.max(
        (dateLabel ? metrics.noteMetaLinePx : 0) + labelLines.length * labelLinePx + noteLines.length * metrics.noteMetaLinePx + 8,
        28,
      );
      const isPoint = event.start.startMs === eventEndMs(event);
      const mark: TimelineEventMark = {
        eventIndex: index,
        lane: prepared.lanes.laneOf[index],
        row: 0,
        shape: isPoint ? 'point' : 'bar',
        x0: RAIL_X - 5,
        x1: RAIL_X + 5,
        y,
        height,
        label: event.title,
        labelLines,
        dateLabel,
        noteLines,
        labelX: CONTENT_X,
        isLabelTruncated: false,
        hitBox: { x: RAIL_X - 12, y, width: right - (RAIL_X - 12), height },
      };
      marks.push(mark);
      markOf.set(index, mark);
      y += height;
      for (const annotationIndex of event.annotationIndexes) {
        if (placedAnnotations.has(annotationIndex)) continue;
        placedAnnotations.add(annotationIndex);
        const annotation = model.annotations[annotationIndex];
        const heading = annotation.speaker ? [annotation.speaker.name, annotation.speaker.role].filter(Boolean).join(', ') : options.noteHeading;
        const cacheKey = `${annotationIndex}:${noteWidth}`;
        let text = prepared.noteText.get(cacheKey);
        if (!text) {
          text = measureNote({ heading, text: displayedQuote(annotation.kind, annotation.quote) }, noteWidth, metrics, measure);
          prepared.noteText.set(cacheKey, text);
        }
        y += metrics.noteGapPx / 2;
        notes.push({
          annotationIndex,
          side: 'below',
          box: { x: CONTENT_X + NOTE_INDENT_PX, y, width: noteWidth, height: text.height },
          headingLines: text.headingLines,
          quoteLines: text.quoteLines,
          isClamped: text.isClamped,
          connectors: [],
        });
        y += text.height;
      }
      y += BLOCK_GAP_PX;
    }
    // Connectors are drawn once every mark is placed, as a note may also speak of later events.
    for (const note of notes) {
      const annotation = model.annotations[note.annotationIndex];
      note.connectors = annotation.eventIndexes
        .map((eventIndex) => markOf.get(eventIndex))
        .filter((mark): mark is TimelineEventMark => !!mark)
        .map((mark): TimelineConnector => {
          const attachY = note.box.y + Math.min(14, note.box.height / 2);
          const markY = mark.y + mark.height / 2;
          return { eventIndex: mark.eventIndex, x1: note.box.x, y1: attachY, x2: mark.x1, y2: markY, elbowX: GUTTER_X };
        });
    }
  }

  const height = Math.max(y, top + BIN_ROW_PX) + metrics.noteGapPx;
  return {
    orientation: 'vertical',
    direction: 'ltr',
    width,
    height,
    view: [view[0], view[1]],
    left: RAIL_X,
    right,
    bandTop: top,
    axisY: height - metrics.noteGapPx,
    ticks: [],
    lanes: [],
    marks,
    bins,
    notes,
    markers: [],
    visibleEventCount: culled.count,
    firstVisibleIndex: culled.visible.length ? culled.visible[0] : culled.isAggregated ? culled.first : -1,
    lastVisibleIndex: culled.visible.length ? culled.visible[culled.visible.length - 1] : culled.isAggregated ? culled.end - 1 : -1,
    isAggregated: culled.isAggregated,
  };
}

/** Counts of events per period of the view (ticks of a time scale), one row each, empty periods left out. */
function countBins(prepared: TimelinePrepared, view: readonly [number, number], top: number): TimelineBin[] {
  const scale = createTimeScale(view, 0, 1);
  const bounds = [view[0], ...scale.ticks(BIN_COUNT).map(Number).filter((ms) => ms > view[0] && ms < view[1]), view[1]];
  const bins: TimelineBin[] = [];
  let y = top;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const count = bisectLeft(prepared.starts, bounds[i + 1]) - bisectLeft(prepared.starts, bounds[i]);
    if (count === 0) continue;
    bins.push({ lane: 0, x0: RAIL_X - 5, x1: RAIL_X + 5, y, height: BIN_ROW_PX - 6, count, startMs: bounds[i], endMs: bounds[i + 1] });
    y += BIN_ROW_PX;
  }
  return bins;
}
