import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from './css-props.js';
import type { TimelineLayout, TimelineNote } from '../layout/types.js';
import type { TimelineAnnotation, TimelineSource } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { displayedQuote } from '../layout/annotations.js';

/** Connectors from notes and markers to their events; decorative, as the lists carry the links. */
export function renderConnectors(layout: TimelineLayout, relatedAnnotations: ReadonlySet<number>): SVGTemplateResult {
  const lines = [
    ...layout.notes.flatMap((note) => note.connectors.map((c) => ({ c, annotationIndex: note.annotationIndex }))),
    ...layout.markers.map((marker) => ({ c: marker.connector, annotationIndex: marker.annotationIndex })),
  ];
  return svg`${lines.map(({ c, annotationIndex }) => {
    const className = relatedAnnotations.has(annotationIndex) ? 'connector related' : 'connector';
    if (c.elbowX !== undefined) return svg`<path part="connector" class=${className} d=${`M${c.x1} ${c.y1}H${c.elbowX}V${c.y2}H${c.x2}`}></path>`;
    if (c.bendY !== undefined) return svg`<path part="connector" class=${className} d=${`M${c.x1} ${c.y1}V${c.bendY}L${c.x2} ${c.y2}`}></path>`;
    return svg`<line part="connector" class=${className} x1=${c.x1} y1=${c.y1} x2=${c.x2} y2=${c.y2}></line>`;
  })}`;
}

/** A source as a link when its URL passed the check, as plain text otherwise. */
export function renderSource(source: TimelineSource | undefined, strings: TimelineStrings): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const label = [source.publisher, source.title].filter(Boolean).join(': ');
  return source.href
    ? html`${strings.source}: <a part="source-link" href=${source.href} target="_blank" rel="noopener noreferrer"><bdi>${label}</bdi></a>`
    : html`${strings.source}: <bdi>${label}</bdi>`;
}

/**
 * The notes, each a figure placed where layout put it, with its text in the exact lines layout
 * measured. A note cut short has a "more" button that opens its event's details, where it is
 * whole (keyboard readers get there with Enter on the note). Direct speech is a blockquote in quotation marks; reported speech and editor's notes
 * are styled apart. Text from data is bound as text only.
 */
export function renderNotes(
  layout: TimelineLayout,
  annotations: readonly TimelineAnnotation[],
  strings: TimelineStrings,
  relatedAnnotations: ReadonlySet<number>,
  onMore: (annotationIndex: number) => void,
): TemplateResult {
  return html`<ul class="layer notes" aria-label=${strings.notesLabel}>
    ${repeat(
      layout.notes,
      (note) => note.annotationIndex,
      (note) => renderNote(note, annotations[note.annotationIndex], strings, relatedAnnotations.has(note.annotationIndex), onMore),
    )}
  </ul>`;
}

function renderNote(
  note: TimelineNote,
  annotation: TimelineAnnotation,
  strings: TimelineStrings,
  isRelated: boolean,
  onMore: (annotationIndex: number) => void,
): TemplateResult {
  const kindClass = `kind-${annotation.kind === 'note' ? 'context' : annotation.kind}`;
  const position = { left: `${note.box.x}px`, top: `${note.box.y}px`, width: `${note.box.width}px`, height: `${note.box.height}px` };
  return html`<li>
    <figure
      part=${isRelated ? 'annotation annotation--related' : 'annotation'}
      class=${`note ${kindClass}${isRelated ? ' related' : ''}`}
      style=${cssProps(position)}
      data-annotation=${note.annotationIndex}
      tabindex="-1"
    >
      ${note.headingLines.length
        ? html`<figcaption part="attribution-name" class="note-heading" dir="auto">${note.headingLines.map((line) => html`<span class="line">${line}</span>`)}</figcaption>`
        : nothing}
      ${annotation.kind === 'quote'
        ? html`<blockquote part="quote" class="quote" dir="auto">${note.quoteLines.map((line) => html`<span class="line">${line}</span>`)}</blockquote>`
        : html`<p part="quote" class="quote" dir="auto">${note.quoteLines.map((line) => html`<span class="line">${line}</span>`)}</p>`}
      <small part="attribution" class="attribution"
        >${note.isClamped
          ? html`<button part="more" class="more" tabindex="-1" @click=${() => onMore(note.annotationIndex)}>${strings.more}</button> `
          : nothing}<span class="source">${renderSource(annotation.source, strings)}</span></small
      >
    </figure>
  </li>`;
}

/**
 * Numbered markers for notes with no room on screen: hovering one shows the note (the
 * browser's own tooltip, from `title`), and a click or Enter opens it whole in the details.
 */
export function renderMarkers(
  layout: TimelineLayout,
  annotations: readonly TimelineAnnotation[],
  strings: TimelineStrings,
  onOpen: (annotationIndex: number, eventIndex: number) => void,
): TemplateResult | typeof nothing {
  if (!layout.markers.length) return nothing;
  return html`<div class="layer markers">
    ${repeat(layout.markers, (marker) => marker.annotationIndex, (marker) => {
      const annotation = annotations[marker.annotationIndex];
      const position = { left: `${marker.box.x}px`, top: `${marker.box.y}px`, width: `${marker.box.width}px`, height: `${marker.box.height}px` };
      return html`<button
        part="marker"
        class="marker"
        style=${cssProps(position)}
        data-annotation=${marker.annotationIndex}
        title=${`${annotation.speaker?.name ?? strings.noteHeading}: ${displayedQuote(annotation.kind, annotation.quote)}`}
        tabindex="-1"
        aria-label=${strings.markerLabel(marker.number, annotation.speaker?.name ?? strings.noteHeading)}
        @click=${() => onOpen(marker.annotationIndex, marker.eventIndex)}
      >${marker.number}</button>`;
    })}
  </div>`;
}
