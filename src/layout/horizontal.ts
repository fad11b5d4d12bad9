import { eventEndMs } from '../model/span.js';
import { bisectLeft } from './bisect.js';
import { displayedQuote, placeAnnotations, type TimelineNoteAnchor, type TimelineNoteRequest } from './annotations.js';
import type { TimelineLayoutOptions } from './layout.js';
import type { TimelineMeasure } from './measure.js';
import type { TimelineMetrics } from './metrics.js';
import { cullView, DEFAULT_MAX_MARKS, type TimelinePrepared } from './prepare.js';
import { computeTicks } from './ticks.js';
import { createTimeScale } from './time-scale.js';
import type { TimelineBin, TimelineEventMark, TimelineLaneLabel, TimelineLayout, TimelineNoteMarker } from './types.js';

const SIDE_PADDING_PX = 12;
const LABEL_INSET_PX = 6;
const POINT_HALF_PX = 6;
const BIN_WIDTH_PX = 6;

/**
 * The horizontal layout: time runs across, lanes of events stack in a band above the axis,
 * notes sit on shelves above the band and below the axis, with connectors to their events.
 */
export function layoutHorizontal(prepared: TimelinePrepared, options: TimelineLayoutOptions): TimelineLayout {
  const { model, lanes } = prepared;
  const { metrics, measure, view } = options;
  const width = Math.max(options.width, 1);
  const left = SIDE_PADDING_PX;
  const right = Math.max(width - SIDE_PADDING_PX, left + 1);
  const scale = createTimeScale(view, left, right);
  const x = (ms: number) => scale(ms);

  // Lanes, top to bottom, relative to the band's top.
  const showLaneHeaders = lanes.lanes.length > 1 || lanes.lanes[0] !== '';
  const laneTops: number[] = [];
  const laneLabels: TimelineLaneLabel[] = [];
  let bandHeight = metrics.lanePaddingPx;
  lanes.lanes.forEach((name, lane) => {
    const header = showLaneHeaders ? metrics.laneHeaderPx : 0;
    const rows = Math.max(lanes.rowCounts[lane], 1);
    const rowsHeight = rows * metrics.rowPx + (rows - 1) * metrics.rowGapPx;
    laneTops.push(bandHeight + header);
    if (showLaneHeaders) laneLabels.push({ lane, text: name, x: left, y: bandHeight + header - 6, top: bandHeight + header, height: rowsHeight });
    bandHeight += header + rowsHeight + metrics.lanePaddingPx;
  });
  const rowTop = (lane: number, row: number) => laneTops[lane] + row * (metrics.rowPx + metrics.rowGapPx);

  const { visible, count: visibleEventCount, first, end, isAggregated } = cullView(prepared, view, options.maxMarks ?? DEFAULT_MAX_MARKS);

  const marks = isAggregated ? [] : buildMarks(prepared, visible, x, left, right, rowTop, metrics, measure);
  const bins = isAggregated ? buildBins(prepared, view, left, right, laneTops, metrics) : [];

  const requests: TimelineNoteRequest[] = [];
  if (!isAggregated) {
    const markOf = new Map(marks.map((mark) => [mark.eventIndex, mark]));
    // An event's notes aim at points spread along its visible bar, in data order, so that
    // their connectors fan out instead of meeting in one point.
    const anchorFor = (eventIndex: number, annotationIndex: number): TimelineNoteAnchor | undefined => {
      const mark = markOf.get(eventIndex);
      if (!mark) return undefined;
      const from = Math.max(mark.x0, left) + 4;
      const to = Math.min(mark.x1, right) - 4;
      const siblings = model.events[eventIndex].annotationIndexes;
      const share = (siblings.indexOf(annotationIndex) + 0.5) / siblings.length;
      const x = to > from ? from + share * (to - from) : (mark.x0 + mark.x1) / 2;
      return { eventIndex, x, top: mark.y, bottom: mark.y + mark.height };
    };
    model.annotations.forEach((annotation, annotationIndex) => {
      const anchors = annotation.eventIndexes.map((i) => anchorFor(i, annotationIndex)).filter((a): a is TimelineNoteAnchor => !!a);
      if (anchors.length === 0) return;
      const heading = annotation.speaker
        ? [annotation.speaker.name, annotation.speaker.role].filter(Boolean).join(', ')
        : options.noteHeading;
      requests.push({ annotationIndex, heading, text: displayedQuote(annotation.kind, annotation.quote), anchors });
    });
  }
  const placement = placeAnnotations(requests, { left, right, bandTop: 0, axisBottom: 0 }, metrics, measure, prepared.noteText);

  // Stack vertically: notes above, the marker strip, the band, the axis, notes below.
  const markerStrip = markerStripHeight(
    placement.unplaced.map((item) => item.anchor.x),
    left,
    right,
    metrics.markerPx,
  );
  const bandTop = Math.max(placement.aboveHeight, metrics.noteGapPx) + markerStrip;
  const axisY = bandTop + bandHeight;
  const axisBottom = axisY + metrics.axisPx;
  const height = axisBottom + placement.belowHeight + metrics.noteGapPx;

  for (const mark of marks) {
    mark.y += bandTop;
    mark.hitBox.y += bandTop;
  }
  for (const bin of bins) bin.y += bandTop;
  for (const label of laneLabels) {
    label.y += bandTop;
    label.top += bandTop;
  }
  for (const note of placement.notes) {
    const offset = note.side === 'above' ? bandTop - markerStrip : axisBottom;
    note.box.y += offset;
    for (const connector of note.connectors) {
      connector.y1 += offset;
      connector.y2 += bandTop;
      if (connector.bendY !== undefined) connector.bendY += offset;
    }
  }
  const markers = placeMarkers(placement.unplaced, bandTop, left, right, metrics);

  const ticks = computeTicks(scale, options.locale, metrics.axisFont, metrics.tickMinGapPx, measure, prepared.hasTimes);
  return {
    orientation: 'horizontal',
    direction: 'ltr',
    width,
    height,
    view: [view[0], view[1]],
    left,
    right,
    bandTop,
    axisY,
    ticks,
    lanes: laneLabels,
    marks,
    bins,
    notes: placement.notes,
    markers,
    visibleEventCount,
    firstVisibleIndex: visible.length ? visible[0] : isAggregated ? first : -1,
    lastVisibleIndex: visible.length ? visible[visible.length - 1] : isAggregated ? end - 1 : -1,
    isAggregated,
  };
}

