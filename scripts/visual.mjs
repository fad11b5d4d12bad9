// Visual regression of every story: node scripts/visual.mjs [--update] [--no-build] [--only TEXT]
//
// Builds the static Storybook (unless --no-build), opens each story of storybook-static/index.json
// at 1280×800 in headless Chromium, waits for its timelines to settle and its play function to
// finish, screenshots the whole page and compares it with test/visual/<id>.png. A story fails
// when more than 0.5 % of its pixels differ (pixelmatch threshold 0.1), when its size changed,
// when its baseline is missing, or when its play function failed. Failures leave
// <id>-actual.png and <id>-diff.png in test-results/visual/. --update writes the baselines instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright';
import { PNG } from 'pngjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = `${root}storybook-static`;
const baselineDir = `${root}test/visual`;
const resultDir = `${root}test-results/visual`;

const args = process.argv.slice(2);
const isUpdate = args.includes('--update');
const isBuild = !args.includes('--no-build');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] ?? '' : '';

/** pixelmatch's per-pixel colour threshold, and the share of pixels that may differ. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.005;
const VIEWPORT = { width: 1280, height: 800 };
const SETTLE_TIMEOUT_MS = 15_000;

/** Runs a command in the repo, inheriting stdio; exits on failure. */
function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) {
    console.error(`visual: ${command} ${commandArgs.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

if (isBuild) {
  // preview.ts imports the manifest, so it must exist before Storybook builds.
  run('npm', ['run', 'analyze', '--silent']);
  run('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']);
} else if (!existsSync(`${staticDir}/index.json`)) {
  console.error('visual: storybook-static/index.json is missing; run without --no-build first');
  process.exit(1);
}

const index = JSON.parse(await readFile(`${staticDir}/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && entry.id.includes(only))
  .map((entry) => entry.id)
  .sort();

await mkdir(baselineDir, { recursive: true });
await rm(resultDir, { recursive: true, force: true });

const server = await startStaticServer(staticDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// The same locale and zone as the story tests; reduced motion turns off the zoom animation.
const context = await browser.newContext({
  viewport: VIEWPORT,
  deviceScaleFactor: 1,
  locale: 'en-GB',
  timezoneId: 'America/New_York',
  colorScheme: 'light',
  reducedMotion: 'reduce',
});

const NO_MOTION_CSS = '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }';

let passed = 0;
const failures = [];

/** Opens one story and returns its screenshot as a PNG buffer, or throws with the reason. */
async function capture(page, id) {
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
  // The story's render, play function and checks are over once Storybook says "finished".
  await page.waitForFunction(() => globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', undefined, { timeout: SETTLE_TIMEOUT_MS });
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
    throw new Error(`the story failed to render or its play function failed: ${message.trim().split('\n')[0]}`);
  }
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('annotated-timeline')).every(
        (el) => el.shadowRoot && ['ready', 'error', 'empty', 'loading'].some((state) => el.matches(`:state(${state})`)),
      ),
    undefined,
    { timeout: SETTLE_TIMEOUT_MS },
  );
  await page.addStyleTag({ content: NO_MOTION_CSS });
  await page.evaluate(async (css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    for (const el of document.querySelectorAll('annotated-timeline')) {
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      await el.updateComplete;
    }
    await document.fonts.ready;
    // Two frames, so that a layout triggered by the last resize has been painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, NO_MOTION_CSS);
  if (pageErrors.length) throw new Error(`the page threw: ${pageErrors[0]}`);
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** Compares a screenshot with its baseline; returns null when it matches, else the reason. */
function compare(actual, expected) {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { reason: `size ${actual.width}×${actual.height} differs from the baseline's ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  const ratio = count / (actual.width * actual.height);
  if (ratio <= MAX_DIFF_RATIO) return null;
  return { reason: `${count} pixels (${(ratio * 100).toFixed(2)} %) differ`, diff };
}

try {
  for (const id of stories) {
    const page = await context.newPage();
    const baselinePath = `${baselineDir}/${id}.png`;
    try {
      const buffer = await capture(page, id);
      const actual = PNG.sync.read(buffer);
      const hasBaseline = existsSync(baselinePath);
      const result = hasBaseline ? compare(actual, PNG.sync.read(await readFile(baselinePath))) : { reason: 'no baseline (run with --update to create it)' };
      if (isUpdate) {
        if (result) await writeFile(baselinePath, buffer);
        console.log(`${result ? 'updated' : 'unchanged'}  ${id}`);
        passed++;
      } else if (!result) {
        console.log(`ok       ${id}`);
        passed++;
      } else {
        await mkdir(resultDir, { recursive: true });
        await writeFile(`${resultDir}/${id}-actual.png`, buffer);
        if (result.diff) await writeFile(`${resultDir}/${id}-diff.png`, PNG.sync.write(result.diff));
        failures.push({ id, reason: result.reason });
        console.log(`FAILED   ${id}: ${result.reason}`);
      }
    } catch (error) {
      failures.push({ id, reason: error.message });
      console.log(`FAILED   ${id}: ${error.message}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// Baselines whose story is gone are only reported: deleting them is a reviewer's call.
if (!only) {
  const known = new Set(stories.map((id) => `${id}.png`));
  const stale = (await readdir(baselineDir)).filter((name) => name.endsWith('.png') && !known.has(name));
  for (const name of stale) console.log(`stale baseline (no such story): test/visual/${name}`);
}
if (failures.length && existsSync(resultDir)) console.log(`diffs and actual screenshots: ${resultDir}`);
console.log(`visual: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
