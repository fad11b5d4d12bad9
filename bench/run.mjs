// Side-by-side benchmark of <annotated-timeline>, vis-timeline and TimelineJS in headless Chromium.
//   node bench/run.mjs [--sizes 100,1000,10000,50000] [--tools ours,vis,timelinejs (floor too, if named)] [--runs 3] [--timeout 60] [--pan drag|wheel]
//                      [--vis-window extent|week|auto] [--vis-data full|titles]
//                      [--out bench/results/latest.json] [--screenshots]  (screenshots after the first render, in bench/results/)
// See bench/README.md for what each column means and how "drawn" is defined per tool.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { ensureBundle } from '../scripts/size.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { ANNOTATION_EVERY, SEED, ensureData } from './lib/data.mjs';
import { median } from './lib/median.mjs';
import { CHROME_ARGS, VIEWPORT, chromiumOrExit } from './lib/chromium.mjs';
import { plainLoad } from './lib/plain-load.mjs';
import { ROOT } from './lib/ts.mjs';

const TOOLS = {
  ours: { label: 'annotated-timeline', page: 'ours.html' },
  vis: { label: 'vis-timeline', page: 'vis.html', pkg: 'vis-timeline' },
  timelinejs: { label: 'TimelineJS', page: 'timelinejs.html', pkg: '@knight-lab/timelinejs' },
  // Not a tool: the page, the fetch and JSON.parse of the file our element loads, and one line of
  // text. Only with --tools.
  floor: { label: 'floor (fetch + parse)', page: 'floor.html' },
};
const DEFAULT_TOOLS = ['ours', 'vis', 'timelinejs'];
const ALIASES = { 'annotated-timeline': 'ours', 'vis-timeline': 'vis', tljs: 'timelinejs', timeline: 'timelinejs', 'timeline-js': 'timelinejs' };
const DEFAULT_SIZES = [100, 1000, 10000, 50000];
/** The scripted interaction: wheel steps and pans, with a pause after each (ms). */
const SCRIPT = { zoomSteps: 10, panSteps: 10, wheelDelta: 120, panPx: 150, pauseMs: 50, tailMs: 300 };

/** The figures of a result that a series of runs reports as medians. */
const MEDIAN_KEYS = ['firstRenderMs', 'automatedFirstRenderMs', 'longestTaskMs', 'blockingMs', 'frameMedianMs', 'frameP95Ms', 'frameMaxMs', 'frames', 'longFrames', 'heapUsedBytes', 'bufferBytes', 'domHeapBytes', 'domNodes', 'interactionMs'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    tools: { type: 'string' },
    timeout: { type: 'string', default: '60' },
    // Each tool and size is measured this many times, each in a fresh browser; the table shows medians.
    runs: { type: 'string', default: '3' },
    pan: { type: 'string', default: 'drag' },
    out: { type: 'string', default: join(ROOT, 'bench', 'results', 'latest.json') },
    screenshots: { type: 'boolean', default: false },
    // 'extent' (default): every tool starts on the whole data. 'week': vis-timeline starts on the
    // data's first week; 'auto': on its own default window (no start or end given). Both let it
    // draw sizes the extent defeats.
    'vis-window': { type: 'string', default: 'extent' },
    // 'full' (default): vis-timeline's page holds the same data as ours (summaries, places, date
    // notes, sources, annotations); 'titles': only what it draws (title, dates, group).
    'vis-data': { type: 'string', default: 'full' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('node bench/run.mjs [--sizes 100,1000,10000,50000] [--tools ours,vis,timelinejs (floor too, if named)] [--runs 3] [--timeout 60] [--pan drag|wheel] [--vis-window extent|week|auto] [--vis-data full|titles] [--out FILE] [--screenshots]');
  process.exit(0);
}
const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, ''))) : DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: positive integers, got ${values.sizes}`);
// A tool named twice is measured once.
const tools = values.tools ? [...new Set(values.tools.split(',').map((t) => ALIASES[t.trim()] ?? t.trim()))] : DEFAULT_TOOLS;
for (const tool of tools) if (!TOOLS[tool]) throw new Error(`--tools: unknown tool ${tool}; use ${Object.keys(TOOLS).join(', ')}`);
if (!['extent', 'week', 'auto'].includes(values['vis-window'])) throw new Error(`--vis-window: extent, week or auto, got ${values['vis-window']}`);
if (!['full', 'titles'].includes(values['vis-data'])) throw new Error(`--vis-data: full or titles, got ${values['vis-data']}`);
const timeoutMs = Number(values.timeout) * 1000;
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: a positive integer, got ${values.runs}`);
const panMode = values.pan === 'wheel' ? 'wheel' : 'drag';
const executablePath = chromiumOrExit('bench');

