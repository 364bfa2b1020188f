// Builds the CDN files, each a self-contained minified ES module with Lit inside:
// dist/cdn/cpi.js (all four elements, with feed.json beside it), cpi-section-card.js and
// cpi-register-cta.js (one element each, for pages that need only that one).
import {execFileSync} from 'node:child_process';

for (const entry of ['cpi', 'cpi-section-card', 'cpi-register-cta']) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: {...process.env, CPI_ENTRY: entry},
  });
}
