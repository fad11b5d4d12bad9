import { html, nothing, type TemplateResult } from 'lit';
import { displayedQuote } from '../layout/layout.js';
import type { TimelineEvent, TimelineModel } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { formatDate, formatEventDate } from './format.js';
import { renderSource } from './notes.js';

/**
 * Everything known of one event, for the details panel and the list view alike: its title as a
 * heading (at `headingLevel`, or none for 0), the date in words in `<time datetime>` holding
 * the value as written, place, date note, summary, sources as links, and every annotation in
 * full, quotes as blockquotes attributed in `<cite>`.
 */
export function renderEventContent(
  model: TimelineModel,
  event: TimelineEvent,
  locale: string,
  strings: TimelineStrings,
  headingLevel: number,
  titleId?: string,
): TemplateResult {
  const level = headingLevel > 0 ? Math.min(headingLevel, 6) : 0;
  return html`<p id=${titleId ?? nothing} class="content-title" role=${level ? 'heading' : nothing} aria-level=${level || nothing}>
      <bdi>${event.title}</bdi>
    </p>
    <p class="meta">
      <time class="event-time" datetime=${event.start.text}>${formatEventDate(event, locale, strings)}</time>${event.place ? html` · <bdi>${event.place}</bdi>` : nothing}
    </p>
    ${event.dateNote ? html`<p class="meta">${strings.dateNote(event.dateNote)}</p>` : nothing}
    ${event.summary ? html`<p dir="auto">${event.summary}</p>` : nothing}
    ${event.sources.length
      ? html`<p class="meta">${strings.sources}</p>
          <ul class="sources">
            ${event.sources.map(
              (source) => html`<li>
                ${source.href ? html`<a part="source-link" href=${source.href} target="_blank" rel="noopener noreferrer">${source.title}</a>` : source.title}${source.publisher
                  ? html`, ${source.publisher}`
                  : nothing}${source.date ? html`, <time datetime=${source.date.text}>${formatDate(source.date, locale)}</time>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${event.annotationIndexes.map((index) => {
      const annotation = model.annotations[index];
      const speaker = annotation.speaker ? [annotation.speaker.name, annotation.speaker.role].filter(Boolean).join(', ') : strings.noteHeading;
      return html`<figure part="content-annotation" class="content-annotation">
        <blockquote dir="auto">${displayedQuote(annotation.kind, annotation.quote)}</blockquote>
        <figcaption><cite>${speaker}</cite>${annotation.source ? html` · ${renderSource(annotation.source, strings)}` : nothing}</figcaption>
      </figure>`;
    })}`;
}
