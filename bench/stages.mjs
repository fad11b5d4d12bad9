// Our first render in stages, each timed whole: the floor page (fetch and response.json(), no
// library), our loader alone, our loader and the check, and the element's first render.
//   node bench/stages.mjs [--size 10000] [--runs 7]
// The stages take turns within each round, in fresh browsers, as `npm run bench` times a first
// render (lib/plain-load.mjs); each line gives the median and what the stage adds to the one
// before it. Unlike bench/phases.mjs nothing is profiled, so the figures are times, not shares.
// See bench/README.md.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBundle } from '../scripts/size.mjs';
import { chromiumOrExit } from './lib/chromium.mjs';
import { ensureData } from './lib/data.mjs';
import { CACHE, ROOT, buildLibrary } from './lib/ts.mjs';
import { median } from './lib/median.mjs';
import { loadInTurns } from './lib/turns.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--size and --runs: positive integers');
const executablePath = chromiumOrExit('stages');

/** Each stage's page and what it does, in the order they add up. */
const STAGES = [
  ['floor', '/bench/pages/floor.html', 'floor: fetch and response.json(), no library'],
  ['loader', '/bench/pages/stages.html?stage=loader', 'our loader: fetch and read as the body arrives'],
  ['check', '/bench/pages/stages.html?stage=check', 'our loader, then the check (parseTimelineInSlices)'],
  ['element', '/bench/pages/ours.html', '<annotated-timeline>: the first render'],
];

await buildLibrary({ entries: { stages: join(ROOT, 'bench', 'pages', 'stages.js') }, outDir: join(CACHE, 'stages'), minify: true });
await ensureBundle({ quiet: true });
await ensureData([size], ROOT);

const pages = Object.fromEntries(STAGES.map(([name, path]) => [name, `${path}${path.includes('?') ? '&' : '?'}n=${size}`]));
const times = await loadInTurns({ executablePath, pages, runs, read: (state) => state.drawnAt });

console.log(`\n${size} events: medians of plain loads, the stages taking turns`);
/** The median of the stage before, once it has one: what each stage adds is measured from it. */
let before = null;
for (const [name, , label] of STAGES) {
  const list = times[name];
  if (list.length === 0) {
    console.log(`  ${'—'.padStart(6)}          ${label} (no load finished)`);
    before = null;
    continue;
  }
  const ms = median(list);
  // The floor is another page, not a stage of ours: the loader adds nothing to it.
  const added = before === null || name === 'loader' ? '' : `${ms >= before ? '+' : '−'}${Math.abs(Math.round(ms - before))} ms`;
  console.log(`  ${String(Math.round(ms)).padStart(6)} ms ${added.padStart(9)}  ${label} (${list.length} load${list.length === 1 ? '' : 's'}, ${Math.round(Math.min(...list))}–${Math.round(Math.max(...list))} ms)`);
  before = ms;
}
