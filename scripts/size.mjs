// Size budget of the self-contained bundle: node scripts/size.mjs (npm run size; also the last step of npm test).
// Builds dist/annotated-timeline.bundle.js with `vite build --mode bundle` unless it is newer than
// everything it is built from, gzips it (zlib level 9) and checks min+gzip against the budget.
// The element ships no CSS file: its styles are inside the JS, so the bundle is the whole cost.
// 1 KB = 1000 bytes here, as in Vite's own build report.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'annotated-timeline.bundle.js');
const BUDGET_KB = 35;

/** Newest modification time (ms) of the files under `path`, or of `path` itself. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the bundle is missing or older than its sources, its build config or the installed packages. */
export function isBundleStale() {
  if (!existsSync(BUNDLE)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  const inputs = [join(ROOT, 'src'), join(ROOT, 'vite.config.ts'), join(ROOT, 'package-lock.json')];
  return inputs.some((path) => newestMtime(path) > built);
}

/** Builds the bundle (as `vite build --mode bundle` does) when it is stale; returns whether it built. */
export async function ensureBundle({ quiet = true } = {}) {
  if (!isBundleStale()) return false;
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'bundle', logLevel: quiet ? 'warn' : 'info' });
  return true;
}

async function main() {
  const started = performance.now();
  let built = false;
  try {
    built = await ensureBundle();
  } catch (error) {
    console.error(`size: the bundle did not build: ${error?.message ?? error}`);
    console.log('size: 0 passed, 1 failed');
    process.exit(1);
  }
  const code = readFileSync(BUNDLE);
  const minKb = code.length / 1000;
  const gzipKb = gzipSync(code, { level: 9 }).length / 1000;
  const ok = gzipKb <= BUDGET_KB;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`bundle: ${minKb.toFixed(2)} KB min, ${gzipKb.toFixed(2)} KB min+gzip (budget ${BUDGET_KB} KB)`);
  console.log(`  dist/annotated-timeline.bundle.js, ${built ? 'rebuilt' : 'reused'} in ${seconds} s; no separate CSS file: the element's CSS is inside the JS`);
  if (!ok) console.log(`  over budget by ${(gzipKb - BUDGET_KB).toFixed(2)} KB min+gzip`);
  console.log(ok ? 'size: 1 passed, 0 failed' : 'size: 0 passed, 1 failed');
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