/**
 * Marks and labels of the events in view. A label starts inside its mark (or at the plot's
 * left edge when the mark starts before the view) and may run on to just before the next mark
 * in its row; longer titles are shortened with an ellipsis, and dropped when no room is left.
 */
function buildMarks(
  prepared: TimelinePrepared,
  visible: readonly number[],
  x: (ms: number) => number,
  left: number,
  right: number,
  rowTop: (lane: number, row: number) => number,
  metrics: TimelineMetrics,
  measure: TimelineMeasure,
): TimelineEventMark[] {
  const { model, lanes } = prepared;
  const marks: TimelineEventMark[] = [];
  const lastInRow = new Map<string, TimelineEventMark>();
  const limitOf = new Map<TimelineEventMark, number>();
  for (const index of visible) {
    const row = lanes.rowOf[index];
    if (row < 0) continue;
    const event = model.events[index];
    const lane = lanes.laneOf[index];
    const startMs = event.start.startMs;
    const endMs = eventEndMs(event);
    const isPoint = startMs === endMs;
    const x0 = isPoint ? x(startMs) : Math.max(x(startMs), left - 1);
    const x1 = isPoint ? x0 : Math.min(Math.max(x(endMs), x0 + 4), right + 1);
    const mark: TimelineEventMark = {
      eventIndex: index,
      lane,
      row,
      shape: isPoint ? 'point' : 'bar',
      x0,
      x1,
      y: rowTop(lane, row),
      height: metrics.rowPx,
      label: '',
      labelX: (isPoint ? x0 + POINT_HALF_PX : Math.max(x0, left)) + LABEL_INSET_PX,
      isLabelTruncated: false,
      hitBox: { x: 0, y: 0, width: 0, height: 0 },
    };
    const key = `${lane}:${row}`;
    const previous = lastInRow.get(key);
    if (previous) limitOf.set(previous, (isPoint ? x0 - POINT_HALF_PX : x0) - LABEL_INSET_PX);
    lastInRow.set(key, mark);
    marks.push(mark);
  }
  const previousInRow = new Map<string, TimelineEventMark>();
  for (const mark of marks) {
    const limit = Math.min(limitOf.get(mark) ?? right, right);
    const title = model.events[mark.eventIndex].title;
    const room = limit - mark.labelX;
    // Only the title's whole width is measured (once, cached by the measure); where it is too
    // long, CSS cuts it with an ellipsis at the room given, so no shortening is measured per frame.
    const titleWidth = measure(title, metrics.labelFont);
    mark.label = room >= 24 ? title : '';
    mark.isLabelTruncated = titleWidth > room;
    const labelEnd = mark.label ? mark.labelX + Math.min(titleWidth, room) : mark.labelX;
    const halfPoint = mark.shape === 'point' ? POINT_HALF_PX : 0;
    const hitLeft = Math.max(mark.x0 - halfPoint, left);
    const hitRight = Math.min(Math.max(mark.x1 + halfPoint, labelEnd, hitLeft + 24), limit + LABEL_INSET_PX, right);
    mark.hitBox = { x: hitLeft, y: mark.y, width: Math.max(hitRight - hitLeft, 0), height: mark.height };
    // Where two marks of a row crowd each other, their targets meet halfway instead of overlapping.
    const key = `${mark.lane}:${mark.row}`;
    const previous = previousInRow.get(key);
    if (previous) {
      const previousRight = previous.hitBox.x + previous.hitBox.width;
      if (previousRight > mark.hitBox.x) {
        const end = mark.hitBox.x + mark.hitBox.width;
        const meet = Math.min(Math.max((previousRight + mark.hitBox.x) / 2, previous.hitBox.x), end);
        previous.hitBox.width = meet - previous.hitBox.x;
        mark.hitBox.x = meet;
        mark.hitBox.width = end - meet;
      }
    }
    previousInRow.set(key, mark);
  }
  return marks;
}

