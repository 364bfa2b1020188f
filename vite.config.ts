import {defineConfig} from 'vitest/config';

// Each CDN file is built on its own (CPI_ENTRY names it), so that each is one self-contained file
// with Lit inside; `npm run build:cdn` builds them all.
const entry = process.env.CPI_ENTRY ?? 'cpi';
import {officialFeed} from './scripts/official-feed-plugin.js';
import {minifyCssLiterals} from './scripts/minify-css-literals.js';
import {minifyHtmlLiteralsPlugin} from './scripts/minify-html-literals.js';

export default defineConfig({
  plugins: [officialFeed({emit: entry === 'cpi'}), minifyCssLiterals(), minifyHtmlLiteralsPlugin()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: entry === 'cpi',
    copyPublicDir: false,
    target: 'es2022',
    lib: {
      entry: {[entry]: `src/cdn/${entry}.ts`},
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {output: {minify: true}},
  },
  test: {
    include: ['src/feed/**/*.test.ts', 'src/i18n/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Lit's development build announces itself in every test file that imports it.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
  },
});
