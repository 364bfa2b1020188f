import {defineConfig} from 'vitest/config';
import {officialFeed} from './scripts/official-feed-plugin.js';

export default defineConfig({
  plugins: [officialFeed()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    lib: {
      entry: {cpi: 'src/cdn/cpi.ts'},
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {output: {minify: true}},
  },
  test: {
    include: ['src/feed/**/*.test.ts', 'src/i18n/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
