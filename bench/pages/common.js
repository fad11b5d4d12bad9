// Shared by the benchmark pages: the state the runner polls (window.__bench) and the "drawn" mark.
export const size = Number(new URLSearchParams(location.search).get('n') || 100);

/**
 * What bench/run.mjs reads: `drawnAt` (ms since navigation start), `error`, `plot()` (the drawing)
 * and `target()` (the viewport rect whose centre the script wheels and drags over; the plot's by default).
 */
export const bench = (window.__bench = {
  drawnAt: null,
  error: null,
  plot: () => null,
  target: () => bench.plot()?.getBoundingClientRect() ?? null,
});

/** Main-thread tasks over 50 ms, as [start, duration] ms, from the page's start (Long Tasks API). */
bench.longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  bench.longTasks = null;
}

window.addEventListener('error', (event) => markFailed(event.message || String(event.error)));
window.addEventListener('unhandledrejection', (event) => markFailed(String(event.reason?.stack || event.reason)));

/** Resolves after the next frame has been painted: one requestAnimationFrame, then a task queued from it. */
export function afterPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

let marked = false;
/** Call once the tool reports its drawing done; the time is taken after the next paint. */
export function markDrawn() {
  if (marked) return;
  marked = true;
  void afterPaint().then(() => {
    bench.drawnAt = performance.now();
  });
}

export function markFailed(message) {
  if (bench.error === null) bench.error = String(message);
}

export async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}
