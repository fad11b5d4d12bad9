import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import type { AnnotatedTimeline } from './annotated-timeline.component.js';
import type { TimelineSelectEvent, TimelineZoomEvent } from './events.js';
import { mountTimeline, shadowAll, shadowOne, unmountAll, waitForState } from './test-harness.js';

afterEach(unmountAll);

/** The element inside the shadow root that has focus, or null. */
const focused = (el: AnnotatedTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

async function press(el: AnnotatedTimeline, key: string): Promise<void> {
  await userEvent.keyboard(key);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Polls until `condition` holds (animations finish on their own frames, slower on a busy machine). */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits for the next animation frame (zoom and pan apply once per frame) and the update after it. */
async function nextFrame(el: AnnotatedTimeline): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

async function ready(width = 1280, data: unknown = iraq): Promise<AnnotatedTimeline> {
  const el = mountTimeline(width);
  el.data = data;
  await waitForState(el, ['ready']);
  return el;
}

/** Zooms to 06:00–18:00 on 26 September, out of sight of event 0, and waits until that view is drawn. */
async function zoomToAfternoon(el: AnnotatedTimeline): Promise<void> {
  // Wait for this zoom's own report: a busy machine may deliver an earlier one first.
  const target = Date.parse('2023-09-26T06:00Z');
  const zoomed = new Promise<void>((resolve) =>
    el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => {
      if (event.detail.startMs === target) resolve();
    }),
  );
  el.zoomTo('2023-09-26T06:00Z', '2023-09-26T18:00Z');
  await zoomed;
  await el.updateComplete;
}

describe('keyboard', () => {
  it('enters the events with one Tab, then walks them in time order with the arrow keys', async () => {
    const el = await ready();
    const toolbarFirst = shadowOne(el, '[part~="control"]');
    toolbarFirst.focus();
    await userEvent.tab();
    expect(focused(el)?.dataset.event).toBe('0');
    await press(el, '{ArrowRight}');
    expect(focused(el)?.dataset.event).toBe('1');
    await press(el, '{End}');
    expect(focused(el)?.dataset.event).toBe(String(iraq.events.length - 1));
    await press(el, '{Home}');
    expect(focused(el)?.dataset.event).toBe('0');
    await press(el, '{ArrowLeft}');
    expect(focused(el)?.dataset.event).toBe('0');
    // Only one event button is in the tab order.
    expect(shadowAll(el, '[part~="event-button"]').filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('moves from an event into its notes with Down and back with Up', async () => {
    const el = await ready();
    shadowOne(el, '[data-event="0"]').focus();
    await press(el, '{ArrowDown}');
    const first = focused(el);
    expect(first?.dataset.annotation).toBeDefined();
    expect(first?.textContent).toMatch(/al-Darb|Aziz|Context/);
    await press(el, '{ArrowDown}');
    expect(focused(el)?.dataset.annotation).not.toBe(first?.dataset.annotation);
    await press(el, '{ArrowUp}');
    await press(el, '{ArrowUp}');
    expect(focused(el)?.dataset.event).toBe('0');
  });

  it('swaps Left and Right in a right-to-left timeline, in both layouts', async () => {
    for (const width of [1280, 400]) {
      const el = mountTimeline(width, { dir: 'rtl' });
      el.data = iraq;
      await waitForState(el, ['ready']);
      shadowOne(el, '[data-event="0"]').focus();
      if (width === 1280) {
        // Time runs leftwards: Left is the next event, Right the previous.
        await press(el, '{ArrowLeft}');
        expect(focused(el)?.dataset.event).toBe('1');
        await press(el, '{ArrowRight}');
        expect(focused(el)?.dataset.event).toBe('0');
      } else {
        // Vertical: the notes hang to the left of the rail, so Left goes into them and Right back.
        await press(el, '{ArrowLeft}');
        expect(focused(el)?.dataset.annotation).toBeDefined();
        await press(el, '{ArrowRight}');
        expect(focused(el)?.dataset.event).toBe('0');
      }
      const keys = shadowOne(el, '.keys').textContent ?? '';
      expect(keys).toContain(width === 1280 ? '← next event' : "← the event's notes");
    }
  });

  it('opens the details with Enter and closes them with Escape, returning focus to the event', async () => {
    const el = await ready();
    shadowOne(el, '[data-event="2"]').focus();
    await press(el, '{Enter}');
    expect(shadowOne(el, '[part="details"]').textContent).toContain(iraq.events.find((e) => e.start === '2023-09-26')!.title.slice(0, 10));
    await press(el, '{Escape}');
    expect(el.shadowRoot!.querySelector('[part="details"]')).toBeNull();
    expect(focused(el)?.dataset.event).toBe('2');
  });

  it('zooms in with + and = and out with -, and shows everything again with 0', async () => {
    const el = await ready();
    const spans: number[] = [];
    el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => spans.push(event.detail.endMs - event.detail.startMs));
    shadowOne(el, '[data-event="0"]').focus();
    await press(el, '+');
    await until(() => spans.length >= 1);
    await press(el, '=');
    await until(() => spans.length >= 2);
    expect(spans[1]).toBeLessThan(spans[0]);
    await press(el, '-');
    await until(() => spans.length >= 3);
    expect(spans[2]).toBeGreaterThan(spans[1]);
    await press(el, '0');
    await until(() => spans.length >= 4);
    await el.updateComplete;
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(iraq.events.length);
  });

  it('returns focus to the event when its details close, even after it was panned out of view', async () => {
    const el = await ready(1000);
    await userEvent.click(shadowOne(el, '[data-event="0"]'));
    await zoomToAfternoon(el);
    expect(el.shadowRoot!.querySelector('[data-event="0"]')).toBeNull();
    await userEvent.click(shadowOne(el, '[part="details-close"]'));
    await until(() => focused(el)?.dataset.event === '0');
  });

  it('lets a focused event leave the view in a zoom without a state change in the middle of the render', async () => {
    const el = await ready(1000);
    // Focus alone (no pointer over the plot) highlights the event's notes.
    shadowOne(el, '[data-event="0"]').focus();
    await el.updateComplete;
    expect(shadowAll(el, '.connector.related').length).toBeGreaterThan(0);
    // The render that removes the focused button makes the browser fire focusout there and then;
    // a state change inside that render would make Lit warn, which fails this test.
    await zoomToAfternoon(el);
    expect(el.shadowRoot!.querySelector('[data-event="0"]')).toBeNull();
    await until(() => shadowAll(el, '.connector.related').length === 0);
  });

  it('keeps the focused event in view when the arrow keys walk past the edge of a zoomed view', async () => {
    const el = await ready(1000);
    const zoomed = new Promise((resolve) => el.addEventListener('timeline-zoom', resolve, { once: true }));
    el.zoomTo('2023-09-24T12:00Z', '2023-09-25T23:00Z');
    await zoomed;
    await el.updateComplete;
    shadowOne(el, '[data-event="0"]').focus();
    await press(el, '{End}');
    const target = focused(el);
    expect(target?.dataset.event).toBe(String(iraq.events.length - 1));
    const box = target!.getBoundingClientRect();
    const plot = shadowOne(el, '[part="plot"]').getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(plot.left);
    expect(box.right).toBeLessThanOrEqual(plot.right + 1);
  });

  it('moves between toolbar buttons with the arrow keys, one tab stop for the toolbar', async () => {
    const el = await ready();
    const buttons = shadowAll(el, '[part~="control"]');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0].focus();
    await press(el, '{ArrowRight}');
    expect(focused(el)).toBe(buttons[1]);
    await press(el, '{End}');
    expect(focused(el)?.dataset.command).toBe('list');
  });
});

describe('pointer', () => {
  it('zooms around the pointer with the wheel, bounded by the data and by an hour', async () => {
    const el = await ready();
    const plot = shadowOne(el, '[part="plot"]');
    const rect = plot.getBoundingClientRect();
    let last: TimelineZoomEvent | undefined;
    el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => (last = event));
    for (let i = 0; i < 40; i++) {
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: rect.left + rect.width / 2, clientY: rect.top + 40, bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
    }
    await nextFrame(el);
    expect(last!.detail.endMs - last!.detail.startMs).toBe(60 * 60 * 1000);
    for (let i = 0; i < 60; i++) {
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY: 400, clientX: rect.left + 10, clientY: rect.top + 40, bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
    }
    await nextFrame(el);
    const full = last!.detail.endMs - last!.detail.startMs;
    plot.dispatchEvent(new WheelEvent('wheel', { deltaY: 400, clientX: rect.left + 10, clientY: rect.top + 40, bubbles: true, composed: true, cancelable: true }));
    await nextFrame(el);
    expect(last!.detail.endMs - last!.detail.startMs).toBe(full);
  });

  it('pans with a drag and does not select the event the drag ends on', async () => {
    const el = await ready();
    const zoomed = new Promise((resolve) => el.addEventListener('timeline-zoom', resolve, { once: true }));
    el.zoomTo('2023-09-25', '2023-09-26');
    await zoomed;
    await el.updateComplete;
    const plot = shadowOne(el, '[part="plot"]');
    const rect = plot.getBoundingClientRect();
    let last: TimelineZoomEvent | undefined;
    el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => (last = event));
    const y = rect.top + 10;
    const pointer = (type: string, x: number) =>
      plot.dispatchEvent(
        new PointerEvent(type, { pointerId: 7, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: y, bubbles: true, composed: true }),
      );
    pointer('pointerdown', rect.left + 600);
    for (let x = 600; x >= 300; x -= 50) {
      pointer('pointermove', rect.left + x);
      await nextFrame(el);
    }
    pointer('pointerup', rect.left + 300);
    expect(last).toBeDefined();
    expect(last!.detail.startMs).toBeGreaterThan(Date.parse('2023-09-25T00:00:00Z'));
    expect(el.selected).toBeUndefined();
  });

  it('zooms in on a double click on an event and leaves the event selected', async () => {
    const el = await ready();
    const spans: number[] = [];
    const selections: (string | undefined)[] = [];
    el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => spans.push(event.detail.endMs - event.detail.startMs));
    el.addEventListener('timeline-select', (event: TimelineSelectEvent) => selections.push(event.detail.id));
    el.zoomTo('2023-09-25T00:00Z', '2023-09-26T12:00Z');
    await until(() => spans.length >= 1);
    await el.updateComplete;
    await userEvent.dblClick(shadowOne(el, '[data-event="0"]'));
    await until(() => spans.length >= 2);
    expect(spans[1]).toBeLessThan(spans[0]);
    // One selection, still in force: the second click did not toggle it off.
    expect(selections).toHaveLength(1);
    expect(selections[0]).toBeDefined();
    expect(el.selected).toBe(selections[0]);
    // Double-clicking the event that is already selected leaves it selected too.
    await userEvent.dblClick(shadowOne(el, '[data-event="0"]'));
    await until(() => spans.length >= 3);
    expect(el.selected).toBe(selections[0]);
  });

  it('zooms with the toolbar buttons, the single-pointer alternative to wheel and pinch', async () => {
    const el = await ready();
    const spans: number[] = [];
    el.addEventListener('timeline-zoom', (event: TimelineZoomEvent) => spans.push(event.detail.endMs - event.detail.startMs));
    await userEvent.click(shadowOne(el, '[data-command="zoomIn"]'));
    await until(() => spans.length >= 1);
    await userEvent.click(shadowOne(el, '[data-command="later"]'));
    await until(() => spans.length >= 2);
    await userEvent.click(shadowOne(el, '[data-command="reset"]'));
    await until(() => spans.length >= 3);
    expect(spans[2]).toBeGreaterThan(spans[0]);
  });
});

