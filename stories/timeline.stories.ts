import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/annotated-timeline.js';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import { inShadow, settled } from './helpers.js';

const meta: Meta = {
  title: 'Timeline',
  component: 'annotated-timeline',
  parameters: { layout: 'fullscreen' },
  // No docs page here, so that Storybook opens on the default timeline itself; the API tables
  // are on the other components' docs pages.
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** The default story: the September 2023 operations against ISIS in Iraq, with expert commentary. */
export const Default: Story = {
  render: () => html`<annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(inShadow(el, '[part~="event-button"]')).toHaveLength(iraq.events.length);
    const shown = inShadow(el, '[part~="annotation"]').length + inShadow(el, '[part="marker"]').length;
    await expect(shown).toBe(iraq.annotations.length);
  },
};

/** A 375 px column, as on a phone: no note overlaps another; notes with no room become numbered markers. */
export const Narrow: Story = {
  render: () => html`<div style="width: 375px"><annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline></div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const boxes = inShadow(el, '[part~="annotation"]').map((note) => note.getBoundingClientRect());
    const host = el.getBoundingClientRect();
    for (const box of boxes) {
      await expect(box.left).toBeGreaterThanOrEqual(host.left);
      await expect(box.right).toBeLessThanOrEqual(host.right);
    }
  },
};

/** Bad data: every problem is listed with its path, announced as an alert. */
export const InvalidData: Story = {
  render: () =>
    html`<annotated-timeline
      .data=${{
        title: 'Broken',
        events: [
          { id: 'kirkuk-arrest', title: 'Arrest', start: '2023-13-01' },
          { id: 'anbar', title: '', start: '2023-09-26', end: '2023-09-20' },
        ],
        annotations: [{ id: 'n1', events: ['kirkuk'], quote: 'Words', kind: 'quote' }],
      }}
    ></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.matches(':state(error)')).toBe(true);
    const text = inShadow(el, '[part="error"]')[0].textContent ?? '';
    await expect(text).toContain('events[0].start');
    await expect(text).toContain('annotations[0].events[0]');
  },
};

/** Data with no events yet: the empty state. */
export const Empty: Story = {
  render: () => html`<annotated-timeline .data=${{ title: 'Coming soon', events: [] }}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(el.matches(':state(empty)')).toBe(true);
    await expect(inShadow(el, '[part="empty"]')).toHaveLength(1);
  },
};

/** The dark theme, chosen with `theme="dark"`. */
export const Dark: Story = {
  render: () => html`<div style="background:#0d1117"><annotated-timeline theme="dark" locale="en-GB" .data=${iraq}></annotated-timeline></div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(13, 17, 23)');
  },
};

/** The list view: every event in time order with all its content, as screen readers, print and phones may prefer. */
export const ListView: Story = {
  render: () => html`<annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    inShadow(el, '[data-command="list"]')[0].click();
    await el.updateComplete;
    const items = inShadow(el, '.list-event');
    await expect(items).toHaveLength(iraq.events.length);
    await expect(inShadow(el, '.list-event time[datetime]')[0].getAttribute('datetime')).toBe('2023-09-25');
  },
};

/** Two timelines on one page with different data and themes do not affect each other. */
export const TwoOnOnePage: Story = {
  render: () => html`
    <annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>
    <annotated-timeline
      theme="dark"
      locale="fr"
      .data=${{ title: 'Autre', events: [{ id: 'a', title: 'Un événement', start: '2024-01-15' }] }}
    ></annotated-timeline>
  `,
  play: async ({ canvasElement }) => {
    const first = await settled(canvasElement, 0);
    const second = await settled(canvasElement, 1);
    await expect(inShadow(first, '[part~="event-button"]')).toHaveLength(iraq.events.length);
    await expect(inShadow(second, '[part~="event-button"]')).toHaveLength(1);
    await expect(inShadow(second, '[part~="event-button"]')[0].textContent).toContain('janvier 2024');
  },
};
