// A plain node:http server that sends the index rendered on the server (renderToString: the
// finished HTML with a declarative shadow root, readable with JavaScript off) and the module
// script that takes it over. Run: node examples/node-server/build.js && node examples/node-server/server.js
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {renderToString} from 'creator-program-index/server';
import {defaultClient} from './build.js';

const require = createRequire(import.meta.url);
// The server publishes its own copy of the feed: the one that came with the package.
const feedFile = require.resolve('creator-program-index/feed.json');

const page = (index) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Creator Program Index, rendered by a Node server</title>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Partner site</h1>
      ${index}
    </main>
  </body>
</html>
`;

/** The server; `client` is the path of the bundled client.js (see build.js). */
export function createIndexServer({client = defaultClient} = {}) {
  return createServer(async (request, response) => {
    const send = (status, type, body) => {
      response.writeHead(status, {'content-type': type});
      response.end(body);
    };
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/') {
        const feed = JSON.parse(await readFile(feedFile, 'utf8'));
        const index = await renderToString({
          element: 'cpi-index',
          feed,
          src: '/feed.json',
          partner: 'acme-example',
          headingLevel: 2,
        });
        send(200, 'text/html; charset=utf-8', page(index));
      } else if (path === '/client.js') {
        send(200, 'text/javascript; charset=utf-8', await readFile(client));
      } else if (path === '/feed.json') {
        send(200, 'application/json', await readFile(feedFile));
      } else {
        send(404, 'text/plain; charset=utf-8', 'Not found');
      }
    } catch (error) {
      send(500, 'text/plain; charset=utf-8', String(error));
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createIndexServer().listen(port, () => console.log(`http://localhost:${port}/`));
}
