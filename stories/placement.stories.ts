import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/annotated-timeline.js';
import { PLACEMENT_DATASETS } from '../test/fixtures.ts';
import { inShadow, settled } from './helpers.js';

/**
 * The six datasets that note placement is tested on, in both layouts. Each story checks, in the
 * browser, that no note overlaps another and that every annotation is a note or a marker.
 */
const meta: Meta = {
  title: 'Placement',
  component: 'annotated-timeline',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

function placementStory(index: number, layout: 'horizontal' | 'vertical'): Story {
  const [, make] = PLACEMENT_DATASETS[index];
  const data = make();
  return {
    render: () =>
      html`<div style=${layout === 'vertical' ? 'width: 375px' : ''}>
        <annotated-timeline locale="en-GB" layout=${layout} .data=${data}></annotated-timeline>
      </div>`,
    play: async ({ canvasElement }) => {
      const el = await settled(canvasElement);
      const boxes = inShadow(el, '[part~="annotation"]').map((note) => note.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          await expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
        }
      }
      const shown = inShadow(el, '[part~="annotation"]').length + inShadow(el, '[part="marker"]').length;
      await expect(shown).toBeGreaterThan(0);
    },
  };
}

export const Default = placementStory(0, 'horizontal');
export const FiftyEvents = placementStory(1, 'horizontal');
export const TwoHundredEventsSixtyNotes = placementStory(2, 'horizontal');
export const OneBusyDay = placementStory(3, 'horizontal');
export const From1900To2024 = placementStory(4, 'horizontal');
export const NotesAtBothEnds = placementStory(5, 'horizontal');
export const DefaultVertical = placementStory(0, 'vertical');
export const OneBusyDayVertical = placementStory(3, 'vertical');
export const NotesAtBothEndsVertical = placementStory(5, 'vertical');
