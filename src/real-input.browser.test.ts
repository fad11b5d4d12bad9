/**
 * Real input, not synthetic events: wheel, mouse drag and a two-finger pinch sent through the
 * Chrome DevTools Protocol, so they pass through the browser's own input pipeline (hit testing,
 * pointer events from touches, default actions) as a reader's would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import type { AnnotatedTimeline } from './annotated-timeline.component.js';
import type { TimelineZoomEvent } from './events.js';
import { mountTimeline, shadowOne, unmountAll, waitForState } from './test-harness.js';

afterEach(unmountAll);

/** A point of an element in the top-level page's coordinates, which the protocol's input uses. */
function pagePoint(element: Element, fx = 0.5, fy = 0.5): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const scale = window.frameElement ? window.frameElement.getBoundingClientRect().width / window.innerWidth : 1;
  return { x: frame.left + (box.left + box.width * fx) * scale, y: frame.top + (box.top + box.height * fy) * scale };
}

const frames = (count: number) => new Promise((resolve) => {
  let left = count;
  const tick = () => (--left <= 0 ? resolve(undefined) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
});

async function ready(): Promise<{ el: AnnotatedTimeline; spans: number[]; starts: number[] }> {
  const el = mountTimeline(1200);
  el.data = iraq;
  await waitForState(el, ['ready']);
  const spans: number[] = [];
  const starts: number[] = [];
  el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => {
    spans.push(event.detail.endMs - event.detail.startMs);
    starts.push(event.detail.startMs);
  });
  return { el, spans, starts };
}

describe('real input', () => {
  it('zooms in with the mouse wheel over the drawing', async () => {
    const { el, spans } = await ready();
    const { x, y } = pagePoint(shadowOne(el, '[part="plot"]'), 0.5, 0.02);
    const session = cdp();
    for (let i = 0; i < 3; i++) {
      await session.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: -240 });
      await frames(2);
    }
    expect(spans.length).toBeGreaterThan(0);
    // The whole view is the two days of data with 5% either side: 2.2 days.
    expect(spans[spans.length - 1]).toBeLessThan(2.2 * 24 * 3600 * 1000 * 0.9);
  });

  it('pans with a mouse drag across the drawing', async () => {
    const { el, starts } = await ready();
    const zoomed = new Promise((resolve) => el.addEventListener('timeline-zoom', resolve, { once: true }));
    el.zoomTo('2023-09-25', '2023-09-26');
    await zoomed;
    await el.updateComplete;
    starts.length = 0;
    const plot = shadowOne(el, '[part="plot"]');
    const from = pagePoint(plot, 0.6, 0.02);
    const session = cdp();
    await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: from.x, y: from.y });
    await session.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: from.x, y: from.y, button: 'left', clickCount: 1 });
    for (let dx = 20; dx <= 200; dx += 20) {
      await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: from.x - dx, y: from.y, button: 'left', buttons: 1 });
      await frames(1);
    }
    await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: from.x - 200, y: from.y, button: 'left', clickCount: 1 });
    await frames(2);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts[starts.length - 1]).toBeGreaterThan(Date.parse('2023-09-25T00:00:00Z'));
    expect(el.selected).toBeUndefined();
  });

  it('zooms in with a two-finger pinch on a touch screen', async () => {
    const { el, spans } = await ready();
    const plot = shadowOne(el, '[part="plot"]');
    const centre = pagePoint(plot, 0.5, 0.02);
    const session = cdp();
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: centre.x - spread, y: centre.y, id: 1 },
          { x: centre.x + spread, y: centre.y, id: 2 },
        ],
      });
    await touch('touchStart', 40);
    for (let spread = 60; spread <= 200; spread += 20) {
      await touch('touchMove', spread);
      await frames(1);
    }
    await touch('touchEnd', 0);
    await frames(2);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans[spans.length - 1]).toBeLessThan(spans[0]);
    // A pinch ends with no click, so the next click (here, a toolbar button) still works.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const count = spans.length;
    const button = pagePoint(shadowOne(el, '[data-command="zoomOut"]'));
    await session.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: button.x, y: button.y, button: 'left', clickCount: 1 });
    await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: button.x, y: button.y, button: 'left', clickCount: 1 });
    // The zoom out animates, then reports: wait for its report, up to five seconds.
    for (let waited = 0; spans.length <= count && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(spans.length).toBeGreaterThan(count);
  });
});
