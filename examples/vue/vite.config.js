import vue from '@vitejs/plugin-vue';
import {defineConfig} from 'vite';
import {serveFeed} from '../serve-feed.js';

export default defineConfig({
  plugins: [
    vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('cpi-')}}}),
    serveFeed(),
  ],
});
