import react from '@vitejs/plugin-react';
import {defineConfig} from 'vite';
import {serveFeed} from '../serve-feed.js';

export default defineConfig({
  plugins: [react(), serveFeed()],
  // creator-program-index/react imports `react` from examples/node_modules, where Node's lookup
  // would continue up to the repository's React 19: one React, this folder's 18, for everything.
  resolve: {dedupe: ['react', 'react-dom']},
});