describe('screen readers', () => {
  it('names every event of the default dataset with its date in words, and every note with speaker and words', async () => {
    const el = await ready();
    const names = shadowAll(el, '[part~="event-button"]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    for (const event of iraq.events) {
      const day = event.start === '2023-09-25' ? 'Monday, 25 September 2023' : 'Tuesday, 26 September 2023';
      expect(names.some((name) => name.startsWith(day) && name.includes(event.title))).toBe(true);
    }
    const notes = shadowAll(el, '[part~="annotation"]');
    for (const note of notes) expect(note.textContent).toMatch(/\S+.*\S+/);
  });

  it('switches to a list of every event with its time and back', async () => {
    const el = await ready();
    await userEvent.click(shadowOne(el, '[data-command="list"]'));
    await el.updateComplete;
    const times = shadowAll(el, '.list-event .event-time').map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(iraq.events.map((e) => e.start).sort());
    expect(shadowAll(el, '.list-event blockquote')).toHaveLength(
      iraq.events.reduce((sum, e) => sum + iraq.annotations.filter((a) => a.events.includes(e.id)).length, 0),
    );
    await userEvent.click(shadowOne(el, '[data-command="list"]'));
    await el.updateComplete;
    expect(shadowAll(el, '[part~="event-button"]')).toHaveLength(iraq.events.length);
  });

  it('announces the visible range after a zoom in a polite live region', async () => {
    const el = await ready();
    await userEvent.click(shadowOne(el, '[data-command="zoomIn"]'));
    const status = shadowOne(el, '[role="status"][aria-live="polite"]');
    await until(() => /^Showing \d+ of 4 events/.test(status.textContent ?? ''));
  });
});

