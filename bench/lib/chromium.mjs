// The browser the benchmarks drive, and how: shared by run.mjs, phases.mjs and stages.mjs so that
// all load a page in the same window with the same switches.
import { accessSync, constants } from 'node:fs';

/** The window, in CSS pixels. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Chromium's switches, besides those Playwright (or lib/plain-load.mjs) adds. */
export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-precise-memory-info',
  // Only the loopback server answers: TimelineJS's web fonts or analytics must not wait on a network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** CHROME_PATH, else Debian's Chromium; exits with one sentence, prefixed with `tool`, when it is not there. */
export function chromiumOrExit(tool) {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    console.error(`${tool}: no Chromium at ${executablePath}; install one or set CHROME_PATH.`);
    process.exit(1);
  }
  return executablePath;
}
