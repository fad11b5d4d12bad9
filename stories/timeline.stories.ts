import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/annotated-timeline.js';
import iraq from '../data/iraq-2023-09.json' with { type: 'json' };

const meta: Meta = {
  title: 'Timeline',
  component: 'annotated-timeline',
};
export default meta;

type Story = StoryObj;

/** The default story: the September 2023 operations against ISIS in Iraq, with expert commentary. */
export const Default: Story = {
  render: () => html`<annotated-timeline .data=${iraq}></annotated-timeline>`,
};
