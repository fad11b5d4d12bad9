import type { AnnotatedTimeline } from '../src/annotated-timeline.component.js';

/** Waits until the story's timeline has drawn (or failed), so play functions test a settled element. */
export async function settled(canvasElement: HTMLElement, index = 0): Promise<AnnotatedTimeline> {
  const el = canvasElement.querySelectorAll('annotated-timeline')[index] as AnnotatedTimeline;
  const started = performance.now();
  for (;;) {
    await el.updateComplete;
    const isDrawn = el.matches(':state(ready)') && el.shadowRoot!.querySelector('.plot, [part="empty"], [part="list"]');
    if (isDrawn || el.matches(':state(error)')) return el;
    if (performance.now() - started > 5000) throw new Error('the timeline did not settle within 5 s');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Elements in the timeline's shadow root. */
export function inShadow(el: Element, selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}
