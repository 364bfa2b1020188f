// The official feed is published beside the script. In the sources the script is
// src/default-feed.ts, so the dev server and the test runner answer /src/feed.json with the
// repository's feed.json, and the CDN build writes feed.json beside cpi.js.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {bundleConfigurator, configuratorPage} from './configurator.js';

const root = new URL('../', import.meta.url);

/** The repository file that answers a request path, for the paths that stand for published files. */
export function publishedFile(path) {
  if (path === '/src/feed.json') return fileURLToPath(new URL('feed.json', root));
  if (path === '/src/register.html') return fileURLToPath(new URL('demo/register.html', root));
  return undefined;
}

let configurator;

/** A Vite plugin: serves the published files in dev and emits feed.json beside the CDN bundle. */
export function officialFeed({emit = true} = {}) {
  return {
    name: 'cpi-official-feed',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === '/') {
          res.statusCode = 302;
          res.setHeader('location', '/demo/');
          return res.end();
        }
        // The states demo holds one element in its loading state with a feed that never answers.
        if (path === '/demo/feeds/never.json') return;
        // The configurator, with the CDN at /cdn/ standing for the sources.
        if (path === '/cdn/cpi.js') {
          res.statusCode = 302;
          res.setHeader('location', '/src/cdn/cpi.ts');
          return res.end();
        }
        if (path === '/cdn/feed.json') {
          res.setHeader('content-type', 'application/json');
          return res.end(readFileSync(new URL('feed.json', root)));
        }
        if (path.startsWith('/demo/configure/')) {
          configurator ??= bundleConfigurator();
          configurator.then(({page, worker, css}) => {
            const files = {
              '/demo/configure/configure.js': ['text/javascript', page],
              '/demo/configure/snippet-worker.js': ['text/javascript', worker],
              '/demo/configure/configure.css': ['text/css', css],
            };
            const [type, body] = files[path] ?? [
              'text/html',
              configuratorPage({
                cdn: '/cdn/',
                site: '/',
                feed: '/cdn/feed.json',
                assets: '/demo/configure/',
              }),
            ];
            res.setHeader('content-type', type);
            res.end(body);
          }, next);
          return;
        }
        const file = publishedFile(path);
        if (!file) return next();
        res.setHeader('content-type', file.endsWith('.json') ? 'application/json' : 'text/html');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (!emit) return;
      this.emitFile({
        type: 'asset',
        fileName: 'feed.json',
        source: JSON.stringify(JSON.parse(readFileSync(new URL('feed.json', root), 'utf8'))),
      });
    },
  };
}
