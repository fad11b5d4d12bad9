import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the host's content width with a ResizeObserver and asks for an update when it
 * changes. Reading the size in the observer callback and updating in the next frame keeps
 * "ResizeObserver loop" errors away.
 */
export class ResizeController implements ReactiveController {
  /** The host's content-box width in CSS px; 0 until first observed (or while hidden). */
  width = 0;
  /** Whether the observer has reported at least once, so that `width` is the real one. */
  hasMeasured = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width === this.width && this.hasMeasured) return;
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.width = width;
        this.hasMeasured = true;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }
}
