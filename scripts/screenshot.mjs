// Screenshots a page of this repo in headless Chromium: node scripts/screenshot.mjs PATH WIDTHxHEIGHT OUT.png [--full]
import { chromium } from 'playwright';
import { startStaticServer } from './static-server.mjs';

const [path = '/demo/index.html', size = '1280x800', out = 'screenshot.png', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await startStaticServer(new URL('..', import.meta.url).pathname);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: flags.includes('--dark') ? 'dark' : 'light' });
  page.on('pageerror', (error) => console.error('pageerror:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.error(`console.${message.type()}:`, message.text());
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => {
    const el = document.querySelector('annotated-timeline');
    return el && el.shadowRoot && (el.matches(':state(ready)') || el.matches(':state(error)'));
  }, undefined, { timeout: 15000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
