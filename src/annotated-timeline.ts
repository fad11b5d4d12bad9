import { AnnotatedTimeline } from './annotated-timeline.component.js';

export { AnnotatedTimeline };

// Defined once, so that two copies of the bundle on one page do not throw.
if (!customElements.get('annotated-timeline')) customElements.define('annotated-timeline', AnnotatedTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'annotated-timeline': AnnotatedTimeline;
  }
}
