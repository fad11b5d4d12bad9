import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineLayout } from '../layout/types.js';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { cssProps } from './css-props.js';
import { formatEventDate } from './format.js';

const TIP_WIDTH_PX = 300;

/**
 * A tip: a heading line and a text under a box of the drawing. It never holds the only copy
 * of anything (the details and the accessible names say the same); it carries the data
 * attribute of what it explains, so it stays while the pointer moves onto it; Escape dismisses it.
 */
function renderTip(
  layout: TimelineLayout,
  under: { x: number; y: number; height: number },
  eventIndex: number,
  heading: string,
  text: string | undefined,
): TemplateResult {
  const width = Math.min(TIP_WIDTH_PX, layout.width - 8);
  const left = Math.min(Math.max(under.x, 4), layout.width - width - 4);
  return html`<div
    part="tooltip"
    class="tooltip"
    role="tooltip"
    data-event=${eventIndex}
    style=${cssProps({ left: `${left}px`, top: `${under.y + under.height + 4}px`, 'max-width': `${width}px` })}
  >
    <span class="tip-heading" dir="auto">${heading}</span>
    ${text ? html`<span dir="auto">${text}</span>` : nothing}
  </div>`;
}

/** The tip of the hovered or focused event: its date in words and, when it has one, its date note. */
export function renderTooltip(
  layout: TimelineLayout,
  model: TimelineModel,
  eventIndex: number,
  locale: string,
  strings: TimelineStrings,
): TemplateResult | typeof nothing {
  const mark = layout.marks.find((m) => m.eventIndex === eventIndex);
  if (!mark) return nothing;
  const event = model.events[eventIndex];
  const note = event.dateNote ? strings.dateNote(event.dateNote) : undefined;
  return renderTip(layout, mark.hitBox, eventIndex, formatEventDate(event, locale, strings), note);
}