// 1. The peers' packages, from bench/package-lock.json.
const peers = tools.filter((tool) => TOOLS[tool].pkg);
if (peers.some((tool) => !existsSync(join(ROOT, 'bench', 'node_modules', TOOLS[tool].pkg, 'package.json')))) {
  const command = existsSync(join(ROOT, 'bench', 'package-lock.json')) ? 'ci' : 'install';
  console.log(`bench: npm ${command} --prefix bench (the peers' packages)`);
  const npm = spawnSync('npm', [command, '--prefix', 'bench', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('bench: installing bench/ dependencies failed');
    process.exit(1);
  }
}

// 2. Our bundle and the datasets.
if (tools.includes('ours')) {
  if (await ensureBundle({ quiet: true })) console.log('bench: built dist/annotated-timeline.bundle.js (vite build --mode bundle)');
}
console.log(`bench: datasets of ${sizes.join(', ')} events (seed ${SEED}, one annotation in ${ANNOTATION_EVERY}) in bench/.cache/`);
await ensureData(sizes, ROOT);

// 3. Measure, one fresh browser per load. At each size the tools take turns, run by run, so that
// a slow spell of the machine falls on all of them and the ratios compare loads minutes apart at most.
const server = await startStaticServer(ROOT);
const results = [];
let chromiumVersion = '';
const started = Date.now();
try {
  const timedOutAt = {};
  for (const size of sizes) {
    // A tool that timed out at a smaller size is not tried at a larger one.
    const measured = tools.filter((tool) => !timedOutAt[tool]);
    const series = await measureInTurns(measured, size);
    for (const tool of tools) {
      const result = series.get(tool) ?? { tool, size, status: 'timeout', error: `skipped: timed out at ${timedOutAt[tool]} events`, skipped: true };
      if (result.status === 'timeout' && !timedOutAt[tool]) timedOutAt[tool] = size;
      results.push(result);
      console.log(`  ${String(size).padStart(6)} ${TOOLS[tool].label.padEnd(19)} ${runs > 1 && result.status === 'ok' && result.runs ? `median of ${result.runs.length - (result.failedRuns ?? 0)} of ${result.runs.length} runs: ` : ''}${describe(result)}`);
    }
  }
} finally {
  await server.close();
}

// 4. Report.
const ratios = [];
if (tools.includes('ours')) {
  for (const size of sizes) {
    const ours = results.find((r) => r.tool === 'ours' && r.size === size);
    for (const peer of tools.filter((t) => t !== 'ours')) {
      const other = results.find((r) => r.tool === peer && r.size === size);
      // A tool with no task over 50 ms has a longest task of "under 50": 50 stands in for it.
      const figure = (result, key) => (key === 'longestTaskMs' && typeof result?.[key] === 'number' ? Math.max(result[key], 50) : result?.[key]);
      const ratio = (key) => (typeof figure(ours, key) === 'number' && typeof figure(other, key) === 'number' && figure(other, key) > 0 ? figure(ours, key) / figure(other, key) : null);
      // A peer that timed out took longer than the timeout: our first render is at most ours / timeout of its.
      const timedOut = other?.status === 'timeout' && typeof ours?.firstRenderMs === 'number';
      ratios.push({
        size,
        peer,
        firstRenderMs: timedOut ? ours.firstRenderMs / timeoutMs : ratio('firstRenderMs'),
        ...(timedOut ? { firstRenderIsUpperBound: true } : {}),
        automatedFirstRenderMs: timedOut ? (typeof ours.automatedFirstRenderMs === 'number' ? ours.automatedFirstRenderMs / timeoutMs : null) : ratio('automatedFirstRenderMs'),
        longestTaskMs: ratio('longestTaskMs'),
        frameMedianMs: ratio('frameMedianMs'),
        frameP95Ms: ratio('frameP95Ms'),
        heapUsedBytes: ratio('heapUsedBytes'),
        domNodes: ratio('domNodes'),
      });
    }
  }
}
printTable(results, ratios);
const report = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  viewport: VIEWPORT,
  seed: SEED,
  annotationEvery: ANNOTATION_EVERY,
  sizes,
  tools,
  timeoutS: timeoutMs / 1000,
  runs,
  script: { ...SCRIPT, panMode },
  vis: { window: values['vis-window'], data: values['vis-data'] },
  results,
  ratios,
};
mkdirSync(join(values.out, '..'), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nbench: ${Math.round((Date.now() - started) / 1000)} s; results in ${values.out.replace(`${ROOT}`, '')}`);

/**
 * Measures each tool at a size `runs` times, the tools taking turns within each run, and keeps
 * the median of every figure by tool. A tool whose first run times out, fails or cannot be
 * animated is not run again, since repeating it would only cost another timeout.
 */
async function measureInTurns(measured, size) {
  const all = new Map(measured.map((tool) => [tool, []]));
  for (let run = 1; run <= runs; run++) {
    for (const tool of measured) {
      const done = all.get(tool);
      const first = done[0];
      if (first && (first.status !== 'ok' || first.automatedStatus || first.interactionStatus)) continue;
      const result = await measure(tool, size);
      done.push(result);
      if (runs > 1) console.log(`  ${String(size).padStart(6)} ${TOOLS[tool].label.padEnd(19)} run ${run}: ${describe(result)}`);
    }
  }
  return new Map([...all].map(([tool, done]) => [tool, mediansOf(done)]));
}

/** One result standing for a tool's runs at a size: the medians of the runs that drew, with every run kept beside them. */
function mediansOf(all) {
  if (runs === 1) return all[0];
  const drawn = all.filter((r) => r.status === 'ok');
  // A first run that failed ended the series: its result stands for it.
  if (all.length === 1 || drawn.length === 0) return { ...all[all.length - 1], runs: all };
  const medians = { ...drawn[0], pageErrors: all.flatMap((r) => r.pageErrors), runs: all, failedRuns: all.length - drawn.length };
  for (const key of MEDIAN_KEYS) {
    const values = drawn.map((r) => r[key]).filter((v) => typeof v === 'number');
    medians[key] = values.length === 0 ? null : round(median(values));
  }
  return medians;
}

/** Rejects with a TimeoutError-like error after `ms`. */
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`), { isTimeout: true })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function measure(tool, size) {
  const result = { tool, size, status: 'ok', firstRenderMs: null, automatedFirstRenderMs: null, longestTaskMs: null, blockingMs: null, frameMedianMs: null, frameP95Ms: null, frameMaxMs: null, frames: 0, heapUsedBytes: null, bufferBytes: null, domHeapBytes: null, domNodes: null, interactionMs: null, pageErrors: [] };
  const pageUrl = `${server.url}/bench/pages/${TOOLS[tool].page}?n=${size}&window=${values['vis-window']}&data=${values['vis-data']}`;
  const warmUpUrl = `${server.url}/bench/pages/blank.html`;
  // First render: navigation start (performance.timeOrigin) to the page's "drawn" mark, in a
  // browser without the DevTools Network domain (see lib/plain-load.mjs).
  try {
    const state = await plainLoad({ executablePath, args: CHROME_ARGS, viewport: VIEWPORT, warmUpUrl, url: pageUrl, timeoutMs });
    if (state.error !== null) {
      result.status = 'failed';
      result.error = state.error.split('\n')[0];
      return result;
    }
    result.firstRenderMs = round(state.drawnAt);
    // Tasks over 50 ms before the drawing was done: the longest, and the time past 50 ms they
    // blocked input in all (as Total Blocking Time counts it).
    if (state.longTasks) {
      const before = state.longTasks.filter(([start]) => start < state.drawnAt).map(([, duration]) => duration);
      result.longestTaskMs = round(Math.max(0, ...before));
      result.blockingMs = round(before.reduce((sum, duration) => sum + duration - 50, 0));
    }
  } catch (error) {
    result.status = error.isTimeout ? 'timeout' : 'failed';
    result.error = error.message.split('\n')[0];
    return result;
  }

  // The same load again under Playwright, which then measures the heap, the DOM and the frames.
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  chromiumVersion ||= browser.version();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => result.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) result.pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) result.pageErrors.push(`${response.status()} ${response.url().replace(server.url, '')}`);
    });
    // A blank page of the same origin first, so that starting the renderer process is not counted.
    await page.goto(warmUpUrl);
    try {
      await withTimeout(
        (async () => {
          await page.goto(pageUrl, { waitUntil: 'commit', timeout: timeoutMs });
          await page.waitForFunction(() => window.__bench && (window.__bench.drawnAt !== null || window.__bench.error !== null), undefined, { polling: 50, timeout: timeoutMs });
        })(),
        timeoutMs,
        'first render',
      );
    } catch (error) {
      // The first render stands; the figures that need this load are missing.
      result.automatedStatus = error.isTimeout || error.name === 'TimeoutError' ? 'timeout' : 'failed';
      result.error = error.message.split('\n')[0];
      return result;
    }
    const state = await page.evaluate(() => ({ drawnAt: window.__bench.drawnAt, error: window.__bench.error }));
    if (state.error !== null) {
      result.automatedStatus = 'failed';
      result.error = state.error.split('\n')[0];
      return result;
    }
    result.automatedFirstRenderMs = round(state.drawnAt);
    if (values.screenshots) {
      mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'bench', 'results', `${tool}-${size}.png`) }).catch(() => {});
    }

    await withTimeout(
      (async () => {
        await page.waitForTimeout(300);
        // JS heap after a full garbage collection, and every element in the document and in open shadow roots.
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        result.heapUsedBytes = heap.usedSize;
        // Beside the JS heap: ArrayBuffer contents (typed arrays) and Blink's own heap (the DOM).
        result.bufferBytes = heap.backingStorageSize ?? null;
        result.domHeapBytes = heap.embedderHeapUsedSize ?? null;
        result.domNodes = await page.evaluate(() => {
          const count = (root) => {
            let n = 0;
            for (const el of root.querySelectorAll('*')) {
              n++;
              if (el.shadowRoot) n += count(el.shadowRoot);
            }
            return n;
          };
          return count(document);
        });
      })(),
      timeoutMs,
      'heap and DOM count',
    ).catch((error) => {
      result.error = error.message;
    });

    // Frame times over the scripted zoom and pan.
    try {
      const shot = values.screenshots ? (name) => page.screenshot({ path: join(ROOT, 'bench', 'results', `${tool}-${size}-${name}.png`) }).catch(() => {}) : async () => {};
      const frames = await withTimeout(zoomAndPan(page, shot), timeoutMs, 'zoom and pan');
      Object.assign(result, frames);
    } catch (error) {
      result.interactionStatus = error.isTimeout || error.name === 'TimeoutError' ? 'timeout' : 'failed';
      result.error = error.message.split('\n')[0];
    }
    return result;
  } finally {
    await withTimeout(browser.close(), 15_000, 'closing the browser').catch(() => {});
  }
}

