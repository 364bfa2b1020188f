// A Vite plugin for the examples: serves the official feed that came with the installed package
// at /feed.json in the dev server and writes it beside the built app, so that the examples work on
// a network that cannot reach the feed's published URL. A real app leaves `src` out (or points it
// at its own copy of the feed).
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

export function serveFeed() {
  const feed = () => readFileSync(require.resolve('creator-program-index/feed.json'));
  const middleware = (request, response, next) => {
    if (request.url?.split('?')[0] !== '/feed.json') return next();
    response.setHeader('content-type', 'application/json');
    response.end(feed());
  };
  return {
    name: 'cpi-serve-feed',
    configureServer: (server) => void server.middlewares.use(middleware),
    generateBundle() {
      this.emitFile({type: 'asset', fileName: 'feed.json', source: feed()});
    },
  };
}
