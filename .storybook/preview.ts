import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    layout: 'fullscreen',
    options: {
      storySort: {
        // The default timeline opens first; the docs pages follow it.
        order: [
          'Timeline',
          ['Default', '*'],
          'Docs',
          ['Getting started', 'Data format', 'Theming', 'Events and methods', 'Accessibility', 'Migrating from TimelineJS'],
          'Themes',
          'Languages',
          'States',
          'Scale',
        ],
      },
    },
  },
};
export default preview;
