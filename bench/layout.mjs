// Node benchmark of the pure pipeline without a browser: parseTimeline -> prepareTimeline -> layoutTimeline.
//   node --expose-gc bench/layout.mjs [--sizes 1000,2000,...] [--runs 5] [--strict]
// Prints the median time per size (at least --runs runs, in rounds over all sizes; more for small sizes) and, between neighbouring sizes, how the time grows per
// doubling of n (time ratio ^ (1 / log2 of the size ratio)); the goal is at most ~2.2x.
// --strict exits 1 when a step above 5,000 events misses that goal.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs, ROOT } from './lib/ts.mjs';
import { median } from './lib/median.mjs';

const DEFAULT_SIZES = [1000, 2000, 5000, 10000, 20000, 50000, 100000];
const GOAL_PER_DOUBLING = 2.2;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string', default: '5' },
    strict: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : DEFAULT_SIZES;
const runs = Math.max(1, Math.floor(Number(values.runs)) || 5);
const seed = Number(values.seed);

const { generateTimeline } = await importTs('generate');
const { parseTimeline } = await importTs('parse');
const { prepareTimeline, layoutTimeline } = await importTs('layout');
const { createMetrics } = await importTs('metrics');
const { createTableMeasure } = await importTs('measure');
const { paddedDomain } = await importTs('time-scale');

const gc = globalThis.gc ?? (() => {});

const metrics = createMetrics(16, 'sans-serif');
const measure = createTableMeasure();
const baseOptions = { width: 1280, locale: 'en-GB', metrics, measure, noteHeading: "Editor's note" };

/** One run: each stage timed; `zoomed` is a second layout of a view a tenth as wide (one zoom frame, warm caches). */
function runOnce(data) {
  const t0 = performance.now();
  const result = parseTimeline(data);
  const t1 = performance.now();
  if (!result.ok) throw new Error(`the generated data did not parse: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const prepared = prepareTimeline(result.model);
  const t2 = performance.now();
  const view = paddedDomain(result.model.extent);
  const layout = layoutTimeline(prepared, { ...baseOptions, view });
  const t3 = performance.now();
  const span = view[1] - view[0];
  const centre = view[0] + span / 2;
  layoutTimeline(prepared, { ...baseOptions, view: [centre - span / 20, centre + span / 20] });
  const t4 = performance.now();
  return { parse: t1 - t0, prepare: t2 - t1, layout: t3 - t2, total: t3 - t0, zoomed: t4 - t3, aggregated: layout.isAggregated };
}

console.log(`layout benchmark: Node ${process.version}, at least ${runs} runs per size (median), seed ${seed}, width 1280${globalThis.gc ? '' : ' (run with --expose-gc for steadier numbers)'}`);
// Each data set is kept as JSON text and parsed afresh before each run (not timed), so that
// the data sets of the other sizes are one flat string each, not objects the GC must walk.
const texts = sizes.map((n) => JSON.stringify(generateTimeline({ events: n, annotationEvery: 10, seed })));
// Warm-up: two runs of each size, discarded (JIT, the note-text cache of a run). The second one's
// time sets how many runs the size takes per round: small sizes run several, up to 30 in all
// and about 0.2 s a round, to steady their median.
const perRound = texts.map((text) => {
  runOnce(JSON.parse(text));
  const { total } = runOnce(JSON.parse(text));
  return Math.max(1, Math.min(Math.floor(30 / runs), Math.floor(200 / total)));
});
// The sizes take turns, one round after another, so that a slow spell of a busy machine falls on
// all of them instead of on one, which would show as a jump in growth between neighbours.
const samples = sizes.map(() => []);
for (let round = 0; round < runs; round++) {
  texts.forEach((text, i) => {
    for (let k = 0; k < perRound[i]; k++) {
      const data = JSON.parse(text);
      gc();
      samples[i].push(runOnce(data));
    }
  });
}
const rows = sizes.map((n, i) => {
  const row = { events: n };
  for (const key of ['parse', 'prepare', 'layout', 'total', 'zoomed']) row[key] = median(samples[i].map((s) => s[key]));
  row.totalMin = Math.min(...samples[i].map((s) => s.total));
  row.aggregated = samples[i][0].aggregated;
  row.runs = samples[i].length;
  return row;
});

const fmt = (ms) => ms.toFixed(ms < 10 ? 2 : 1).padStart(9);
console.log('');
console.log(`${'events'.padStart(8)} ${'runs'.padStart(4)} ${'parse ms'.padStart(9)} ${'prepare'.padStart(9)} ${'layout'.padStart(9)} ${'total ms'.padStart(9)} ${'(min)'.padStart(9)} ${'zoom ms'.padStart(9)} ${'binned'.padStart(6)}  growth of the median total (of the min)`);
let missed = false;
rows.forEach((row, i) => {
  let growth = '';
  if (i > 0) {
    const previous = rows[i - 1];
    const sizeRatio = row.events / previous.events;
    const timeRatio = row.total / previous.total;
    const perDoubling = timeRatio ** (1 / Math.log2(sizeRatio));
    const perDoublingMin = (row.totalMin / previous.totalMin) ** (1 / Math.log2(sizeRatio));
    row.perDoubling = perDoubling;
    row.perDoublingMin = perDoublingMin;
    const over = perDoubling > GOAL_PER_DOUBLING;
    if (over && row.events > 5000) missed = true;
    growth = `x${timeRatio.toFixed(2)} for x${sizeRatio.toFixed(1)} n = x${perDoubling.toFixed(2)} per doubling (x${perDoublingMin.toFixed(2)})${over ? '  over ' + GOAL_PER_DOUBLING : ''}`;
  }
  console.log(`${String(row.events).padStart(8)} ${String(row.runs).padStart(4)} ${fmt(row.parse)} ${fmt(row.prepare)} ${fmt(row.layout)} ${fmt(row.total)} ${fmt(row.totalMin)} ${fmt(row.zoomed)} ${(row.aggregated ? 'yes' : 'no').padStart(6)}  ${growth}`);
});
console.log('');
console.log('total = parse + prepare + layout of the whole timeline (first view: all events, binned when too many), median of the runs; (min) = the fastest run,');
console.log('a steadier figure on a busy machine; zoom = one more layout of a view a tenth as wide (warm caches).');
console.log(missed ? `goal missed: some doubling above 5,000 events costs more than x${GOAL_PER_DOUBLING}` : `goal met: every doubling costs at most x${GOAL_PER_DOUBLING}`);

mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results', 'layout-latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, seed, goalPerDoubling: GOAL_PER_DOUBLING, rows }, null, 2)}\n`,
);
if (values.strict && missed) process.exit(1);
