/**
 * Makes any console.warn or console.error during a test fail that test (GUIDE §6): the element
 * warns only for real misuse, so unexpected output is a bug. Lit's one-time notice that its
 * development build is loaded is the only message let through.
 */
import { afterEach, beforeEach } from 'vitest';

const original = { warn: console.warn, error: console.error };
let unexpected: string[] = [];

beforeEach(() => {
  unexpected = [];
  for (const level of ['warn', 'error'] as const) {
    console[level] = (...args: unknown[]) => {
      const message = args.map(String).join(' ');
      if (!/Lit is in dev mode/.test(message)) unexpected.push(`console.${level}: ${message}`);
      original[level](...args);
    };
  }
});

afterEach(() => {
  console.warn = original.warn;
  console.error = original.error;
  if (unexpected.length) throw new Error(`unexpected console output:\n${unexpected.join('\n')}`);
});
