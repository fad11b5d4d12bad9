import { defineConfig } from 'vite';

/**
 * `vite build`: the library as ES modules, with lit and the d3 modules left as imports for
 * bundler users. `vite build --mode bundle`: one self-contained file for a plain
 * `<script type="module">` page.
 */
export default defineConfig(({ mode }) => {
  const isBundle = mode === 'bundle';
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: isBundle,
      lib: isBundle
        ? { entry: 'src/annotated-timeline.ts', formats: ['es'], fileName: () => 'annotated-timeline.bundle.js' }
        : { entry: { index: 'src/index.ts', 'annotated-timeline': 'src/annotated-timeline.ts' }, formats: ['es'], fileName: (_format, name) => `lib/${name}.js` },
      rolldownOptions: {
        external: isBundle ? [] : [/^lit($|\/)/, /^@lit\//, /^d3-/],
      },
    },
  };
});
