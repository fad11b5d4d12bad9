import { svg, type SVGTemplateResult } from 'lit';
import type { TimelineLayout } from '../layout/types.js';

/**
 * The time axis: a baseline, a tick and a label per tick, and faint grid lines through the
 * event band. Lines sit on half pixels so one-pixel strokes stay crisp (as d3-axis does).
 */
export function renderAxis(layout: TimelineLayout): SVGTemplateResult {
  const { ticks, left, right, bandTop, axisY } = layout;
  const labelY = axisY + 18;
  return svg`
    <g class="grid-lines">
      ${ticks.map((tick) => svg`<line class="grid" x1=${Math.round(tick.x) + 0.5} x2=${Math.round(tick.x) + 0.5} y1=${bandTop} y2=${axisY}></line>`)}
    </g>
    <g part="axis" class="axis">
      <line class="axis-line" x1=${left} x2=${right} y1=${Math.round(axisY) + 0.5} y2=${Math.round(axisY) + 0.5}></line>
      ${ticks.map(
        (tick) => svg`
          <line part="tick" class="tick-line" x1=${Math.round(tick.x) + 0.5} x2=${Math.round(tick.x) + 0.5} y1=${axisY} y2=${axisY + 6}></line>
          <text
            part="tick-label"
            class=${tick.isMajor ? 'tick-label major' : 'tick-label'}
            x=${tick.labelX}
            y=${labelY}
            text-anchor="middle"
          >${tick.label}</text>`,
      )}
    </g>`;
}
