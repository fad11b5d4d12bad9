import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { timelineStyles } from './annotated-timeline.styles.js';
import { ResizeController } from './controllers/resize-controller.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './events.js';
import { layoutTimeline, prepareTimeline, type TimelinePrepared } from './layout/layout.js';
import { createTableMeasure, type TimelineMeasure } from './layout/measure.js';
import { createMetrics, type TimelineMetrics } from './layout/metrics.js';
import { paddedDomain } from './layout/time-scale.js';
import type { TimelineLayout } from './layout/types.js';
import { fetchTimelineJson } from './load.js';
import { parseTimeline } from './model/parse.js';
import type { TimelineIssue, TimelineLimits, TimelineModel } from './model/types.js';
import { renderAxis } from './render/axis.js';
import { createCanvasMeasure } from './render/canvas-measure.js';
import { renderDetails } from './render/details.js';
import { renderEventLayer } from './render/event-layer.js';
import { formatSpan } from './render/format.js';
import { renderBins, renderLanes, renderMarks } from './render/marks.js';
import { renderConnectors, renderMarkers, renderNotes } from './render/notes.js';
import { renderEmpty, renderError, renderLoading } from './render/states.js';
import { ENGLISH_STRINGS, type TimelineStrings } from './strings.js';

type TimelineStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A timeline of dated events with attributed commentary: quotes, reported speech and
 * editor's notes placed beside the events they speak of, joined to them by connectors.
 *
 * @summary Draws a timeline from a JSON file (`src`) or an object (`data`).
 *
 * @slot header - Replaces the title and description drawn from the data.
 * @slot empty - Shown when the data has no events.
 *
 * @fires timeline-load - New data was validated and drawn. `detail`: `{ eventCount, annotationCount, warnings, src }`.
 * @fires timeline-error - A load failed or the data is invalid; the last good timeline stays. `detail`: `{ message, errors, warnings, src, status }`.
 * @fires timeline-select - A reader selected an event. `detail`: `{ id, index }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, description and summary.
 * @csspart plot - The drawing: axis, marks, notes and connectors.
 * @csspart axis - The time axis (SVG group).
 * @csspart tick - A tick line of the axis.
 * @csspart tick-label - A tick's date.
 * @csspart lane-label - The name of a group's lane.
 * @csspart event - An event's mark (SVG rect or diamond).
 * @csspart event-button - The button over an event's mark; also `event-button--selected`.
 * @csspart event-label - An event's title on the drawing.
 * @csspart bin - A count of events too dense to draw one by one.
 * @csspart annotation - A note; also `annotation--related` while its event is selected.
 * @csspart attribution-name - The speaker's name and role in a note.
 * @csspart quote - The words of a note.
 * @csspart attribution - The source line of a note.
 * @csspart source-link - A link to a source.
 * @csspart connector - A line from a note to its event.
 * @csspart marker - A numbered marker standing for a note with no room.
 * @csspart details - The selected event's details.
 * @csspart details-close - The button that closes the details.
 * @csspart details-annotation - An annotation in the details.
 * @csspart loading - The loading message.
 * @csspart empty - The empty state.
 * @csspart error - The error box.
 *
 * @cssproperty [--timeline-color-background=#ffffff] - Background of the element.
 * @cssproperty [--timeline-color-text=#1b1f24] - Text.
 * @cssproperty [--timeline-color-muted=#57606a] - Secondary text: summary, tick labels, sources.
 * @cssproperty [--timeline-color-axis=#6e7781] - Axis line and ticks.
 * @cssproperty [--timeline-color-grid=#e4e7eb] - Grid lines through the event band.
 * @cssproperty [--timeline-color-lane=#f6f8fa] - Background of a lane.
 * @cssproperty [--timeline-color-accent=#0b6bcb] - Marks of events without a group colour.
 * @cssproperty [--timeline-color-group-0=#0b6bcb] - Marks of the first group (up to `-5`).
 * @cssproperty [--timeline-color-note-background=#ffffff] - Background of notes and details.
 * @cssproperty [--timeline-color-note-border=#8c959f] - Border of notes.
 * @cssproperty [--timeline-color-note-accent=#0b6bcb] - The thick edge of a note and markers.
 * @cssproperty [--timeline-color-context-background=#f6f8fa] - Background of editor's notes.
 * @cssproperty [--timeline-color-connector=#6e7781] - Connectors.
 * @cssproperty [--timeline-color-focus=#0550ae] - Focus ring and highlighted connectors.
 * @cssproperty [--timeline-color-selected=#1b1f24] - Outline of the selected mark.
 * @cssproperty [--timeline-color-error=#b42318] - Error text and border.
 * @cssproperty [--timeline-color-error-background=#fef3f2] - Error background.
 * @cssproperty [--timeline-color-link=#0550ae] - Links.
 * @cssproperty [--timeline-font-family=inherit] - Font of everything; the page's by default.
 * @cssproperty [--timeline-font-family-quote=inherit] - Font of the notes' words.
 * @cssproperty [--timeline-quote-style=normal] - `italic` sets the notes' words in italics.
 * @cssproperty [--timeline-radius=6px] - Corner radius of notes and boxes.
 * @cssproperty [--timeline-connector-dash=none] - Dash pattern of connectors, e.g. `4 3`.
 *
 * @cssstate loading - A load is in flight.
 * @cssstate ready - A timeline is drawn.
 * @cssstate error - The last load or data failed.
 * @cssstate empty - The data has no events.
 */
export class AnnotatedTimeline extends LitElement {
  static override styles = timelineStyles;

  /** URL of the JSON file to draw; relative URLs in it resolve against it. A new value aborts the load in flight. */
  @property() src?: string;

  /** The timeline as an object, validated like a fetched file. Setting it cancels a pending `src` load. */
  @property({ attribute: false }) data?: unknown;

  /** BCP 47 locale for dates and numbers; defaults to the nearest `lang` in the page, then the browser's. */
  @property() locale?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Level of the title's heading (1–6), so the timeline fits the page's outline; 0 for no heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds a load may take before it fails. */
  @property({ type: Number }) timeout = 15_000;

  /** Largest file accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 20_000_000;

  /** Interface text to replace; any key of `TimelineStrings`. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  /** Limits on counts and string lengths to raise or lower. */
  @property({ attribute: false }) limits: Partial<TimelineLimits> = {};

  /** The `id` of the selected event, reflected so that CSS and links can read it. */
  @property({ reflect: true }) selected?: string;

  @state() private model?: TimelineModel;
  @state() private status: TimelineStatus = 'idle';
  @state() private errorMessage = '';
  @state() private errors: TimelineIssue[] = [];
  @state() private view?: [number, number];
  @state() private focusIndex = 0;

  private prepared?: TimelinePrepared;
  private layout?: TimelineLayout;
  private metrics?: TimelineMetrics;
  private measure?: TimelineMeasure;
  private loadedFrom?: string;
  private loadController?: AbortController;
  private pendingEvent?: Event;
  private readonly internals: ElementInternals;
  private readonly resize = new ResizeController(this);

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.loadController = undefined;
    if (this.status === 'loading') this.setStatus(this.model ? 'ready' : 'idle');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected element resumes the load that its disconnection aborted.
    if (this.src && this.src !== this.loadedFrom && !this.loadController) void this.load(this.src);
  }

  private get resolvedLocale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(lang).length ? lang : 'en';
    } catch {
      return 'en';
    }
  }

  private get text(): TimelineStrings {
    return { ...ENGLISH_STRINGS, ...this.strings };
  }

  private get selectedIndex(): number {
    if (!this.model || this.selected === undefined) return -1;
    return this.model.events.findIndex((event) => event.id === this.selected);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.loadController?.abort();
      this.loadController = undefined;
      this.accept(this.data, undefined);
    } else if (changed.has('src') && this.src && this.isConnected && this.data === undefined) {
      void this.load(this.src);
    }
    this.updateLayout();
  }

  protected override updated(): void {
    if (this.pendingEvent) {
      const event = this.pendingEvent;
      this.pendingEvent = undefined;
      this.dispatchEvent(event);
    }
  }

  /** Fetches `src`; only the newest load may change the element, and an aborted one stays silent. */
  private async load(src: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.setStatus('loading');
    try {
      const result = await fetchTimelineJson(src, { signal: controller.signal, timeoutMs: this.timeout, maxBytes: this.maxBytes });
      if (controller !== this.loadController) return;
      this.loadController = undefined;
      if (result.ok) this.accept(result.value, result.url, src);
      else this.fail(result.message, result.errors, [], src, result.status);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loadController = undefined;
      this.fail(`Loading ${src} failed unexpectedly.`, [{ path: '(file)', message: String(error) }], [], src);
    }
  }

  /** Validates input from `data` or a load; a valid model replaces the drawing, an invalid one keeps it. */
  private accept(input: unknown, baseUrl: string | undefined, src?: string): void {
    const result = parseTimeline(input, { baseUrl: baseUrl ?? document.baseURI, limits: this.limits });
    if (!result.ok) {
      const count = result.errors.length;
      this.fail(count === 1 ? 'The data has a problem.' : `The data has ${count} problems.`, result.errors, result.warnings, src);
      return;
    }
    this.model = result.model;
    this.prepared = prepareTimeline(result.model);
    this.view = paddedDomain(result.model.extent);
    this.focusIndex = 0;
    this.errors = [];
    this.errorMessage = '';
    this.loadedFrom = src;
    if (this.selectedIndex < 0) this.selected = undefined;
    this.setStatus('ready');
    this.pendingEvent = new TimelineLoadEvent({
      eventCount: result.model.events.length,
      annotationCount: result.model.annotations.length,
      warnings: result.warnings,
      src,
    });
  }

  private fail(message: string, errors: TimelineIssue[], warnings: TimelineIssue[], src?: string, status?: number): void {
    this.errorMessage = message;
    this.errors = errors;
    this.setStatus('error');
    this.pendingEvent = new TimelineErrorEvent({ message, errors, warnings, src, status });
    this.requestUpdate();
  }

  private setStatus(status: TimelineStatus): void {
    this.status = status;
    const states = this.internals.states;
    for (const name of ['loading', 'ready', 'error', 'empty']) states.delete(name);
    if (status !== 'idle') states.add(status);
    if (this.model && this.model.events.length === 0 && status !== 'loading') states.add('empty');
  }

  /** Lays out again only when the data, the width, the view or the locale changed. */
  private updateLayout(): void {
    const width = this.resize.width;
    if (!this.prepared || !this.view || width <= 0) return;
    if (!this.metrics || this.layout?.width !== width) {
      const style = getComputedStyle(this);
      const basePx = parseFloat(style.fontSize) || 16;
      const quoteFamily = style.getPropertyValue('--timeline-font-family-quote').trim() || style.fontFamily;
      const quoteStyle = style.getPropertyValue('--timeline-quote-style').trim() === 'italic' ? 'italic ' : '';
      this.metrics = createMetrics(basePx, style.fontFamily, `${quoteStyle}${quoteFamily}`);
    }
    this.measure ??= createCanvasMeasure(createTableMeasure());
    const layout = this.layout;
    if (layout && layout.width === width && layout.view[0] === this.view[0] && layout.view[1] === this.view[1] && this.layoutFor === this.prepared && this.layoutLocale === this.resolvedLocale) return;
    this.layoutFor = this.prepared;
    this.layoutLocale = this.resolvedLocale;
    this.layout = layoutTimeline(this.prepared, {
      width,
      view: this.view,
      locale: this.resolvedLocale,
      metrics: this.metrics,
      measure: this.measure,
      noteHeading: this.text.noteHeading,
    });
  }

  private layoutFor?: TimelinePrepared;
  private layoutLocale?: string;

  private select(eventIndex: number): void {
    if (!this.model) return;
    const event = this.model.events[eventIndex];
    const isSame = this.selectedIndex === eventIndex;
    this.selected = isSame ? undefined : event.id;
    this.focusIndex = eventIndex;
    if (!isSame) this.dispatchEvent(new TimelineSelectEvent({ id: event.id, index: eventIndex }));
  }

  private closeDetails(): void {
    const index = this.selectedIndex;
    this.selected = undefined;
    if (index >= 0) void this.updateComplete.then(() => this.focusEvent(index));
  }

  private focusEvent(index: number): void {
    this.shadowRoot?.querySelector<HTMLElement>(`[data-event="${index}"]`)?.focus();
  }

  private openAnnotation(_annotationIndex: number, eventIndex: number): void {
    if (this.selectedIndex !== eventIndex) this.select(eventIndex);
  }

  protected override render(): TemplateResult {
    const strings = this.text;
    const model = this.model;
    const level = this.headingLevel;
    const headingRole = level > 0 ? 'heading' : nothing;
    const headingLevel = level > 0 ? Math.min(level, 6) : nothing;
    return html`<div
      part="base"
      class="base"
      role="figure"
      aria-labelledby="title"
      aria-describedby="summary"
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}
    >
      <header part="header" class="header">
        <slot name="header">
          ${model
            ? html`<p id="title" class="title" role=${headingRole} aria-level=${headingLevel} dir="auto">${model.title}</p>
                ${model.description ? html`<p class="description" dir="auto">${model.description}</p>` : nothing}`
            : html`<p id="title" class="visually-hidden">${strings.untitled}</p>`}
        </slot>
        ${model && model.extent
          ? html`<p id="summary" class="summary">
              ${strings.summary(model.events.length, model.annotations.length, formatSpan(model.extent, this.resolvedLocale, strings))}
              ${strings.instructions}
            </p>`
          : html`<p id="summary" class="visually-hidden"></p>`}
      </header>
      ${this.status === 'loading' ? renderLoading(strings) : nothing}
      ${this.status === 'error' ? renderError(this.errorMessage, this.errors, !!model, strings) : nothing}
      ${model && model.events.length === 0 ? renderEmpty(strings) : nothing}
      ${this.renderPlot(strings)}
      ${model && this.selectedIndex >= 0
        ? renderDetails(model, this.selectedIndex, this.resolvedLocale, strings, level, () => this.closeDetails())
        : nothing}
    </div>`;
  }

  private renderPlot(strings: TimelineStrings): TemplateResult | typeof nothing {
    const { layout, model, metrics } = this;
    if (!layout || !model || !metrics || model.events.length === 0) return nothing;
    const selectedIndex = this.selectedIndex;
    const related = new Set(selectedIndex >= 0 ? model.events[selectedIndex].annotationIndexes : []);
    const plotStyle = {
      height: `${layout.height}px`,
      '--_label-px': `${metrics.labelPx}px`,
      '--_note-pad': `${metrics.notePaddingPx}px`,
      '--_meta-px': `${parseFloat(metrics.noteMetaFont.replace('bold ', ''))}px`,
      '--_meta-line': `${metrics.noteMetaLinePx}px`,
      '--_quote-px': `${parseFloat(metrics.noteQuoteFont.replace('italic ', ''))}px`,
      '--_quote-line': `${metrics.noteQuoteLinePx}px`,
    };
    return html`<div part="plot" class="plot" style=${styleMap(plotStyle)}>
      <svg aria-hidden="true" width=${layout.width} height=${layout.height}>
        ${renderLanes(layout)} ${renderAxis(layout)}
        <g class="connectors">${renderConnectors(layout, related)}</g>
        <g class="marks">${renderMarks(layout, model.events, selectedIndex)} ${renderBins(layout)}</g>
      </svg>
      ${layout.isAggregated ? html`<p class="visually-hidden">${strings.aggregated(layout.visibleEventCount)}</p>` : nothing}
      ${renderEventLayer(layout, {
        model,
        locale: this.resolvedLocale,
        strings,
        selectedIndex,
        focusIndex: this.focusIndex,
        onSelect: (index) => this.select(index),
      })}
      ${renderNotes(layout, model.annotations, strings, related)}
      ${renderMarkers(layout, model.annotations, strings, (annotation, event) => this.openAnnotation(annotation, event))}
    </div>`;
  }
}
