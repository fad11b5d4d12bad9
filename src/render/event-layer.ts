import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TimelineLayout } from '../layout/types.js';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { eventAccessibleName } from './format.js';

/** What the event layer needs beyond the layout. */
export interface TimelineEventLayerState {
  model: TimelineModel;
  locale: string;
  strings: TimelineStrings;
  selectedIndex: number;
  /** The event that holds the roving tab stop. */
  focusIndex: number;
  onSelect: (eventIndex: number) => void;
}

/**
 * The events in view as a list of buttons laid over their marks: the part of the drawing that
 * carries meaning and focus. Each button's name reads the date in words, title, place, date
 * note and how many notes it has; its visible label is the (possibly shortened) title.
 * One button holds the tab stop; arrow keys move it (see the keyboard controller).
 */
export function renderEventLayer(layout: TimelineLayout, state: TimelineEventLayerState): TemplateResult {
  const { model, locale, strings, selectedIndex, focusIndex } = state;
  const total = model.events.length;
  return html`<ol class="layer events" aria-label=${strings.eventsLabel}>
    ${repeat(layout.marks, (mark) => mark.eventIndex, (mark) => {
      const event = model.events[mark.eventIndex];
      const box = mark.hitBox;
      const position = { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` };
      const labelPosition = { left: `${mark.labelX - box.x}px`, right: '0' };
      const isSelected = mark.eventIndex === selectedIndex;
      return html`<li aria-setsize=${total} aria-posinset=${mark.eventIndex + 1}>
        <button
          part=${isSelected ? 'event-button event-button--selected' : 'event-button'}
          class="event-button"
          style=${styleMap(position)}
          data-event=${mark.eventIndex}
          tabindex=${mark.eventIndex === focusIndex ? 0 : -1}
          aria-pressed=${isSelected ? 'true' : 'false'}
          aria-label=${eventAccessibleName(event, locale, strings)}
          @click=${() => state.onSelect(mark.eventIndex)}
        ><span part="event-label" class="event-label" style=${styleMap(labelPosition)}>${mark.label}</span></button>
      </li>`;
    })}
  </ol>`;
}
