import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from './css-props.js';
import type { TimelineEventMark, TimelineLayout } from '../layout/types.js';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';

/** What the event layer needs beyond the layout. */
export interface TimelineEventLayerState {
  model: TimelineModel;
  strings: TimelineStrings;
  selectedIndex: number;
  /** The event that holds the roving tab stop. */
  focusIndex: number;
  /** The words read around an event's title (see `eventNameParts`); the element caches them across zoom frames. */
  nameOf: (eventIndex: number) => { before: string; after: string };
  /** `isRepeat`: a later click of a double (or triple) click, which selects without toggling. */
  onSelect: (eventIndex: number, isRepeat: boolean) => void;
}

/**
 * The events in view as a list of buttons laid over their marks: the part of the drawing that
 * carries meaning and focus. Each button's name, from its content, reads the date in words,
 * the title, place, how many notes it has and the date note; only the title shows, cut with an
 * ellipsis by CSS where layout found too little room, and hidden where it found none.
 * One button holds the tab stop; arrow keys move it (see the keyboard controller).
 */
export function renderEventLayer(layout: TimelineLayout, state: TimelineEventLayerState): TemplateResult {
  const { model, strings, selectedIndex, focusIndex } = state;
  const total = model.events.length;
  return html`<ol class="layer events" aria-label=${strings.eventsLabel}>
    ${repeat(layout.marks, (mark) => mark.eventIndex, (mark) => {
      const event = model.events[mark.eventIndex];
      const box = mark.hitBox;
      const position = { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` };
      const isSelected = mark.eventIndex === selectedIndex;
      const name = state.nameOf(mark.eventIndex);
      return html`<li aria-setsize=${total} aria-posinset=${mark.eventIndex + 1}>
        <button
          part=${isSelected ? 'event-button event-button--selected' : 'event-button'}
          class=${layout.orientation === 'vertical' ? 'event-button vertical' : 'event-button'}
          style=${cssProps(position)}
          data-event=${mark.eventIndex}
          tabindex=${mark.eventIndex === focusIndex ? 0 : -1}
          aria-pressed=${isSelected ? 'true' : 'false'}
          @click=${(event: MouseEvent) => state.onSelect(mark.eventIndex, event.detail > 1)}
        >${layout.orientation === 'vertical' ? renderBlockLabel(mark, layout, event.title, name) : renderLineLabel(mark, layout, event.title, name, event.dateNote !== undefined)}</button>
      </li>`;
    })}
  </ol>`;
}

type NameParts = { before: string; after: string };

/**
 * A one-line label on its mark (horizontal layout), cut by CSS with an ellipsis where layout
 * found too little room; a dotted underline marks an event whose date has a note (in its tip).
 */
function renderLineLabel(mark: TimelineEventMark, layout: TimelineLayout, title: string, name: NameParts, hasDateNote: boolean): TemplateResult {
  const box = mark.hitBox;
  // The label's offset from the button's inline start is the same in both directions.
  const offset = layout.direction === 'rtl' ? box.x + box.width - mark.labelX : mark.labelX - box.x;
  return html`<span class="visually-hidden">${name.before}</span><span
      part="event-label"
      class=${mark.label ? (hasDateNote ? 'event-label has-date-note' : 'event-label') : 'visually-hidden'}
      style=${cssProps(mark.label ? { 'inset-inline-start': `${offset}px`, 'inset-inline-end': '0' } : {})}
    ><bdi>${title}</bdi></span><span class="visually-hidden">${name.after}</span>`;
}

/**
 * A block label beside the rail (vertical layout): the date when it changes, then the title
 * and the date note in the lines layout measured (both are in the accessible name already).
 */
function renderBlockLabel(mark: TimelineEventMark, layout: TimelineLayout, title: string, name: NameParts): TemplateResult {
  const offset = layout.direction === 'rtl' ? mark.hitBox.x + mark.hitBox.width - mark.labelX : mark.labelX - mark.hitBox.x;
  return html`<span class="visually-hidden">${name.before}</span><span class="block-label" style=${cssProps({ 'padding-inline-start': `${offset}px` })}
      >${mark.dateLabel ? html`<span class="block-date" aria-hidden="true">${mark.dateLabel}</span>` : nothing}<span part="event-label"
        ><bdi>${(mark.labelLines ?? [title]).map((line) => html`<span class="line">${line}</span>`)}</bdi></span
      >${mark.noteLines?.length
        ? html`<span class="block-note" aria-hidden="true" dir="auto">${mark.noteLines.map((line) => html`<span class="line">${line}</span>`)}</span>`
        : nothing}</span
    ><span class="visually-hidden">${name.after}</span>`;
}
