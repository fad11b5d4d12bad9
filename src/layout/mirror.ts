import type { TimelineBox, TimelineConnector, TimelineLayout } from './types.js';

/**
 * Mirrors a layout left to right for right-to-left pages, so that time runs from right to left.
 * Every x is reflected across the middle; boxes keep their size; nothing vertical moves.
 */
export function mirrorLayout(layout: TimelineLayout): TimelineLayout {
  const w = layout.width;
  const flip = (x: number) => w - x;
  const box = (b: TimelineBox): TimelineBox => ({ ...b, x: w - b.x - b.width });
  const connector = (c: TimelineConnector): TimelineConnector => ({
    ...c,
    x1: flip(c.x1),
    x2: flip(c.x2),
    ...(c.elbowX === undefined ? {} : { elbowX: flip(c.elbowX) }),
  });
  return {
    ...layout,
    direction: 'rtl',
    left: flip(layout.right),
    right: flip(layout.left),
    ticks: layout.ticks.map((tick) => ({ ...tick, x: flip(tick.x), labelX: flip(tick.labelX) })),
    lanes: layout.lanes.map((lane) => ({ ...lane, x: flip(lane.x) })),
    marks: layout.marks.map((mark) => ({ ...mark, x0: flip(mark.x1), x1: flip(mark.x0), labelX: flip(mark.labelX), hitBox: box(mark.hitBox) })),
    bins: layout.bins.map((bin) => ({ ...bin, x0: flip(bin.x1), x1: flip(bin.x0) })),
    notes: layout.notes.map((note) => ({ ...note, box: box(note.box), connectors: note.connectors.map(connector) })),
    markers: layout.markers.map((marker) => ({ ...marker, box: box(marker.box), connector: connector(marker.connector) })),
  };
}
