// Where our first render's main-thread time goes: a V8 CPU profile of each load, its samples
// summed by the source file they ran in and grouped into phases.
//   node bench/phases.mjs [--size 10000] [--runs 5] [--floor]
// Builds an unminified copy of the bundle into bench/.cache/phases/ (each module keeps its
// `// src/…` heading there, which is how a sample's line is traced to a file), then loads it as
// `npm run bench` times a first render (lib/plain-load.mjs: no DevTools Network domain). A
// sample's self time goes to the phase of the function on top of the stack; native time that V8
// does not put on a JS function (Blink's networking, text decoding, style, layout and paint, and
// compiling scripts) shows as "(program)". Profiling slows the load, so the phases add up to more
// than the benchmark's first render: read them as shares.
// See bench/README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumOrExit } from './lib/chromium.mjs';
import { ensureData } from './lib/data.mjs';
import { CACHE, ROOT } from './lib/ts.mjs';
import { median } from './lib/median.mjs';
import { loadInTurns } from './lib/turns.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    // The floor page too: the same file fetched and read with response.json(), no library.
    floor: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--size and --runs: positive integers');
const executablePath = chromiumOrExit('phases');

/** Phases by the source file a function comes from; the first pattern that matches wins. */
const PHASES = [
  ['fetch and decode', /^src\/load\.ts$/],
  ['JSON', /^src\/model\/(json|slices)\.ts$/],
  ['check', /^src\/model\//],
  ['layout', /^src\/layout\//],
  ['render (Lit and ours)', /^(src\/render\/|node_modules\/(lit|lit-html|lit-element|@lit)\/)/],
  ['element and controllers', /^src\//],
];
/** Lines of the bundle before its first module heading, or of a module no phase names. */
const UNMAPPED = '(bundle, not mapped)';

const OUT = join(CACHE, 'phases');
mkdirSync(OUT, { recursive: true });
const { build } = await import('vite');
await build({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  mode: 'bundle',
  logLevel: 'warn',
  build: { minify: false, sourcemap: false, outDir: OUT, emptyOutDir: false },
});
const bundle = readFileSync(join(OUT, 'annotated-timeline.bundle.js'), 'utf8').split('\n');
/** For each line of the bundle (0-based), the module it belongs to. */
const fileOfLine = [];
let current = UNMAPPED;
for (const line of bundle) {
  const heading = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
  if (heading) current = heading[1];
  fileOfLine.push(current);
}
// The benchmark's own page, loading this bundle; its relative links still point into bench/pages/.
const page = readFileSync(join(ROOT, 'bench', 'pages', 'ours.html'), 'utf8')
  .replace('src="/dist/annotated-timeline.bundle.js"', 'src="/bench/.cache/phases/annotated-timeline.bundle.js"')
  .replaceAll('"./', '"/bench/pages/');
if (!page.includes('/bench/.cache/phases/')) throw new Error('bench/pages/ours.html no longer loads /dist/annotated-timeline.bundle.js');
writeFileSync(join(OUT, 'ours.html'), page);
await ensureData([size], ROOT);

/** Milliseconds of self time by phase in one profile; idle time is left out. */
function phasesOf(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const { functionName, url, lineNumber } = nodes.get(profile.samples[i]).callFrame;
    if (functionName === '(idle)') continue;
    let phase = functionName.startsWith('(') ? functionName : 'page and harness';
    if (url.endsWith('/annotated-timeline.bundle.js')) {
      const file = fileOfLine[lineNumber] ?? UNMAPPED;
      phase = PHASES.find(([, pattern]) => pattern.test(file))?.[0] ?? UNMAPPED;
    }
    totals.set(phase, (totals.get(phase) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return totals;
}

const pages = { ours: `/bench/.cache/phases/ours.html?n=${size}`, ...(values.floor ? { floor: `/bench/pages/floor.html?n=${size}` } : {}) };
const read = (state) => ({ drawnAt: state.drawnAt, phases: phasesOf(state.profile) });
const results = await loadInTurns({ executablePath, pages, runs, cpuProfile: 200, read });
for (const [name, list] of Object.entries(results)) {
  if (list.length === 0) continue;
  console.log(`\n${name}, ${size} events: medians of ${list.length} profiled loads; drawn at ${Math.round(median(list.map((r) => r.drawnAt)))} ms`);
  const phases = [...new Set(list.flatMap((r) => [...r.phases.keys()]))];
  const rows = phases.map((phase) => [phase, median(list.map((r) => r.phases.get(phase) ?? 0))]).sort((a, b) => b[1] - a[1]);
  for (const [phase, ms] of rows) if (ms >= 0.5) console.log(`  ${String(Math.round(ms)).padStart(6)} ms  ${phase}`);
}
