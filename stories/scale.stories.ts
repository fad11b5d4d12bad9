import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/annotated-timeline.js';
import { generateTimeline } from '../test/generate.js';
import { settled } from './helpers.js';
import { shadowElementCount } from './story-support.js';

/**
 * Scale: large and long timelines keep a small DOM (what is on screen, not the whole dataset)
 * while the summary still counts everything.
 */
const meta: Meta = {
  title: 'Scale',
  component: 'annotated-timeline',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** Fewer elements than this in the shadow root, whatever the size of the data. */
const MAX_SHADOW_ELEMENTS = 3000;

const dense = generateTimeline({ events: 1000, seed: 1 });
const longSpan = generateTimeline({ events: 300, seed: 1, startYear: 1900, years: 124 });

/** 1,000 events over ten years, in three lanes: too dense to draw one by one at first. */
export const Dense: Story = {
  render: () => html`<annotated-timeline locale="en-GB" .data=${dense}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(shadowElementCount(el)).toBeLessThan(MAX_SHADOW_ELEMENTS);
    const summary = el.shadowRoot!.querySelector('#summary')!.textContent ?? '';
    await expect(summary).toContain(`${dense.events.length} events and ${dense.annotations!.length} annotations`);
    await expect(summary).toContain('1000 events and 100 annotations');
  },
};

/** 300 events spread over 124 years, 1900 to 2023: the axis ticks decades, not days. */
export const LongSpan: Story = {
  render: () => html`<annotated-timeline locale="en-GB" .data=${longSpan}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    await expect(shadowElementCount(el)).toBeLessThan(MAX_SHADOW_ELEMENTS);
    const summary = el.shadowRoot!.querySelector('#summary')!.textContent ?? '';
    await expect(summary).toContain('300 events and 30 annotations');
    await expect(summary).toMatch(/from \d{1,2} \w+ 1900 to \d{1,2} \w+ 20\d\d\./);
  },
};
