import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { renderEventContent } from './event-content.js';

/** Events per page of the list view, so that the DOM stays small for large timelines. */
export const LIST_PAGE_SIZE = 200;

/**
 * Up to this many events, the list is also kept (hidden) beside the drawing so that it is what
 * prints; more would weigh on the DOM budget for a page few readers print.
 */
export const PRINT_LIST_MAX_EVENTS = 50;

/** What the list view shows. */
export interface TimelineListState {
  model: TimelineModel;
  locale: string;
  strings: TimelineStrings;
  headingLevel: number;
  /** Index of the first event on the page shown. */
  pageStart: number;
  onPage: (start: number) => void;
  /** Rendered for print only (hidden on screen) while the drawing shows: the list is what prints. */
  isPrintOnly: boolean;
}

/**
 * The list alternative: every event in time order as an ordered list, each with all its
 * content (see `renderEventContent`): the same content as the drawing, no information lost.
 * Large timelines are paged.
 */
export function renderEventList(state: TimelineListState): TemplateResult {
  const { model, locale, strings, headingLevel, pageStart } = state;
  const total = model.events.length;
  const end = Math.min(pageStart + LIST_PAGE_SIZE, total);
  const isPaged = total > LIST_PAGE_SIZE;
  const level = headingLevel > 0 ? Math.min(headingLevel + 1, 6) : 0;
  return html`<div part=${state.isPrintOnly ? 'print-list' : 'list'} class=${state.isPrintOnly ? 'list print-only' : 'list'}>
    ${isPaged ? renderPager(state, end, total) : nothing}
    <ol class="event-list" start=${pageStart + 1}>
      ${model.events.slice(pageStart, end).map(
        (event) => html`<li class="list-event">${renderEventContent(model, event, locale, strings, level)}</li>`,
      )}
    </ol>
    ${isPaged ? renderPager(state, end, total) : nothing}
  </div>`;
}

function renderPager(state: TimelineListState, end: number, total: number): TemplateResult {
  const { strings, pageStart } = state;
  return html`<p class="pager">
    <button class="control" ?disabled=${pageStart === 0} @click=${() => state.onPage(Math.max(pageStart - LIST_PAGE_SIZE, 0))}>${strings.previousPage}</button>
    <span>${strings.listPage(pageStart + 1, end, total)}</span>
    <button class="control" ?disabled=${end >= total} @click=${() => state.onPage(end)}>${strings.nextPage}</button>
  </p>`;
}
