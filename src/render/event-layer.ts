import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TimelineLayout } from '../layout/types.js';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { eventNameParts } from './format.js';

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
 * carries meaning and focus. Each button's name, from its content, reads the date in words,
 * the title, place, how many notes it has and the date note; only the title shows, cut with an
 * ellipsis by CSS where layout found too little room, and hidden where it found none.
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
      const name = eventNameParts(event, locale, strings);
      return html`<li aria-setsize=${total} aria-posinset=${mark.eventIndex + 1}>
        <button
          part=${isSelected ? 'event-button event-button--selected' : 'event-button'}
          class="event-button"
          style=${styleMap(position)}
          data-event=${mark.eventIndex}
          tabindex=${mark.eventIndex === focusIndex ? 0 : -1}
          aria-pressed=${isSelected ? 'true' : 'false'}
          @click=${() => state.onSelect(mark.eventIndex)}
        ><span class="visually-hidden">${name.before}</span><span
            part="event-label"
            class=${mark.label ? 'event-label' : 'visually-hidden'}
            style=${styleMap(mark.label ? labelPosition : {})}
          ><bdi>${event.title}</bdi></span><span class="visually-hidden">${name.after}</span></button>
      </li>`;
    })}
  </ol>`;
}
