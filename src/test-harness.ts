/**
 * Helpers for the browser tests: mount an element, wait for it to settle, and query its shadow
 * root. Not exported from the package.
 */
import type { AnnotatedTimeline } from './annotated-timeline.component.js';
import './annotated-timeline.js';

/** Mounts `<annotated-timeline>` in a container of the given width and returns it. */
export function mountTimeline(width = 1280, attributes: Record<string, string> = {}): AnnotatedTimeline {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const el = document.createElement('annotated-timeline');
  el.setAttribute('locale', 'en-GB');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  return el;
}

/** Resolves when the element reaches one of the custom states, or rejects after `timeoutMs`. */
export async function waitForState(el: AnnotatedTimeline, states: string[], timeoutMs = 5000): Promise<string> {
  const started = performance.now();
  for (;;) {
    await el.updateComplete;
    const found = states.find((name) => el.matches(`:state(${name})`));
    // A drawn state needs the layout, which follows the first ResizeObserver frame.
    if (found && (found !== 'ready' || el.shadowRoot!.querySelector('.plot, [part~="empty"]'))) return found;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for :state(${states.join('|')})`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** All elements in the shadow root matching `selector`. */
export function shadowAll<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return Array.from(el.shadowRoot!.querySelectorAll<E>(selector));
}

/** The first element in the shadow root matching `selector`; throws when there is none. */
export function shadowOne<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Removes every mounted container, between tests. */
export function unmountAll(): void {
  for (const el of document.querySelectorAll('annotated-timeline')) el.parentElement?.remove();
}
