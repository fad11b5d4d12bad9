import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { formatDate, formatEventDate } from './format.js';
import { displayedQuote } from '../layout/layout.js';
import { renderSource } from './notes.js';

/**
 * The selected event's details: date in words and its date note, place, summary, sources as
 * links, and every annotation on it in full (a note clamped on screen is whole here).
 */
export function renderDetails(
  model: TimelineModel,
  eventIndex: number,
  locale: string,
  strings: TimelineStrings,
  headingLevel: number,
  onClose: () => void,
): TemplateResult {
  const event = model.events[eventIndex];
  const titleId = 'details-title';
  return html`<section part="details" class="details" aria-labelledby=${titleId}>
    <button class="details-close" part="details-close" @click=${onClose}>${strings.close}</button>
    <p id=${titleId} class="details-title" role=${headingLevel > 0 ? 'heading' : nothing} aria-level=${headingLevel > 0 ? headingLevel + 1 : nothing}>
      <bdi>${event.title}</bdi>
    </p>
    <p class="meta">
      <time datetime=${event.start.text}>${formatEventDate(event, locale, strings)}</time>${event.place
        ? html` · <bdi>${event.place}</bdi>`
        : nothing}
    </p>
    ${event.dateNote ? html`<p class="meta">${strings.dateNote(event.dateNote)}</p>` : nothing}
    ${event.summary ? html`<p dir="auto">${event.summary}</p>` : nothing}
    ${event.sources.length
      ? html`<p class="meta">${strings.sources}</p>
          <ul>
            ${event.sources.map(
              (source) => html`<li>
                ${source.href
                  ? html`<a part="source-link" href=${source.href} target="_blank" rel="noopener noreferrer">${source.title}</a>`
                  : source.title}${source.publisher ? html`, ${source.publisher}` : nothing}${source.date
                  ? html`, <time datetime=${source.date.text}>${formatDate(source.date, locale)}</time>`
                  : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${event.annotationIndexes.map((index) => {
      const annotation = model.annotations[index];
      const speaker = annotation.speaker ? [annotation.speaker.name, annotation.speaker.role].filter(Boolean).join(', ') : strings.noteHeading;
      return html`<figure part="details-annotation">
        <blockquote dir="auto">${displayedQuote(annotation.kind, annotation.quote)}</blockquote>
        <figcaption>${speaker}${annotation.source ? html` · ${renderSource(annotation.source, strings)}` : nothing}</figcaption>
      </figure>`;
    })}
  </section>`;
}
