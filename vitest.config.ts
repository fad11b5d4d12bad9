import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromeArgs, chromePath } from './scripts/browser.ts';
import { transportRoutes } from './test/transport-routes.ts';

/** One Chromium setup for the element tests and the stories, pinned to a zone far from UTC. */
const browser = (timezoneId: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: chromePath, args: chromeArgs },
    contextOptions: { timezoneId, locale: 'en-GB' },
  }),
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 1280, height: 800 },
});

const litDeps = ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/repeat.js'];

export default defineConfig({
  optimizeDeps: { include: [...litDeps, 'axe-core'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          environment: 'node',
          setupFiles: ['test/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-auckland',
          include: ['src/model/**/*.test.ts', 'src/layout/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          environment: 'node',
          env: { TZ: 'Pacific/Auckland' },
          setupFiles: ['test/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        plugins: [transportRoutes()],
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          setupFiles: ['test/fail-on-console.ts'],
          browser: browser('Pacific/Auckland'),
          // Tests that hover and click through every event take 3-4 s alone, but several times
          // that when the Node suites share the two cores; 15 s (the default) cut one short.
          testTimeout: 45_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: browser('America/New_York') },
      },
    ],
  },
});
