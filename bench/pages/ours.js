// <annotated-timeline> loads the JSON itself through `src`. Drawn: it matches :state(ready) and
// its shadow root holds the plot, then one frame is painted.
import { bench, markDrawn, markFailed, size } from './common.js';

const el = document.createElement('annotated-timeline');
const plot = () => el.shadowRoot?.querySelector('[part~="plot"]') ?? null;
bench.plot = plot;
// Wheel and drag over the event band (the lanes), not over the notes above it.
bench.target = () => {
  const lanes = [...(el.shadowRoot?.querySelectorAll('.lane-background') ?? [])].map((lane) => lane.getBoundingClientRect());
  if (lanes.length === 0) return plot()?.getBoundingClientRect() ?? null;
  return {
    left: Math.min(...lanes.map((r) => r.left)),
    top: Math.min(...lanes.map((r) => r.top)),
    right: Math.max(...lanes.map((r) => r.right)),
    bottom: Math.max(...lanes.map((r) => r.bottom)),
  };
};

const check = () => {
  if (el.matches(':state(ready)') && plot()) {
    markDrawn();
    return true;
  }
  return false;
};

el.addEventListener('timeline-error', (event) => markFailed(event.detail?.message ?? 'timeline-error'));
el.addEventListener('timeline-load', () => {
  if (check()) return;
  // The plot waits for the first width from the ResizeObserver; watch the shadow root until it appears.
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(el.shadowRoot, { childList: true, subtree: true });
});
el.src = `/bench/.cache/data-${size}.json`;
document.getElementById('root').append(el);
