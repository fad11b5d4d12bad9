import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the zoom controller asks of its host, in screen terms; the host turns them into views. */
export interface TimelineZoomHost extends ReactiveControllerHost, HTMLElement {
  /** The element that takes wheel, drag and pinch, or undefined while nothing is drawn. */
  readonly zoomSurface: HTMLElement | undefined;
  /** Zooms by `factor` (> 1 in) around the viewport x `clientX`. */
  zoomAtClientX(clientX: number, factor: number): void;
  /** Moves the view by `deltaPx` screen pixels (positive shows later times). */
  panByPx(deltaPx: number): void;
  /** Whether zooming is switched off. */
  readonly isZoomDisabled: boolean;
}

const DRAG_THRESHOLD_PX = 4;
const LINE_PX = 16;

/**
 * Wheel, trackpad, drag, pinch and double-click zoom and pan, with pointer events only (no
 * d3-zoom, whose selection and transition modules would cost about 18 KB of a 35 KB budget).
 * Vertical wheel zooms around the pointer, horizontal wheel (or Shift+wheel) pans, a drag pans,
 * two pointers pinch, a double click zooms in (Shift: out). A drag swallows the click it ends in.
 */
export class ZoomController implements ReactiveController {
  readonly #host: TimelineZoomHost;
  readonly #pointers = new Map<number, number>();
  #dragStartX = 0;
  #isDragging = false;
  #pinchDistance = 0;
  /** Zoom and pan asked for since the last frame, applied together once per frame. */
  #pending = { factor: 1, clientX: 0, panPx: 0 };
  #frame = 0;
  #listening?: AbortController;

  constructor(host: TimelineZoomHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // One signal takes every listener off again when the element leaves the page.
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    this.#host.addEventListener('wheel', this.#onWheel, { passive: false, signal });
    this.#host.addEventListener('pointerdown', this.#onPointerDown, { signal });
    this.#host.addEventListener('pointermove', this.#onPointerMove, { signal });
    this.#host.addEventListener('pointerup', this.#onPointerUp, { signal });
    this.#host.addEventListener('pointercancel', this.#onPointerUp, { signal });
    this.#host.addEventListener('dblclick', this.#onDoubleClick, { signal });
    this.#host.addEventListener('click', this.#onClick, { capture: true, signal });
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#pointers.clear();
    this.#isDragging = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = { factor: 1, clientX: 0, panPx: 0 };
  }

  /**
   * Wheel and pointer events can come several times a frame; the view is laid out once per
   * frame, with the product of the zooms and the sum of the pans asked for since the last one.
   */
  #request(factor: number, clientX: number, panPx: number): void {
    this.#pending.factor *= factor;
    this.#pending.panPx += panPx;
    if (factor !== 1) this.#pending.clientX = clientX;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      const { factor: zoom, clientX: x, panPx: pan } = this.#pending;
      this.#frame = 0;
      this.#pending = { factor: 1, clientX: 0, panPx: 0 };
      if (pan !== 0) this.#host.panByPx(pan);
      if (zoom !== 1) this.#host.zoomAtClientX(x, zoom);
    });
  }

  #isOnSurface(event: Event): boolean {
    const surface = this.#host.zoomSurface;
    return !this.#host.isZoomDisabled && !!surface && event.composedPath().includes(surface);
  }

  readonly #onWheel = (event: WheelEvent) => {
    if (!this.#isOnSurface(event)) return;
    const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? 400 : 1;
    const dx = (event.shiftKey ? event.deltaY : event.deltaX) * unit;
    const dy = event.shiftKey ? 0 : event.deltaY * unit;
    event.preventDefault();
    if (Math.abs(dx) > Math.abs(dy)) this.#request(1, 0, dx);
    else if (dy !== 0) this.#request(2 ** (-dy * (event.ctrlKey ? 0.01 : 0.002)), event.clientX, 0);
  };

  readonly #onPointerDown = (event: PointerEvent) => {
    if (!this.#isOnSurface(event) || (event.pointerType === 'mouse' && event.button !== 0)) return;
    this.#pointers.set(event.pointerId, event.clientX);
    this.#dragStartX = event.clientX;
    this.#isDragging = false;
    this.#pinchDistance = this.#currentSpread();
  };

  readonly #onPointerMove = (event: PointerEvent) => {
    const previous = this.#pointers.get(event.pointerId);
    if (previous === undefined) return;
    // A mouse released outside the element (before any capture) left its pointer behind.
    if (event.pointerType === 'mouse' && event.buttons === 0) {
      this.#pointers.delete(event.pointerId);
      return;
    }
    this.#pointers.set(event.pointerId, event.clientX);
    if (this.#pointers.size >= 2) {
      const spread = this.#currentSpread();
      if (this.#pinchDistance > 0 && spread > 0) this.#request(spread / this.#pinchDistance, this.#centre(), 0);
      this.#pinchDistance = spread;
      this.#isDragging = true;
      return;
    }
    if (!this.#isDragging && Math.abs(event.clientX - this.#dragStartX) < DRAG_THRESHOLD_PX) return;
    if (!this.#isDragging) {
      try {
        (event.target as Element | null)?.setPointerCapture?.(event.pointerId);
      } catch {
        // The pointer is already gone (or was never a real one): the drag goes on without capture.
      }
    }
    this.#isDragging = true;
    this.#request(1, 0, previous - event.clientX);
  };

  readonly #onPointerUp = (event: PointerEvent) => {
    this.#pointers.delete(event.pointerId);
    this.#pinchDistance = this.#currentSpread();
    // The click that ends a drag comes right after this; a drag that ends without one (touch,
    // a pinch) must not swallow a later click, so the flag lasts only until then.
    if (this.#pointers.size === 0 && this.#isDragging) setTimeout(() => (this.#isDragging = false));
  };

  readonly #onDoubleClick = (event: MouseEvent) => {
    if (!this.#isOnSurface(event)) return;
    event.preventDefault();
    this.#request(event.shiftKey ? 0.5 : 2, event.clientX, 0);
  };

  readonly #onClick = (event: MouseEvent) => {
    // Keyboard clicks (detail 0) are never the end of a drag.
    if (!this.#isDragging || event.detail === 0) return;
    this.#isDragging = false;
    event.stopPropagation();
    event.preventDefault();
  };

  #currentSpread(): number {
    if (this.#pointers.size < 2) return 0;
    const [a, b] = [...this.#pointers.values()];
    return Math.abs(a - b);
  }

  #centre(): number {
    const xs = [...this.#pointers.values()];
    return xs.reduce((sum, x) => sum + x, 0) / xs.length;
  }
}
