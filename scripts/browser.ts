/** The headless Chromium that tests, stories and benchmarks drive: CHROME_PATH, else Debian's. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline on a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