/**
 * Real input over the plot: zoom in with the wheel, pan (drag, or horizontal wheel with --pan wheel),
 * zoom out, recording every requestAnimationFrame delta in the page meanwhile.
 */
async function zoomAndPan(page, shot) {
  // Where to point: the middle of the visible part of the page's target (the plot, or our event
  // band), scrolling it into view first if needed. Asked again before every step, because a
  // layout may move the band (ours grows notes above it when zoomed in).
  const aim = () =>
    page.evaluate(() => {
      const visible = (rect) => ({
        top: Math.max(rect.top, 0),
        bottom: Math.min(rect.bottom, innerHeight),
        left: Math.max(rect.left, 0),
        right: Math.min(rect.right, innerWidth),
      });
      let rect = window.__bench.target();
      if (!rect) return null;
      let part = visible(rect);
      if (part.bottom - part.top < 40) {
        window.scrollBy(0, (rect.top + rect.bottom) / 2 - innerHeight / 2);
        rect = window.__bench.target();
        part = visible(rect);
      }
      if (part.bottom <= part.top || part.right <= part.left) return null;
      return { x: Math.round((part.left + part.right) / 2), y: Math.round((part.top + part.bottom) / 2) };
    });
  const point = async () => {
    const p = await aim();
    if (!p) throw new Error('no plot to zoom and pan over');
    return p;
  };
  await point();
  await page.evaluate(() => {
    const recorder = (window.__frames = { deltas: [], last: 0, running: true });
    const tick = (time) => {
      if (recorder.last) recorder.deltas.push(time - recorder.last);
      recorder.last = time;
      if (recorder.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  const half = SCRIPT.panPx / 2;
  const wheelAt = async (dx, dy) => {
    const { x, y } = await point();
    await page.mouse.move(x, y);
    await page.mouse.wheel(dx, dy);
    await page.waitForTimeout(SCRIPT.pauseMs);
  };
  for (let i = 0; i < SCRIPT.zoomSteps; i++) await wheelAt(0, -SCRIPT.wheelDelta);
  await shot('zoomed');
  for (let i = 0; i < SCRIPT.panSteps; i++) {
    const direction = i < SCRIPT.panSteps / 2 ? -1 : 1; // first towards later dates, then back
    if (panMode === 'wheel') {
      await wheelAt(-direction * SCRIPT.wheelDelta, 0);
      continue;
    }
    const { x, y } = await point();
    await page.mouse.move(x - direction * half, y);
    await page.mouse.down();
    await page.mouse.move(x + direction * half, y, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(SCRIPT.pauseMs);
  }
  await shot('panned');
  for (let i = 0; i < SCRIPT.zoomSteps; i++) await wheelAt(0, SCRIPT.wheelDelta);
  await page.waitForTimeout(SCRIPT.tailMs);
  const deltas = await page.evaluate(() => {
    window.__frames.running = false;
    return window.__frames.deltas;
  });
  const interactionMs = Date.now() - t0;
  if (deltas.length === 0) throw new Error('no frames were recorded');
  const sorted = [...deltas].sort((a, b) => a - b);
  const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    frameMedianMs: round(quantile(0.5)),
    frameP95Ms: round(quantile(0.95)),
    frameMaxMs: round(sorted[sorted.length - 1]),
    frames: deltas.length,
    longFrames: deltas.filter((d) => d > 50).length,
    interactionMs,
  };
}

function round(value) {
  return Math.round(value * 10) / 10;
}

function describe(result) {
  if (result.status !== 'ok') return `${result.status}: ${result.error}`;
  const frames = result.frameMedianMs === null ? `frames ${result.interactionStatus ?? 'n/a'}` : `frames p50 ${result.frameMedianMs} ms, p95 ${result.frameP95Ms} ms (${result.frames} frames)`;
  const automated = result.automatedStatus ? `${result.automatedStatus}: ${result.error}` : `${result.automatedFirstRenderMs} ms`;
  return `drawn ${result.firstRenderMs} ms (longest task ${result.longestTaskMs ?? '—'} ms; under automation ${automated}), ${frames}, heap ${mb(result.heapUsedBytes)} MB (+ buffers ${mb(result.bufferBytes)} MB, DOM heap ${mb(result.domHeapBytes)} MB), ${result.domNodes} elements${result.pageErrors.length ? `, ${result.pageErrors.length} page errors` : ''}`;
}

function mb(bytes) {
  return typeof bytes === 'number' ? (bytes / 1e6).toFixed(1) : '—';
}

function printTable(results, ratios) {
  const header = ['size', 'tool', 'first render ms', 'under automation ms', 'longest task ms', 'frame p50 ms', 'frame p95 ms', 'heap MB', 'DOM elements'];
  const rows = [];
  const cell = (result, key, format = (v) => String(v)) => {
    if (!result) return '—';
    if (result.status !== 'ok') return result.status;
    if (result[key] === null && result.automatedStatus) return result.automatedStatus;
    if (key.startsWith('frame') && result[key] === null) return result.interactionStatus ?? '—';
    if (key === 'longestTaskMs' && result[key] !== null && result[key] < 50) return '<50';
    return result[key] === null ? '—' : format(result[key]);
  };
  for (const size of sizes) {
    for (const tool of tools) {
      const r = results.find((x) => x.tool === tool && x.size === size);
      rows.push([String(size), TOOLS[tool].label, cell(r, 'firstRenderMs'), cell(r, 'automatedFirstRenderMs'), cell(r, 'longestTaskMs'), cell(r, 'frameMedianMs'), cell(r, 'frameP95Ms'), cell(r, 'heapUsedBytes', mb), cell(r, 'domNodes')]);
    }
    for (const ratio of ratios.filter((x) => x.size === size)) {
      const f = (v) => (v === null ? '—' : `${v >= 10 ? v.toFixed(0) : v.toFixed(2)}×`);
      rows.push(['', `ours ÷ ${TOOLS[ratio.peer].label}`, `${ratio.firstRenderIsUpperBound ? '<' : ''}${f(ratio.firstRenderMs)}`, `${ratio.firstRenderIsUpperBound ? '<' : ''}${f(ratio.automatedFirstRenderMs)}`, f(ratio.longestTaskMs), f(ratio.frameMedianMs), f(ratio.frameP95Ms), f(ratio.heapUsedBytes), f(ratio.domNodes)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  let previousSize = null;
  rows.forEach((row) => {
    if (row[0] && row[0] !== previousSize) {
      if (previousSize !== null) console.log('');
      previousSize = row[0];
    }
    console.log(line(row));
  });
  console.log(`\nChromium ${chromiumVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, ${cpus().length} CPUs; frames: ${SCRIPT.zoomSteps} wheel zoom-ins, ${SCRIPT.panSteps} ${panMode} pans, ${SCRIPT.zoomSteps} zoom-outs; ${runs > 1 ? `medians of ${runs} runs; ` : ''}vis-timeline: ${values['vis-window']} window, ${values['vis-data']} data. Lower is better; a ratio below 1 means ours is smaller; "<" bounds a ratio to a peer that timed out.`);
}
