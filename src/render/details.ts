import { html, type TemplateResult } from 'lit';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { renderEventContent } from './event-content.js';

/**
 * The selected event's details under the drawing, with a close button; a note clamped on
 * screen is whole here.
 */
export function renderDetails(
  model: TimelineModel,
  eventIndex: number,
  locale: string,
  strings: TimelineStrings,
  headingLevel: number,
  onClose: () => void,
): TemplateResult {
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <button class="details-close" part="details-close" @click=${onClose}>${strings.close}</button>
    ${renderEventContent(model, model.events[eventIndex], locale, strings, headingLevel > 0 ? headingLevel + 1 : 0, 'details-title')}
  </section>`;
}
