import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineLayout } from '../layout/types.js';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { cssProps } from './css-props.js';
import { formatEventDate } from './format.js';

const TIP_WIDTH_PX = 280;

/**
 * A tip under the hovered or focused event: its date in words and, when it has one, its date
 * note, so that what a date stands for is readable on the event itself. It never holds the
 * only copy of anything (the details and the accessible name say the same), it stays while the
 * pointer moves onto it (it carries the event's `data-event`), and Escape dismisses it.
 */
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
  const box = mark.hitBox;
  const width = Math.min(TIP_WIDTH_PX, layout.width - 8);
  const left = Math.min(Math.max(box.x, 4), layout.width - width - 4);
  const below = box.y + box.height + 4;
  return html`<div
    part="tooltip"
    class="tooltip"
    role="tooltip"
    data-event=${eventIndex}
    style=${cssProps({ left: `${left}px`, top: `${below}px`, 'max-width': `${width}px` })}
  >
    <span class="tip-date">${formatEventDate(event, locale, strings)}</span>
    ${event.dateNote ? html`<span class="tip-note" dir="auto">${strings.dateNote(event.dateNote)}</span>` : nothing}
  </div>`;
}
