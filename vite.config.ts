import { defineConfig, type Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Folds a css`` template's text: comments go, white space shrinks to what CSS needs. */
function foldCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // 0.75rem is .75rem (strings and url() are left as written); an attribute value that is an
    // identifier needs no quotes.
    .replace(/("[^"]*"|'[^']*'|url\([^)]*\))|([^\w.-])0\.(\d)/g, (_match, kept, before, digit) => kept ?? `${before}.${digit}`)
    .replace(/=(['"])((?:--|-?[A-Za-z_])[\w-]*)\1\]/g, '=$2]');
}

/** Folds an html`` or svg`` template's text: a run of white space that holds a line break renders as one space. */
function foldMarkup(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/**
 * Folds the white space of Lit's html``, svg`` and css`` templates: the JS minifier leaves
 * template text alone, and the indentation of the element's templates and styles is a
 * sizeable part of the bundle. Runs after TypeScript is stripped, on the parsed program, and
 * touches only the static text between `${…}` expressions.
 */
function foldLitTemplates(): Plugin {
  return {
    name: 'fold-lit-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const edits: Array<{ start: number; end: number; text: string }> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as Node & { name?: string };
          const quasi = n.quasi as Node & { quasis: Array<Node & { value: { raw: string } }> };
          const fold = tag.name === 'css' ? foldCss : tag.name === 'html' || tag.name === 'svg' ? foldMarkup : undefined;
          if (fold) {
            for (const element of quasi.quasis) {
              const raw = code.slice(element.start, element.end);
              const folded = fold(raw);
              if (folded !== raw) edits.push({ start: element.start, end: element.end, text: folded });
            }
          }
        }
        for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

const external = [/^lit($|\/)/, /^@lit\//];

/**
 * `vite build`: the library as ES modules, with lit left as an import for bundler users. `vite build --mode bundle`: one minified, self-contained file for a plain
 * `<script type="module">` page (not lib mode, which would leave the whitespace in).
 */
const shared = { outDir: 'dist', emptyOutDir: false, target: 'es2022', sourcemap: true };

export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        plugins: [foldLitTemplates()],
        build: {
          ...shared,
          // Terser with three passes, dropping unused arguments, gives about 200 B less min+gzip
          // than oxc on this bundle. `pure_getters` (no getter is read for its side effects, here
          // or in Lit) lets it inline more: about 45 B. With it, a bare read such as
          // `element.offsetWidth;` written to force a layout would be dropped: call a method instead.
          minify: 'terser',
          terserOptions: { module: true, ecma: 2020, compress: { passes: 3, keep_fargs: false, pure_getters: true } },
          rolldownOptions: {
            input: 'src/annotated-timeline.ts',
            preserveEntrySignatures: 'exports-only',
            output: { format: 'es', entryFileNames: 'annotated-timeline.bundle.js' },
          },
        },
      }
    : {
        plugins: [foldLitTemplates()],
        build: {
          ...shared,
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