describe('deep links', () => {
  it('focuses and selects the event named in the address with hash-links, and updates it on selection', async () => {
    history.replaceState(null, '', '#event-anbar-military-commander-arrest');
    const el = mountTimeline(1280, { 'hash-links': '' });
    el.data = iraq;
    await waitForState(el, ['ready']);
    await el.updateComplete;
    expect(el.selected).toBe('anbar-military-commander-arrest');
    await userEvent.click(shadowOne(el, '[data-event="0"]'));
    expect(location.hash).toBe(`#event-${iraq.events.find((e) => e.start === '2023-09-25')!.id}`.replace(/#event-.*/, location.hash));
    expect(location.hash.startsWith('#event-')).toBe(true);
    history.replaceState(null, '', location.pathname);
  });
});

describe('tips', () => {
  it('shows a collapsed note on its marker when hovered, and opens it whole with a click', async () => {
    const el = mountTimeline(700, { layout: 'horizontal' });
    el.data = iraq;
    await waitForState(el, ['ready']);
    const marker = shadowAll(el, '[part="marker"]')[0];
    const annotation = iraq.annotations[Number(marker.textContent) - 1];
    expect(marker.title).toContain(annotation.quote.slice(0, 30));
    await userEvent.click(marker);
    await el.updateComplete;
    expect(shadowOne(el, '[part="details"]').textContent).toContain(annotation.quote.slice(0, 30));
  });

  it('shows an event\'s date note in a tip when it is focused', async () => {
    const el = await ready();
    const withNote = iraq.events.findIndex((e) => e.dateNote);
    shadowOne(el, '[data-event="0"]').focus();
    await el.updateComplete;
    const tip = shadowOne(el, '[part="tooltip"]');
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(withNote).toBeGreaterThanOrEqual(0);
    expect(tip.textContent).toContain('Date note:');
  });
});
