import react from '@vitejs/plugin-react';
import {defineConfig} from 'vite';
import {serveFeed} from '../serve-feed.js';

export default defineConfig({plugins: [react(), serveFeed()]});
