import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/annotated-timeline.js';
import { ARABIC_STRINGS } from '../src/strings-ar.js';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import { inShadow, settled } from './helpers.js';
import { centreOf } from './story-support.js';

/**
 * Languages: the interface text comes from `strings`, dates and numbers from `locale`, and the
 * direction of time from `dir`.
 */
const meta: Meta = {
  title: 'Languages',
  component: 'annotated-timeline',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Arabic, right to left: Arabic interface text, Arabic month names, and time running from right to left. */
export const RightToLeftArabic: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <annotated-timeline locale="ar" .strings=${ARABIC_STRINGS} .data=${iraq}></annotated-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const toolbar = inShadow(el, '[part="controls"]')[0];
    await expect(toolbar.getAttribute('aria-label')).toBe(ARABIC_STRINGS.controls);
    await expect(toolbar.textContent).toContain(ARABIC_STRINGS.zoomIn);
    await expect(toolbar.textContent).toContain(ARABIC_STRINGS.listView);
    await expect(toolbar.textContent).not.toMatch(/[A-Za-z]/);
    const summary = el.shadowRoot!.querySelector('#summary')!.textContent ?? '';
    await expect(summary).toMatch(ARABIC_LETTER);
    await expect(summary).toContain('سبتمبر');
    // The key instructions too: every key's action in Arabic, no English words.
    const keys = el.shadowRoot!.querySelector('.keys')!.textContent ?? '';
    await expect(keys).toContain(ARABIC_STRINGS.keyActions.next);
    await expect(keys.replace(/Home|End|Page Up|Page Down|Esc/g, '')).not.toMatch(/[A-Za-z]/);
    const buttons = inShadow(el, '[part~="event-button"]');
    await expect(buttons[0].textContent).toContain('سبتمبر');
    // Time runs right to left: the earliest event is drawn to the right of the latest.
    const first = buttons.find((button) => button.dataset.event === '0')!;
    const last = buttons.find((button) => button.dataset.event === String(iraq.events.length - 1))!;
    await expect(centreOf(first).x).toBeGreaterThan(centreOf(last).x);
  },
};

/** French dates from `locale="fr"`, with the English interface text left as it is. */
export const FrenchDates: Story = {
  render: () => html`<annotated-timeline locale="fr" .data=${iraq}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const buttons = inShadow(el, '[part~="event-button"]');
    await expect(buttons[0].textContent).toContain('septembre 2023');
    await expect(buttons[0].textContent).toMatch(/lundi 25 septembre 2023/);
    const ticks = inShadow(el, '[part~="tick-label"]').map((tick) => tick.textContent ?? '');
    await expect(ticks.join(' ')).not.toMatch(/Sep|Mon|Tue/);
  },
};
