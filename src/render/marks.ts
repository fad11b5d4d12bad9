import { svg, type SVGTemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { TimelineLayout } from '../layout/types.js';

/** Lane backgrounds and their names. */
export function renderLanes(layout: TimelineLayout): SVGTemplateResult {
  return svg`${layout.lanes.map(
    (lane) => svg`
      <rect class="lane-background" x=${layout.left} y=${lane.top - 4} width=${layout.right - layout.left} height=${lane.height + 8} rx="4"></rect>
      <text part="lane-label" class="lane-label" x=${lane.x} y=${lane.y}>${lane.text}</text>`,
  )}`;
}

/**
 * Event marks: a bar across the period an event occupies (its day, month, year or range),
 * dashed when the date is coarser than a day; a diamond for an instant. The selected mark gets
 * a heavier outline, so selection never rests on colour alone; marks of the hovered or focused
 * note's events are outlined too.
 */
export function renderMarks(
  layout: TimelineLayout,
  events: readonly TimelineEvent[],
  selectedIndex: number,
  relatedEvents: ReadonlySet<number>,
): SVGTemplateResult {
  return svg`${layout.marks.map((mark) => {
    const event = events[mark.eventIndex];
    const coarse = event.start.precision === 'year' || event.start.precision === 'month';
    const classes = `mark g${mark.lane % 6}${coarse ? ' coarse' : ''}${mark.eventIndex === selectedIndex ? ' selected' : ''}${relatedEvents.has(mark.eventIndex) ? ' related' : ''}`;
    const top = mark.y + 3;
    const height = mark.height - 6;
    if (mark.shape === 'point') {
      const cy = top + height / 2;
      const r = 7;
      return svg`<path part="event" class=${classes} d=${`M${mark.x0} ${cy - r}L${mark.x0 + r} ${cy}L${mark.x0} ${cy + r}L${mark.x0 - r} ${cy}Z`}></path>`;
    }
    return svg`<rect part="event" class=${classes} x=${mark.x0} y=${top} width=${Math.max(mark.x1 - mark.x0, 4)} height=${height} rx="3"></rect>`;
  })}`;
}

/**
 * Where events are too dense to draw, a bar per slice of time whose height grows with the
 * count: one path per lane, so that a zoom frame updates a handful of elements, not hundreds.
 */
export function renderBins(layout: TimelineLayout): SVGTemplateResult {
  const paths = new Map<number, string[]>();
  for (const bin of layout.bins) {
    const x = Math.min(bin.x0, bin.x1);
    const width = Math.abs(bin.x1 - bin.x0);
    const d = `M${x} ${bin.y}h${width}v${bin.height}h${-width}Z`;
    const list = paths.get(bin.lane);
    if (list) list.push(d);
    else paths.set(bin.lane, [d]);
  }
  return svg`${[...paths].map(([lane, parts]) => svg`<path part="bin" class=${`bin g${lane % 6}`} d=${parts.join('')}></path>`)}`;
}

/** The rail of the vertical layout: one line down the start edge that the event marks sit on. */
export function renderRail(layout: TimelineLayout): SVGTemplateResult {
  const first = layout.marks[0] ?? layout.bins[0];
  const x = first ? (first.x0 + first.x1) / 2 : layout.left;
  return svg`<line part="axis" class="axis-line" x1=${x} x2=${x} y1=${layout.bandTop} y2=${layout.axisY}></line>`;
}
