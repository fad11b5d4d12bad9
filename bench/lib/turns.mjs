// Plain loads of several pages taking turns, as `npm run bench` times a first render: shared by
// phases.mjs and stages.mjs.
import { startStaticServer } from '../../scripts/static-server.mjs';
import { CHROME_ARGS, VIEWPORT } from './chromium.mjs';
import { plainLoad } from './plain-load.mjs';
import { ROOT } from './ts.mjs';

/**
 * Loads each page (name → path from the project root) once a round for `runs` rounds, each in
 * a fresh browser, and logs each load; returns, by name, what `read` makes of the page state of
 * each load that drew (the state itself by default). `cpuProfile` (µs between samples) adds a
 * V8 profile to each state. A load that fails, times out or cannot be read is logged and left
 * out, so one failure leaves the others' figures standing.
 */
export async function loadInTurns({ executablePath, pages, runs, cpuProfile, read = (state) => state }) {
  const server = await startStaticServer(ROOT);
  const states = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  const note = cpuProfile ? ' (profiled)' : '';
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, path] of Object.entries(pages)) {
        try {
          const state = await plainLoad({
            executablePath,
            args: CHROME_ARGS,
            viewport: VIEWPORT,
            warmUpUrl: `${server.url}/bench/pages/blank.html`,
            url: `${server.url}${path}`,
            timeoutMs: 60_000,
            cpuProfile,
          });
          if (state.error !== null) throw new Error(state.error.split('\n')[0]);
          states[name].push(read(state));
          console.log(`  ${name} run ${run + 1}: drawn ${Math.round(state.drawnAt)} ms${note}`);
        } catch (error) {
          console.log(`  ${name} run ${run + 1}: ${error.isTimeout ? 'timeout' : 'failed'}: ${error.message}`);
        }
      }
    }
  } finally {
    await server.close();
  }
  return states;
}
