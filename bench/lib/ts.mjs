// Loads the project's TypeScript in Node for the benchmarks: Vite's build API (library mode)
// bundles the data generator and the pure model/layout modules into bench/.cache/ts/ as plain
// ES modules, rebuilt only when a source is newer than the output.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestMtime } from '../../scripts/size.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE = join(ROOT, 'bench', '.cache');
const OUT = join(CACHE, 'ts');

const ENTRIES = {
  generate: 'test/generate.ts',
  parse: 'src/model/parse.ts',
  layout: 'src/layout/layout.ts',
  metrics: 'src/layout/metrics.ts',
  measure: 'src/layout/measure.ts',
  'time-scale': 'src/layout/time-scale.ts',
};

function isStale() {
  const outputs = Object.keys(ENTRIES).map((name) => join(OUT, `${name}.js`));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const inputs = [join(ROOT, 'src'), join(ROOT, 'test', 'generate.ts'), join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)];
  return inputs.some((path) => newestMtime(path) > built);
}

/**
 * Bundles each entry (name → file) with Vite's library mode into `outDir` as `<name>.js`, an ES
 * module: for Node (`target: 'node20'`, unminified) or, minified and for Vite's default
 * browsers, for the benchmark's pages.
 */
export async function buildLibrary({ entries, outDir, target, minify = false }) {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      ...(target ? { target } : {}),
      minify,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  });
}

/** Builds the modules when stale; returns the directory they are in. */
export async function buildTsModules() {
  if (isStale()) {
    const entries = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)]));
    await buildLibrary({ entries, outDir: OUT, target: 'node20' });
  }
  return OUT;
}

/** Imports one of the built modules by entry name (`generate`, `parse`, `layout`, ...). */
export async function importTs(name) {
  const dir = await buildTsModules();
  return import(pathToFileURL(join(dir, `${name}.js`)).href);
}