/** Counts of events per slice of the view in each lane, drawn as bars whose height grows with the count. */
function buildBins(
  prepared: TimelinePrepared,
  view: readonly [number, number],
  left: number,
  right: number,
  laneTops: readonly number[],
  metrics: TimelineMetrics,
): TimelineBin[] {
  const slices = Math.max(1, Math.floor((right - left) / BIN_WIDTH_PX));
  const sliceMs = (view[1] - view[0]) / slices;
  const counted: Array<Omit<TimelineBin, 'y' | 'height'> & { rows: number }> = [];
  let maxCount = 1;
  prepared.laneStarts.forEach((starts, lane) => {
    let from = bisectLeft(starts, view[0]);
    for (let slice = 0; slice < slices; slice++) {
      const sliceEnd = view[0] + (slice + 1) * sliceMs;
      const to = bisectLeft(starts, sliceEnd, from);
      const count = to - from;
      if (count > 0) {
        const x0 = left + slice * BIN_WIDTH_PX;
        counted.push({ lane, x0, x1: x0 + BIN_WIDTH_PX - 1, count, startMs: sliceEnd - sliceMs, endMs: sliceEnd, rows: Math.max(prepared.lanes.rowCounts[lane], 1) });
        maxCount = Math.max(maxCount, count);
      }
      from = to;
    }
  });
  return counted.map(({ rows, ...bin }) => {
    const laneHeight = rows * metrics.rowPx + (rows - 1) * metrics.rowGapPx;
    const height = Math.max(2, Math.sqrt(bin.count / maxCount) * laneHeight);
    return { ...bin, y: laneTops[bin.lane] + laneHeight - height, height };
  });
}

/**
 * Numbered markers for notes that found no room, in a strip just above the band: each goes to
 * the first row of the strip where it fits at (or right of) its event, and the strip grows a
 * row when none has room, so markers never overlap and none is lost.
 */
function placeMarkers(
  unplaced: ReadonlyArray<{ annotationIndex: number; anchor: TimelineNoteAnchor }>,
  bandTop: number,
  left: number,
  right: number,
  metrics: TimelineMetrics,
): TimelineNoteMarker[] {
  const size = metrics.markerPx;
  const sorted = [...unplaced].sort((a, b) => a.anchor.x - b.anchor.x || a.annotationIndex - b.annotationIndex);
  const rowsNeeded = markerRows(sorted.map((item) => item.anchor.x), left, right, size);
  return sorted.map(({ annotationIndex, anchor }, i) => {
    const { row, x } = rowsNeeded.places[i];
    const y = bandTop - MARKER_GAP_PX - (rowsNeeded.count - row) * (size + MARKER_GAP_PX);
    return {
      annotationIndex,
      eventIndex: anchor.eventIndex,
      number: annotationIndex + 1,
      box: { x, y, width: size, height: size },
      connector: { eventIndex: anchor.eventIndex, x1: x + size / 2, y1: y + size, x2: anchor.x, y2: bandTop + anchor.top },
    };
  });
}

const MARKER_GAP_PX = 4;

/** Rows and x of markers wanted at `xs` (ascending), `size` px wide, within [left, right]. */
function markerRows(xs: readonly number[], left: number, right: number, size: number): { count: number; places: Array<{ row: number; x: number }> } {
  const cursors: number[] = [];
  const places = xs.map((wanted) => {
    const desired = Math.min(Math.max(wanted - size / 2, left), right - size);
    let row = cursors.findIndex((cursor) => cursor <= desired);
    if (row === -1) row = cursors.findIndex((cursor) => cursor + size <= right);
    if (row === -1) {
      cursors.push(left);
      row = cursors.length - 1;
    }
    const x = Math.max(desired, cursors[row]);
    cursors[row] = x + size + MARKER_GAP_PX;
    return { row, x };
  });
  return { count: cursors.length, places };
}

/** Height of the marker strip for the notes that found no room. */
function markerStripHeight(xs: readonly number[], left: number, right: number, size: number): number {
  const { count } = markerRows([...xs].sort((a, b) => a - b), left, right, size);
  return count ? count * (size + MARKER_GAP_PX) + MARKER_GAP_PX : 0;
}
