import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { timelineStyles } from './annotated-timeline.styles.js';
import { planKey, type TimelineKeyEffect } from './controllers/key-plan.js';
import { actionForKey, describeKeys, type TimelineKeyFrame } from './controllers/keymap.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController, type TimelineZoomHost } from './controllers/zoom-controller.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent, TimelineZoomEvent } from './events.js';
import { DEFAULT_MAX_MARKS, layoutTimeline, prepareTimeline, type TimelinePrepared } from './layout/layout.js';
import type { TimelineMeasure } from './layout/measure.js';
import { createMetrics, type TimelineMetrics } from './layout/metrics.js';
import { bisectLeft } from './layout/bisect.js';
import { clampView, paddedDomain } from './layout/time-scale.js';
import { panView, viewShowing, zoomView } from './layout/view.js';
import type { TimelineLayout } from './layout/types.js';
import { fetchTimelineJson } from './load.js';
import { parseTimelineDate } from './model/dates.js';
import { parseTimeline, parseTimelineInSlices, type TimelineParseOptions } from './model/parse.js';
import { eventEndMs } from './model/span.js';
import type { TimelineIssue, TimelineLimits, TimelineModel, TimelineParseResult } from './model/types.js';
import { renderAxis } from './render/axis.js';
import { createCanvasMeasure } from './render/canvas-measure.js';
import { renderDetails } from './render/details.js';
import { renderEventLayer } from './render/event-layer.js';
import { PRINT_LIST_MAX_EVENTS, renderEventList } from './render/event-list.js';
import { eventNameParts, formatSpan } from './render/format.js';
import { cssProps } from './render/css-props.js';
import { renderBins, renderLanes, renderMarks, renderRail } from './render/marks.js';
import { renderConnectors, renderMarkers, renderNotes } from './render/notes.js';
import { renderEmpty, renderError, renderLoading } from './render/states.js';
import { renderToolbar, type TimelineCommand } from './render/toolbar.js';
import { renderTooltip } from './render/tooltip.js';
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
 * @fires timeline-zoom - The visible range changed by zoom, pan, keys or a zoom method. `detail`: `{ startMs, endMs, start, end }`.
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
 * @csspart tooltip - The tip under the hovered or focused event: its date in words and date note.
 * @csspart more - The button on a note cut short, which opens it whole in the details.
 * @csspart controls - The toolbar.
 * @csspart control - A toolbar button; also `control--pressed` for the list view switch when on.
 * @csspart list - The list view.
 * @csspart print-list - The same list, hidden on screen, that prints in place of the drawing.
 * @csspart details - The selected event's details.
 * @csspart details-close - The button that closes the details.
 * @csspart content-annotation - An annotation in the details or the list view.
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
 * @cssproperty [--timeline-color-accent=#0b6bcb] - The first lane's marks, unless `--timeline-color-group-0` is set.
 * @cssproperty [--timeline-color-group-0=var(--timeline-color-accent)] - Marks of the first lane (up to `-5`).
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
 * @cssproperty [--timeline-vertical-below=640] - Width in px below which `layout="auto"` turns vertical (a plain number).
 *
 * @cssstate loading - A load is in flight.
 * @cssstate ready - A timeline is drawn.
 * @cssstate error - The last load or data failed.
 * @cssstate empty - The data has no events.
 * @cssstate horizontal - Time runs across (the wide layout).
 * @cssstate vertical - Time runs down a rail (the narrow layout).
 */
export class AnnotatedTimeline extends LitElement implements TimelineZoomHost {
  static override styles = timelineStyles;

  // Reactive properties are declared here rather than with decorators: the same behaviour, in
  // less of the bundle's 35 KB budget. Each field below carries its documentation.
  static override properties = {
    src: {},
    data: { attribute: false },
    locale: {},
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    layout: {},
    verticalBelow: { type: Number, attribute: 'vertical-below' },
    noZoom: { type: Boolean, attribute: 'no-zoom' },
    hashLinks: { type: Boolean, attribute: 'hash-links' },
    strings: { attribute: false },
    limits: { attribute: false },
    selected: { reflect: true },
    model: { state: true },
    status: { state: true },
    errorMessage: { state: true },
    errors: { state: true },
    warnings: { state: true },
    view: { state: true },
    focusIndex: { state: true },
    focusAnnotation: { state: true },
    highlight: { state: true },
    dismissedTip: { state: true },
    isListView: { state: true },
    listPageStart: { state: true },
    announcement: { state: true },
    activeCommand: { state: true },
  };

  /** URL of the JSON file to draw; relative URLs in it resolve against it. A new value aborts the load in flight. */
  src?: string;

  /** The timeline as an object, validated like a fetched file. Setting it cancels a pending `src` load. */
  data?: unknown;

  /** BCP 47 locale for dates and numbers; defaults to the nearest `lang` in the page, then the browser's. */
  locale?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Level of the title's heading (1–6), so the timeline fits the page's outline; 0 for no heading. */
  headingLevel = 2;

  /** Milliseconds a load may take before it fails. */
  timeout = 15_000;

  /** Largest file accepted, in bytes. */
  maxBytes = 20_000_000;

  /**
   * `auto` (default): vertical when the element is narrower than `vertical-below` px, else
   * horizontal. `horizontal`: time runs across. `vertical`: time runs down a rail.
   */
  layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Width in px below which `layout="auto"` turns vertical; the CSS property `--timeline-vertical-below` can set it too. */
  verticalBelow?: number;

  /** Turns off zoom and pan (wheel, drag, pinch, keys and buttons). */
  noZoom = false;

  /** Makes `#event-<id>` in the page's address focus that event, and selecting an event update it. */
  hashLinks = false;

  /** Interface text to replace: any key of `TimelineStrings`, and any one of its `keyActions`. */
  strings: Partial<Omit<TimelineStrings, 'keyActions'>> & { keyActions?: Partial<TimelineStrings['keyActions']> } = {};

  /** Limits on counts and string lengths to raise or lower. */
  limits: Partial<TimelineLimits> = {};

  /** The `id` of the selected event, reflected so that CSS and links can read it. */
  selected?: string;

  private model?: TimelineModel;
  private status: TimelineStatus = 'idle';
  private errorMessage = '';
  private errors: TimelineIssue[] = [];
  private warnings: TimelineIssue[] = [];
  private view?: [number, number];
  private focusIndex = 0;
  private focusAnnotation = -1;
  private highlight: { event: number; annotation: number } = { event: -1, annotation: -1 };
  /** The event whose tip was dismissed with Escape; its tip stays hidden until another is hovered or focused. */
  private dismissedTip = -1;
  private isListView = false;
  private listPageStart = 0;
  private announcement = '';
  private activeCommand: TimelineCommand = 'zoomIn';

  #domain?: [number, number];
  #prepared?: TimelinePrepared;
  #layoutData?: TimelineLayout;
  #layoutKey = '';
  #layoutFor?: TimelinePrepared;
  #metrics?: TimelineMetrics;
  #direction: 'ltr' | 'rtl' = 'ltr';
  #cssVerticalBelow = NaN;
  #measure?: TimelineMeasure;
  #loadedFrom?: string;
  #loadController?: AbortController;
  #pendingEvents: Event[] = [];
  readonly #names = new Map<number, { before: string; after: string }>();
  #pendingFocus?: { kind: 'event' | 'annotation'; index: number };
  #animationFrame = 0;
  #announceTimer?: ReturnType<typeof setTimeout>;
  readonly #internals: ElementInternals;
  readonly #resize = new ResizeController(this);

  constructor() {
    super();
    this.#internals = this.attachInternals();
    new ZoomController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    // A reconnected element resumes the load that its disconnection aborted (the first load starts in willUpdate).
    if (this.hasUpdated && this.src && this.data === undefined && this.src !== this.#loadedFrom && !this.#loadController) void this.#load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#loadController?.abort();
    this.#loadController = undefined;
    cancelAnimationFrame(this.#animationFrame);
    clearTimeout(this.#announceTimer);
    if (this.status === 'loading') this.#setStatus(this.model ? 'ready' : 'idle');
  }

  /** Shows the range from `start` to `end` (Dates, ms or ISO strings), within the data's extent. */
  zoomTo(start: Date | number | string, end: Date | number | string): void {
    const from = toMs(start);
    const to = toMs(end);
    if (!this.#domain || !Number.isFinite(from) || !Number.isFinite(to)) return;
    this.#setView(clampView([Math.min(from, to), Math.max(from, to)], this.#domain), true);
  }

  /** Shows the whole timeline again. */
  resetZoom(): void {
    if (this.#domain) this.#setView(this.#domain, true);
  }

  /** Moves focus to the event with this `id`, panning or zooming to reveal it; false when there is none. */
  focusEvent(id: string): boolean {
    const index = this.model?.events.findIndex((event) => event.id === id) ?? -1;
    if (index < 0) return false;
    if (this.isListView) this.isListView = false;
    this.#moveFocusTo(index);
    return true;
  }

  /** @internal The drawing that takes wheel, drag and pinch. */
  get zoomSurface(): HTMLElement | undefined {
    // A vertical timeline leaves wheel and drag to page scrolling; its buttons and keys still zoom.
    if (this.#layoutData?.orientation === 'vertical') return undefined;
    return this.shadowRoot?.querySelector<HTMLElement>('.plot') ?? undefined;
  }

  /** @internal */
  get isZoomDisabled(): boolean {
    return this.noZoom || this.isListView;
  }

  /** @internal Zooms around a viewport x; called by the zoom controller. */
  zoomAtClientX(clientX: number, factor: number): void {
    const layout = this.#layoutData;
    const { view } = this;
    const domain = this.#domain;
    const surface = this.zoomSurface;
    if (!layout || !view || !domain || !surface) return;
    const x = clientX - surface.getBoundingClientRect().left;
    const fraction = (x - layout.left) / (layout.right - layout.left);
    const anchor = view[0] + (layout.direction === 'rtl' ? 1 - fraction : fraction) * (view[1] - view[0]);
    this.#setView(zoomView(view, anchor, factor, domain));
  }

  /** @internal Pans by screen pixels; called by the zoom controller. */
  panByPx(deltaPx: number): void {
    const layout = this.#layoutData;
    const { view } = this;
    const domain = this.#domain;
    if (!layout || !view || !domain) return;
    const sign = layout.direction === 'rtl' ? -1 : 1;
    this.#setView(panView(view, (sign * deltaPx) / (layout.right - layout.left) * (view[1] - view[0]), domain));
  }

  /** The locale in force: worked out once per update, as zoom frames must not pay for it. */
  #resolvedLocale = 'en';

  #resolveLocale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(lang).length ? lang : 'en';
    } catch {
      return 'en';
    }
  }

  get #text(): TimelineStrings {
    // Key actions merge one by one, so that a page may translate some and keep the rest.
    return { ...ENGLISH_STRINGS, ...this.strings, keyActions: { ...ENGLISH_STRINGS.keyActions, ...this.strings?.keyActions } };
  }

  get #selectedIndex(): number {
    if (!this.model || this.selected === undefined) return -1;
    return this.model.events.findIndex((event) => event.id === this.selected);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The request goes out first: the first Intl call below starts ICU (about 35 ms), and the
    // network can use that time.
    if (changed.has('src') && this.data === undefined) {
      if (this.src && this.isConnected) void this.#load(this.src);
      else if (!this.src && this.#loadController) {
        // A removed src cancels its load; what was drawn before stays.
        this.#loadController.abort();
        this.#loadController = undefined;
        this.#setStatus(this.model ? 'ready' : 'idle');
      }
    }
    if (!this.hasUpdated || changed.has('locale')) this.#resolvedLocale = this.#resolveLocale();
    if (changed.has('model' as keyof AnnotatedTimeline) || changed.has('locale') || changed.has('strings')) this.#names.clear();
    if (changed.has('data') && this.data !== undefined) {
      this.#loadController?.abort();
      this.#loadController = undefined;
      this.#accept(parseTimeline(this.data, this.#parseOptions()));
    }
    this.#updateLayout();
  }

  protected override updated(): void {
    // timeline-load waits until the new data is drawn (or cannot be: hidden, empty, list view).
    const isDrawn = this.#layoutFor === this.#prepared || (this.#resize.hasMeasured && this.#resize.width === 0);
    const events = this.#pendingEvents.filter((event) => !(event instanceof TimelineLoadEvent) || isDrawn || this.isListView || !this.model?.events.length);
    this.#pendingEvents = this.#pendingEvents.filter((event) => !events.includes(event));
    for (const event of events) this.dispatchEvent(event);
    if (this.#pendingFocus) {
      const { kind, index } = this.#pendingFocus;
      const target = this.shadowRoot?.querySelector<HTMLElement>(`[data-${kind}="${index}"]`);
      if (target) {
        this.#pendingFocus = undefined;
        // Focus after this update, as the focus handler updates state in its turn.
        void Promise.resolve().then(() => target.focus());
      }
    }
  }

  /** Fetches `src`; only the newest load may change the element, and an aborted one stays silent. */
  async #load(src: string): Promise<void> {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    this.#setStatus('loading');
    try {
      const result = await fetchTimelineJson(src, { signal: controller.signal, timeoutMs: this.timeout, maxBytes: this.maxBytes });
      // A big file is checked in slices, so the page stays responsive; a newer load or `data` aborts it.
      const parsed = result.ok && (await parseTimelineInSlices(result.value, this.#parseOptions(result.url), controller.signal));
      if (controller !== this.#loadController) return;
      this.#loadController = undefined;
      // Tried, whatever the outcome: moving the element later must not fetch (and fail) again.
      this.#loadedFrom = src;
      if (parsed) this.#accept(parsed, src);
      else if (!result.ok) this.#fail(result.message, result.errors, [], src, result.status);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#loadController = undefined;
      this.#fail(`Loading ${src} failed unexpectedly.`, [{ path: '(file)', message: String(error) }], [], src);
    }
  }

  #parseOptions(baseUrl = document.baseURI): TimelineParseOptions {
    return { baseUrl, limits: this.limits };
  }

  /** Takes validated input from `data` or a load: a valid model replaces the drawing, an invalid one keeps it. */
  #accept(result: TimelineParseResult, src?: string): void {
    if (!result.ok) {
      this.#fail(this.#text.dataProblems(result.errors.length), result.errors, result.warnings, src);
      return;
    }
    cancelAnimationFrame(this.#animationFrame);
    this.model = result.model;
    this.#names.clear();
    this.#pendingFocus = undefined;
    this.#prepared = prepareTimeline(result.model);
    this.#domain = paddedDomain(result.model.extent);
    this.view = this.#domain;
    // Indexes into the old data mean nothing in the new.
    this.focusIndex = 0;
    this.focusAnnotation = -1;
    this.highlight = { event: -1, annotation: -1 };
    this.dismissedTip = -1;
    this.listPageStart = 0;
    this.errors = [];
    this.errorMessage = '';
    this.#loadedFrom = src;
    if (this.#selectedIndex < 0) this.selected = undefined;
    this.#setStatus('ready');
    const { events, annotations, extent } = result.model;
    this.#announce(extent ? this.#text.summary(events.length, annotations.length, formatSpan(extent, this.#resolvedLocale, this.#text)) : this.#text.empty);
    this.#pendingEvents.push(new TimelineLoadEvent({ eventCount: events.length, annotationCount: annotations.length, warnings: result.warnings, src }));
    if (this.hashLinks) this.#revealHashTarget();
  }

  #fail(message: string, errors: TimelineIssue[], warnings: TimelineIssue[], src?: string, status?: number): void {
    this.errorMessage = message;
    this.errors = errors;
    this.warnings = warnings;
    this.#setStatus('error');
    this.#pendingEvents.push(new TimelineErrorEvent({ message, errors, warnings, src, status }));
    this.requestUpdate();
  }

  #setStatus(status: TimelineStatus): void {
    this.status = status;
    const states = this.#internals.states;
    for (const name of ['loading', 'ready', 'error', 'empty']) states.delete(name);
    if (status !== 'idle') states.add(status);
    if (this.model && this.model.events.length === 0 && status !== 'loading') states.add('empty');
  }

  /** Lays out again only when the data, the width, the view or the locale changed. */
  #updateLayout(): void {
    const width = this.#resize.width;
    const prepared = this.#prepared;
    const { view } = this;
    if (!prepared || !view || width <= 0) return;
    const locale = this.#resolvedLocale;
    if (!this.#metrics || this.#layoutData?.width !== width) this.#metrics = this.#readMetrics();
    const orientation = this.#orientationFor(width);
    const key = `${width}|${view[0]}|${view[1]}|${locale}|${orientation}|${this.#direction}`;
    if (this.#layoutData && this.#layoutKey === key && this.#layoutFor === prepared) return;
    this.#measure ??= createCanvasMeasure();
    this.#layoutKey = key;
    this.#layoutFor = prepared;
    const states = this.#internals.states;
    states.delete(orientation === 'vertical' ? 'horizontal' : 'vertical');
    states.add(orientation);
    this.#layoutData = layoutTimeline(prepared, {
      width,
      view,
      locale,
      metrics: this.#metrics,
      measure: this.#measure,
      noteHeading: this.#text.noteHeading,
      orientation,
      direction: this.#direction,
    });
  }

  #orientationFor(width: number): 'horizontal' | 'vertical' {
    if (this.layout !== 'auto') return this.layout === 'vertical' ? 'vertical' : 'horizontal';
    const threshold = this.verticalBelow ?? (Number.isFinite(this.#cssVerticalBelow) ? this.#cssVerticalBelow : 640);
    return width < threshold ? 'vertical' : 'horizontal';
  }


  /**
   * Sizes from the host's computed font, so that text resized by the reader grows the drawing;
   * also reads the direction and the vertical threshold set in CSS. Runs when the width changes.
   */
  #readMetrics(): TimelineMetrics {
    const style = getComputedStyle(this);
    this.#direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    this.#cssVerticalBelow = parseFloat(style.getPropertyValue('--timeline-vertical-below'));
    const basePx = parseFloat(style.fontSize) || 16;
    const quoteFamily = style.getPropertyValue('--timeline-font-family-quote').trim() || style.fontFamily;
    const quoteStyle = style.getPropertyValue('--timeline-quote-style').trim() === 'italic' ? 'italic ' : '';
    return createMetrics(basePx, style.fontFamily, `${quoteStyle}${quoteFamily}`);
  }

  /** Moves the view, at once or (for buttons and keys, unless the reader prefers less motion) over 250 ms. */
  #setView(next: [number, number], animate = false): void {
    const from = this.view;
    if (!from || (from[0] === next[0] && from[1] === next[1])) return;
    cancelAnimationFrame(this.#animationFrame);
    if (!animate || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.view = next;
      this.#viewChanged();
      return;
    }
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min((now - started) / 250, 1);
      const eased = 1 - (1 - t) ** 3;
      this.view = t < 1 ? [from[0] + (next[0] - from[0]) * eased, from[1] + (next[1] - from[1]) * eased] : next;
      if (t < 1) this.#animationFrame = requestAnimationFrame(step);
      else this.#viewChanged();
    };
    this.#animationFrame = requestAnimationFrame(step);
  }

  #viewChanged(): void {
    if (!this.view || !this.model) return;
    this.#pendingEvents.push(new TimelineZoomEvent(this.view));
    const view = this.view;
    const total = this.model.events.length;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const visible = this.#layoutData?.visibleEventCount ?? 0;
      this.announcement = this.#text.showing(visible, total, formatSpan(view, this.#resolvedLocale, this.#text));
    }, 400);
  }

  #announce(message: string): void {
    clearTimeout(this.#announceTimer);
    this.announcement = message;
  }

  /** Selects an event, or deselects it when it is selected already, unless `keep` (the second click of a double click). */
  #select(eventIndex: number, keep = false): void {
    if (!this.model) return;
    const event = this.model.events[eventIndex];
    const isSame = this.#selectedIndex === eventIndex;
    if (isSame && keep) return;
    this.selected = isSame ? undefined : event.id;
    this.focusIndex = eventIndex;
    if (isSame) return;
    this.dispatchEvent(new TimelineSelectEvent({ id: event.id, index: eventIndex }));
    if (this.hashLinks) {
      try {
        history.replaceState(history.state, '', `#event-${encodeURIComponent(event.id)}`);
      } catch {
        // An id that cannot be put in a URL (a lone surrogate) simply leaves the address alone.
      }
    }
  }

  #closeDetails(): void {
    const index = this.#selectedIndex;
    this.selected = undefined;
    if (index >= 0) this.#moveFocusTo(index);
  }

  /** Focuses event `index`, moving the view first when it is not drawn one by one. */
  #moveFocusTo(index: number): void {
    const { model, view } = this;
    const prepared = this.#prepared;
    const domain = this.#domain;
    if (!model || !prepared || !view || !domain || model.events.length === 0) return;
    const target = Math.min(Math.max(index, 0), model.events.length - 1);
    this.focusIndex = target;
    this.focusAnnotation = -1;
    this.#pendingFocus = { kind: 'event', index: target };
    this.#setView(viewShowing(prepared, target, view, domain, DEFAULT_MAX_MARKS));
    this.requestUpdate();
  }

  readonly #onHashChange = () => {
    if (this.hashLinks) this.#revealHashTarget();
  };

  #revealHashTarget(): void {
    const match = /^#event-(.+)$/.exec(location.hash);
    if (!match || !this.model) return;
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return;
    }
    const index = this.model.events.findIndex((event) => event.id === id);
    if (index < 0) return;
    this.selected = id;
    this.#moveFocusTo(index);
  }

  #onCommand(command: TimelineCommand): void {
    this.activeCommand = command;
    const { view, model } = this;
    const domain = this.#domain;
    if (command === 'list') {
      this.isListView = !this.isListView;
      return;
    }
    if (!view || !domain || !model) return;
    const span = view[1] - view[0];
    const centre = (view[0] + view[1]) / 2;
    if (command === 'zoomIn') this.#setView(zoomView(view, centre, 2, domain), true);
    else if (command === 'zoomOut') this.#setView(zoomView(view, centre, 0.5, domain), true);
    else if (command === 'reset') this.resetZoom();
    else this.#setView(panView(view, (command === 'earlier' ? -span : span) * 0.8, domain), true);
  }

  #onToolbarKeydown(event: KeyboardEvent): void {
    const buttons = Array.from(this.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button'));
    const current = buttons.findIndex((button) => button === this.shadowRoot!.activeElement);
    const step = this.#layoutData?.direction === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = { ArrowLeft: current - step, ArrowRight: current + step, Home: 0, End: buttons.length - 1 };
    if (!(event.key in moves) || current < 0) return;
    event.preventDefault();
    const next = buttons[(moves[event.key] + buttons.length) % buttons.length];
    this.activeCommand = next.dataset.command as TimelineCommand;
    next.focus();
  }

  /** How the arrow keys read: turned in the vertical layout, mirrored when time runs right to left. */
  get #keyFrame(): TimelineKeyFrame {
    const layout = this.#layoutData;
    return { orientation: layout?.orientation ?? 'horizontal', isMirrored: layout?.direction === 'rtl' };
  }

  /** Keys on the events and notes: the keymap names the action, `planKey` decides its effect. */
  #onPlotKeydown(event: KeyboardEvent): void {
    const { model, view } = this;
    const domain = this.#domain;
    const layout = this.#layoutData;
    if (!model || !view || !domain || !layout || model.events.length === 0) return;
    const isOnNoteItself = (event.target as Element).matches('figure[data-annotation]');
    if (isOnNoteItself && this.focusAnnotation >= 0 && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.#select(this.focusIndex);
      return;
    }
    const action = actionForKey(event.key, event, this.#keyFrame);
    if (!action) return;
    if (action === 'close' && this.#tipEvent >= 0) {
      event.preventDefault();
      this.dismissedTip = this.#tipEvent;
      return;
    }
    const effect = planKey(action, {
      focusIndex: this.focusIndex,
      eventCount: model.events.length,
      notes: model.events[this.focusIndex]?.annotationIndexes ?? [],
      focusAnnotation: this.focusAnnotation,
      isDetailsOpen: this.#selectedIndex >= 0,
      canZoom: !this.noZoom,
    });
    if (effect.kind === 'none') return;
    event.preventDefault();
    this.#carryOut(effect);
  }

  /** Carries out what a key asked for (see `planKey`). */
  #carryOut(effect: TimelineKeyEffect): void {
    const { model, view } = this;
    const domain = this.#domain;
    if (!model || !view || !domain) return;
    switch (effect.kind) {
      case 'focusEvent':
        this.#moveFocusTo(effect.index);
        break;
      case 'focusNote':
        this.focusAnnotation = effect.annotationIndex;
        this.#pendingFocus = { kind: 'annotation', index: effect.annotationIndex };
        break;
      case 'page': {
        // A screen earlier or later: focus goes to the first event of the new view.
        const next = panView(view, effect.direction * (view[1] - view[0]), domain);
        const index = bisectLeft(this.#prepared!.starts, effect.direction < 0 ? next[0] : Math.max(next[0], view[1]));
        this.#moveFocusTo(Math.min(index, model.events.length - 1));
        break;
      }
      case 'zoom': {
        const focused = model.events[this.focusIndex];
        const anchor = focused ? (focused.start.startMs + eventEndMs(focused)) / 2 : (view[0] + view[1]) / 2;
        this.#setView(zoomView(view, anchor, effect.factor, domain), true);
        this.#pendingFocus = { kind: 'event', index: this.focusIndex };
        break;
      }
      case 'reset':
        this.resetZoom();
        break;
      case 'closeDetails':
        this.#closeDetails();
        break;
    }
    this.requestUpdate();
  }

  readonly #clearHighlight = () => {
    if (this.highlight.event >= 0 || this.highlight.annotation >= 0) this.highlight = { event: -1, annotation: -1 };
  };

  /** The event whose tip shows: the hovered or focused one, unless its tip was dismissed. */
  get #tipEvent(): number {
    const event = this.highlight.event;
    // The selected event's details already say what its tip would.
    const isShown = event >= 0 && event !== this.dismissedTip && event !== this.#selectedIndex;
    return isShown && this.#layoutData?.orientation === 'horizontal' ? event : -1;
  }

  /** Hover or focus on an event highlights its notes; on a note, its events. */
  #onPlotPointer(event: Event): void {
    const target = (event.composedPath()[0] as Element | undefined)?.closest?.('[data-event],[data-annotation]') as HTMLElement | null;
    const next = {
      event: target?.dataset.event !== undefined ? Number(target.dataset.event) : -1,
      annotation: target?.dataset.annotation !== undefined ? Number(target.dataset.annotation) : -1,
    };
    if (event.type === 'focusin') {
      if (next.event >= 0) {
        this.focusIndex = next.event;
        this.focusAnnotation = -1;
      } else if (next.annotation >= 0 && this.model) {
        this.focusAnnotation = next.annotation;
        // A note reached by pointer or Tab belongs to its own event, not the last one focused.
        const events = this.model.annotations[next.annotation]?.eventIndexes ?? [];
        if (events.length && !events.includes(this.focusIndex)) this.focusIndex = events[0];
      }
    }
    if (next.event !== this.highlight.event || next.annotation !== this.highlight.annotation) {
      this.highlight = next;
      if (next.event !== this.dismissedTip) this.dismissedTip = -1;
    }
  }

  protected override render(): TemplateResult {
    const strings = this.#text;
    const model = this.model;
    const level = this.headingLevel;
    return html`<div
      part="base"
      class="base"
      role="figure"
      aria-labelledby="title"
      aria-describedby="description summary"
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}
    >
      <header part="header" class="header">
        <slot name="header">
          ${model
            ? html`<p id="title" class="title" role=${level > 0 ? 'heading' : nothing} aria-level=${level > 0 ? Math.min(level, 6) : nothing} dir="auto">${model.title}</p>
                ${model.description ? html`<p id="description" class="description" dir="auto">${model.description}</p>` : nothing}`
            : html`<p id="title" class="visually-hidden">${strings.untitled}</p>`}
        </slot>
        ${model && model.extent
          ? html`<p id="summary" class="summary">
              ${strings.summary(model.events.length, model.annotations.length, formatSpan(model.extent, this.#resolvedLocale, strings))}
              ${strings.instructions}
            </p>
            <details class="keys">
              <summary>${strings.keysHeading}</summary>
              <p>${describeKeys(this.#keyFrame, strings.keyActions)}</p>
            </details>`
          : html`<p id="summary" class="visually-hidden"></p>`}
      </header>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.status === 'loading' ? renderLoading(strings) : nothing}
      ${this.status === 'error' ? renderError(this.errorMessage, this.errors, this.warnings, !!model, strings) : nothing}
      ${model && model.events.length === 0 ? renderEmpty(strings) : nothing}
      ${model && model.events.length
        ? renderToolbar({
            strings,
            isListView: this.isListView,
            isZoomDisabled: this.noZoom,
            isRtl: this.#layoutData?.direction === 'rtl',
            activeCommand: this.activeCommand,
            onCommand: (command) => this.#onCommand(command),
            onKeydown: (event) => this.#onToolbarKeydown(event),
          })
        : nothing}
      ${model && (this.isListView || model.events.length <= PRINT_LIST_MAX_EVENTS)
        ? renderEventList({
            isPrintOnly: !this.isListView,
            model,
            locale: this.#resolvedLocale,
            strings,
            headingLevel: level > 0 ? level + 1 : 0,
            pageStart: this.listPageStart,
            onPage: (start) => (this.listPageStart = start),
          })
        : nothing}
      ${this.isListView ? nothing : this.#renderPlot(strings)}
      ${model && this.#selectedIndex >= 0 && !this.isListView
        ? renderDetails(model, this.#selectedIndex, this.#resolvedLocale, strings, level, () => this.#closeDetails())
        : nothing}
    </div>`;
  }

  #renderPlot(strings: TimelineStrings): TemplateResult | typeof nothing {
    const layout = this.#layoutData;
    const { model } = this;
    const metrics = this.#metrics;
    if (!layout || !model || !metrics || model.events.length === 0) return nothing;
    const selectedIndex = this.#selectedIndex;
    const highlightEvent = this.highlight.event >= 0 ? this.highlight.event : selectedIndex;
    const relatedAnnotations = new Set(model.events[highlightEvent]?.annotationIndexes);
    if (this.highlight.annotation >= 0) relatedAnnotations.add(this.highlight.annotation);
    const relatedEvents = new Set(model.annotations[this.highlight.annotation]?.eventIndexes);
    const tabStop = layout.marks.some((mark) => mark.eventIndex === this.focusIndex) ? this.focusIndex : (layout.marks[0]?.eventIndex ?? -1);
    const plotStyle = {
      height: `${layout.height}px`,
      '--_label-px': `${metrics.labelPx}px`,
      '--_note-pad': `${metrics.notePaddingPx}px`,
      '--_meta-px': `${parseFloat(metrics.noteMetaFont.replace('bold ', ''))}px`,
      '--_meta-line': `${metrics.noteMetaLinePx}px`,
      '--_quote-px': `${parseFloat(metrics.noteQuoteFont.replace('italic ', ''))}px`,
      '--_quote-line': `${metrics.noteQuoteLinePx}px`,
      '--_label-line': `${Math.round(metrics.labelPx * 1.35)}px`,
    };
    const isVertical = layout.orientation === 'vertical';
    return html`<div
      part="plot"
      class="plot"
      style=${cssProps(plotStyle)}
      @keydown=${this.#onPlotKeydown}
      @pointerover=${this.#onPlotPointer}
      @focusin=${this.#onPlotPointer}
      @pointerleave=${this.#clearHighlight}
      @focusout=${(event: FocusEvent) => {
        // A render that removes the focused event fires focusout in its midst: clear after it.
        if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) void this.updateComplete.then(() => this.#clearHighlight());
      }}
    >
      <svg aria-hidden="true" width=${layout.width} height=${layout.height}>
        ${isVertical ? renderRail(layout) : html`${renderLanes(layout)} ${renderAxis(layout)}`}
        <g class="connectors">${renderConnectors(layout, relatedAnnotations)}</g>
        <g class="marks">${renderMarks(layout, model.events, selectedIndex, relatedEvents)} ${renderBins(layout)}</g>
      </svg>
      ${layout.isAggregated && isVertical ? this.#renderPeriods(layout, strings) : nothing}
      ${layout.isAggregated && !isVertical
        ? html`<button
            class="aggregate"
            data-event=${this.focusIndex}
            @click=${() => this.#moveFocusTo(this.focusIndex)}
            style=${cssProps({ top: `${layout.bandTop}px`, height: `${layout.axisY - layout.bandTop}px`, left: `${layout.left}px`, width: `${layout.right - layout.left}px` })}
          >
            <span class="visually-hidden">${strings.aggregated(layout.visibleEventCount)}</span>
          </button>`
        : nothing}
      ${renderEventLayer(layout, {
        model,
        strings,
        nameOf: (index) => {
          let name = this.#names.get(index);
          if (!name) {
            name = eventNameParts(model.events[index], this.#resolvedLocale, strings);
            this.#names.set(index, name);
          }
          return name;
        },
        selectedIndex,
        focusIndex: tabStop,
        onSelect: (index, isRepeat) => this.#select(index, isRepeat),
      })}
      ${renderNotes(layout, model.annotations, strings, relatedAnnotations, (index) => this.#select(model.annotations[index].eventIndexes[0]))}
      ${renderMarkers(layout, model.annotations, strings, (_annotation, event) => this.#select(event))}
      ${this.#tipEvent >= 0 ? renderTooltip(layout, model, this.#tipEvent, this.#resolvedLocale, strings) : nothing}
    </div>`;
  }

  /** The vertical layout's periods when events are too dense: each a button that zooms into it. */
  #renderPeriods(layout: TimelineLayout, strings: TimelineStrings): TemplateResult {
    // The period holding the focused event carries its data-event, so that focus has a place to go.
    const focused = this.model?.events[this.focusIndex];
    return html`<ul class="layer periods" aria-label=${strings.eventsLabel}>
      ${layout.bins.map(
        (bin) => html`<li>
          <button
            class="bin-button"
            data-event=${focused && focused.start.startMs >= bin.startMs && focused.start.startMs < bin.endMs ? this.focusIndex : nothing}
            style=${cssProps({
              top: `${bin.y}px`,
              height: `${bin.height}px`,
              'inset-inline-start': `${(layout.direction === 'rtl' ? layout.width - Math.max(bin.x0, bin.x1) : Math.min(bin.x0, bin.x1)) - 8}px`,
              'inset-inline-end': '12px',
            })}
            @click=${() => this.zoomTo(bin.startMs, bin.endMs)}
          >
            <span class="period-label">${strings.periodCount(bin.count, formatSpan([bin.startMs, bin.endMs], this.#resolvedLocale, strings))}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }
}


function toMs(value: Date | number | string): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const parsed = parseTimelineDate(value);
  return typeof parsed === 'string' ? NaN : parsed.startMs;
}
