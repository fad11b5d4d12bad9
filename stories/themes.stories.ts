import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import '../src/annotated-timeline.js';
import type { AnnotatedTimeline } from '../src/annotated-timeline.component.js';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };
import { inShadow, settled } from './helpers.js';
import { HIGH_CONTRAST_THEME, NEWSPAPER_THEME, TIMELINE_COLOR_PROPERTIES } from './theme-tokens.js';

/**
 * Themes: the two built-in palettes, and two written by a page with nothing but the public
 * `--timeline-*` custom properties on a wrapper, as a page would.
 */
const meta: Meta = {
  title: 'Themes',
  component: 'annotated-timeline',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** The built-in light palette, with nothing set: the page's font, white background. */
export const Light: Story = {
  render: () => html`<annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const host = getComputedStyle(el);
    await expect(host.backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(host.color).toBe('rgb(27, 31, 36)');
    const note = getComputedStyle(inShadow(el, '[part~="annotation"]')[0]);
    await expect(note.backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(note.borderInlineStartColor).toBe('rgb(11, 107, 203)');
    await expect(note.fontFamily).toBe(getComputedStyle(canvasElement).fontFamily);
  },
};

/** The built-in dark palette, chosen with `theme="dark"`. */
export const Dark: Story = {
  render: () => html`<annotated-timeline theme="dark" locale="en-GB" .data=${iraq}></annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const host = getComputedStyle(el);
    await expect(host.backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(host.color).toBe('rgb(230, 237, 243)');
    const note = getComputedStyle(inShadow(el, '[part~="annotation"]')[0]);
    await expect(note.backgroundColor).toBe('rgb(22, 27, 34)');
    await expect(note.borderInlineStartColor).toBe('rgb(88, 166, 255)');
    await expect(getComputedStyle(inShadow(el, '[part="control"]')[0]).color).toBe('rgb(230, 237, 243)');
  },
};

/** A serif "newspaper" theme written with `--timeline-*` custom properties only, set on a wrapper. */
export const Newspaper: Story = {
  render: () => html`<div style=${styleMap(NEWSPAPER_THEME)}>
    <annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const host = getComputedStyle(el);
    await expect(host.backgroundColor).toBe('rgb(247, 243, 234)');
    await expect(host.fontFamily).toContain('Georgia');
    const note = getComputedStyle(inShadow(el, '[part~="annotation"]')[0]);
    await expect(note.fontFamily).toMatch(/Georgia.*serif$/);
    await expect(note.backgroundColor).toBe('rgb(255, 253, 248)');
    await expect(note.borderTopLeftRadius).toBe('0px');
    await expect(getComputedStyle(inShadow(el, '[part="quote"]')[0]).fontStyle).toBe('italic');
    await expect(getComputedStyle(inShadow(el, '[part~="event-label"]')[0]).fontFamily).toMatch(/serif$/);
    await expect(getComputedStyle(inShadow(el, '[part="connector"]')[0]).strokeDasharray).toBe('4px, 3px');
  },
};

/** A high-contrast theme written with `--timeline-*` custom properties only: white on black. */
export const HighContrast: Story = {
  render: () => html`<div style=${styleMap(HIGH_CONTRAST_THEME)}>
    <annotated-timeline locale="en-GB" .data=${iraq}></annotated-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const host = getComputedStyle(el);
    await expect(host.backgroundColor).toBe('rgb(0, 0, 0)');
    await expect(host.color).toBe('rgb(255, 255, 255)');
    const note = getComputedStyle(inShadow(el, '[part~="annotation"]')[0]);
    await expect(note.backgroundColor).toBe('rgb(0, 0, 0)');
    await expect(note.borderTopColor).toBe('rgb(255, 255, 255)');
    await expect(note.borderInlineStartColor).toBe('rgb(255, 214, 10)');
    await expect(getComputedStyle(inShadow(el, '[part="connector"]')[0]).stroke).toBe('rgb(255, 255, 255)');
    await expect(getComputedStyle(inShadow(el, '[part="control"]')[0]).borderTopColor).toBe('rgb(255, 255, 255)');
  },
};

/** Font stacks offered by the playground's font controls. */
const FONT_CHOICES = ['system-ui, sans-serif', "Georgia, 'Times New Roman', serif", 'ui-monospace, monospace'];

/**
 * Try colours, fonts and shapes from the Controls panel: each control sets one public custom
 * property on the element's wrapper.
 */
export const Playground: Story = {
  args: {
    theme: 'light',
    '--timeline-font-family': 'system-ui, sans-serif',
    '--timeline-quote-style': 'normal',
    '--timeline-radius': '6px',
    '--timeline-connector-dash': 'none',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    // Colours start unset, so that the theme's own palette shows until a colour is picked.
    ...Object.fromEntries(TIMELINE_COLOR_PROPERTIES.map((name) => [name, { control: 'color' }])),
    '--timeline-font-family': { control: 'select', options: FONT_CHOICES },
    '--timeline-font-family-quote': { control: 'select', options: FONT_CHOICES },
    '--timeline-quote-style': { control: 'inline-radio', options: ['normal', 'italic'] },
    '--timeline-radius': { control: 'text' },
    '--timeline-connector-dash': { control: 'text' },
    '--timeline-vertical-below': { control: 'text' },
  },
  render: (args) => {
    const properties = Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--timeline-') && typeof value === 'string'));
    // The element measures its fonts once per width, so each change of controls gets a new element.
    const el = document.createElement('annotated-timeline');
    el.theme = (args.theme as AnnotatedTimeline['theme']) ?? 'light';
    el.locale = 'en-GB';
    el.data = iraq;
    return html`<div style=${styleMap(properties as Record<string, string>)}>${el}</div>`;
  },
  play: async ({ canvasElement, args }) => {
    const el = await settled(canvasElement);
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(getComputedStyle(el).fontFamily).toBe(args['--timeline-font-family']);
  },
};

/** The `header` slot replaces the title and description drawn from the data with the page's own. */
export const HeaderSlot: Story = {
  render: () => html`<annotated-timeline locale="en-GB" .data=${iraq}>
    <div slot="header">
      <h2 style="margin: 0 0 0.25rem">Iraq, late September 2023</h2>
      <p style="margin: 0">Compiled by the newsroom from Iraqi News Agency reports.</p>
    </div>
  </annotated-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="header"]')!;
    await expect(slot.assignedElements()).toHaveLength(1);
    await expect(slot.assignedElements()[0].querySelector('h2')?.textContent).toBe('Iraq, late September 2023');
    await expect(inShadow(el, '[part~="event-button"]')).toHaveLength(iraq.events.length);
  },
};
