// Fails early, with one sentence, when the Chromium that the browser tests drive is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `annotated-timeline: no Chromium at ${path}; install one (on Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable.`,
  );
  process.exit(1);
}
