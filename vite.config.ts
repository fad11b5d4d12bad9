import { defineConfig, type Plugin } from 'vite';

/**
 * Folds the white space of the css`` templates in `*.styles.ts`: the JS minifier leaves template
 * text alone, and the element's CSS is a fifth of the bundle. Comments go, runs of white space
 * become one space, and spaces next to `{ } ; : ,` go; `${…}` interpolations are kept as they are.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_match, body: string) => {
        const folded = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${folded}\``;
      });
    },
  };
}

const external = [/^lit($|\/)/, /^@lit\//, /^d3-/];

/**
 * `vite build`: the library as ES modules, with lit and the d3 modules left as imports for
 * bundler users. `vite build --mode bundle`: one minified, self-contained file for a plain
 * `<script type="module">` page (not lib mode, which would leave the whitespace in).
 */
export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        plugins: [minifyCssTemplates()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          minify: 'oxc',
          rolldownOptions: {
            input: 'src/annotated-timeline.ts',
            preserveEntrySignatures: 'exports-only',
            output: { format: 'es', entryFileNames: 'annotated-timeline.bundle.js' },
          },
        },
      }
    : {
        plugins: [minifyCssTemplates()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          minify: false,
          lib: {
            entry: { index: 'src/index.ts', 'annotated-timeline': 'src/annotated-timeline.ts' },
            formats: ['es'],
            fileName: (_format, name) => `lib/${name}.js`,
          },
          rolldownOptions: { external, output: { chunkFileNames: 'lib/[name]-[hash].js' } },
        },
      },
);
