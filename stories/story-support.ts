import type { AnnotatedTimeline } from '../src/annotated-timeline.component.js';

/** The centre of an element's box, for comparing where two things are drawn. */
export function centreOf(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Every element in the timeline's shadow root: what the DOM costs at a given size of data. */
export function shadowElementCount(el: AnnotatedTimeline): number {
  return el.shadowRoot!.querySelectorAll('*').length;
}

/** Waits until the element's custom state is `state` (e.g. `loading`), for states `settled` does not wait for. */
export async function untilState(canvasElement: HTMLElement, state: string): Promise<AnnotatedTimeline> {
  const el = canvasElement.querySelector('annotated-timeline') as AnnotatedTimeline;
  const started = performance.now();
  for (;;) {
    await el.updateComplete;
    if (el.matches(`:state(${state})`)) return el;
    if (performance.now() - started > 5000) throw new Error(`the timeline did not reach :state(${state}) within 5 s`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * A story `beforeEach` that answers `fetch` for one URL path with `fake` and passes every other
 * request through; its cleanup takes it out again. Storybook cannot serve a URL that never
 * answers or that fails, so a story stands one in. Each story uses its own path, so that stories
 * rendered together on a docs page do not answer each other's requests.
 */
export function withFetch(path: string, fake: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>): () => () => void {
  return () => {
    const previous = window.fetch;
    let isActive = true;
    const wrapper = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      return isActive && url.pathname === path ? fake(input, init) : previous(input, init);
    };
    window.fetch = wrapper as typeof window.fetch;
    return () => {
      isActive = false;
      if (window.fetch === wrapper) window.fetch = previous;
    };
  };
}

/** A fetch that never answers, but rejects as fetch does when its request is aborted. */
export function neverAnswers(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')), { once: true });
  });
}
