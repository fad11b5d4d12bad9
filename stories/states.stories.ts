import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/annotated-timeline.js';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import { inShadow, settled } from './helpers.js';
import { neverAnswers, untilState, withFetch } from './story-support.js';

/**
 * States and sizes: loading, a failed load, the empty slot, and the drawing at phone widths.
 */
const meta: Meta = {
  title: 'States',
  component: 'annotated-timeline',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** A URL whose request never answers (see `Loading`). */
const HANGING_URL = '/timeline-data/never-answers.json';

/** A URL the server refuses (see `LoadFailed`). */
const MISSING_URL = '/timeline-data/missing.json';

/**
 * A load in flight. The story's `fetch` of this URL never answers (it only honours aborts), and
 * `timeout` is an hour, so the element stays in `:state(loading)` for as long as anyone looks.
 */
export const Loading: Story = {
  beforeEach: withFetch(HANGING_URL, neverAnswers),
  render: () => html`<annotated-timeline timeout="3600000" src=${HANGING_URL}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await untilState(canvasElement, 'loading');
    await expect(el.matches(':state(ready)')).toBe(false);
    const loading = inShadow(el, '[part="loading"]');
    await expect(loading).toHaveLength(1);
    await expect(loading[0].getAttribute('role')).toBe('status');
    await expect(loading[0].textContent).toBe('Loading the timeline…');
    await expect(inShadow(el, '[part="base"]')[0].getAttribute('aria-busy')).toBe('true');
  },
};

/** A load the server refuses: the error box names the status and the URL. */
export const LoadFailed: Story = {
  beforeEach: withFetch(MISSING_URL, async () => new Response('not found', { status: 404, statusText: 'Not Found' })),
  render: () => html`<annotated-timeline src=${MISSING_URL}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.matches(':state(error)')).toBe(true);
    const error = inShadow(el, '[part="error"]')[0];
    await expect(error.getAttribute('role')).toBe('alert');
    await expect(error.textContent).toContain('404');
    await expect(error.textContent).toContain(MISSING_URL);
  },
};

/** The `empty` slot holds the page's own words for a timeline with no events yet. */
export const EmptySlot: Story = {
  render: () => html`<annotated-timeline .data=${{ title: 'Election night', events: [] }}>
    <p slot="empty">Results will appear here as the polls close.</p>
  </annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.matches(':state(empty)')).toBe(true);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="empty"] slot[name="empty"]')!;
    await expect(slot.assignedElements()[0].textContent).toBe('Results will appear here as the polls close.');
  },
};

/** `layout="vertical"` in a 375 px column: time runs down a rail, notes sit under their events. */
export const Vertical: Story = {
  render: () => html`<div style="width: 375px">
    <annotated-timeline layout="vertical" locale="en-GB" .data=${iraq}></annotated-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expectVertical(el);
    await expectInside(el);
  },
};

/** A 320 px column, the narrowest phone: `layout="auto"` (the default) turns vertical, and nothing spills out. */
export const Narrow320: Story = {
  render: () => html`<div style="width: 320px">
    <annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.getBoundingClientRect().width).toBe(320);
    await expectVertical(el);
    await expectInside(el);
    // The toolbar keeps 44 px targets and wraps within the column.
    for (const control of inShadow(el, '[part~="control"]')) {
      const box = control.getBoundingClientRect();
      await expect(box.width).toBeGreaterThanOrEqual(44);
      await expect(box.height).toBeGreaterThanOrEqual(44);
    }
  },
};

/** Time runs downwards: the axis is a rail down the column, and each later event sits lower. */
async function expectVertical(el: HTMLElement): Promise<void> {
  const axis = inShadow(el, '[part~="axis"]');
  await expect(axis).toHaveLength(1);
  const rail = axis[0].getBoundingClientRect();
  await expect(rail.height).toBeGreaterThan(rail.width);
  const buttons = inShadow(el, '[part~="event-button"]').sort((a, b) => Number(a.dataset.event) - Number(b.dataset.event));
  await expect(buttons.length).toBeGreaterThan(1);
  const tops = buttons.map((button) => button.getBoundingClientRect().top);
  for (let i = 1; i < tops.length; i++) await expect(tops[i]).toBeGreaterThan(tops[i - 1]);
}

/** Every event, note and marker lies within the element's width: nothing scrolls sideways. */
async function expectInside(el: HTMLElement): Promise<void> {
  const host = el.getBoundingClientRect();
  const boxes = inShadow(el, '[part~="event-button"], [part~="annotation"], [part="marker"]').map((part) => part.getBoundingClientRect());
  await expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    await expect(box.left).toBeGreaterThanOrEqual(host.left - 0.5);
    await expect(box.right).toBeLessThanOrEqual(host.right + 0.5);
  }
  await expect(el.scrollWidth).toBeLessThanOrEqual(Math.ceil(host.width));
}
