/// <reference types="node" />
/**
 * Serves a built site (Node's http module only): its files with their content types, and the
 * oEmbed endpoint of the spec (https://oembed.com, section 2.2),
 * `/oembed?url=…&maxwidth=…&maxheight=…&format=json`: the `rich` response of the page at `url`,
 * fitted to the limits; 404 for a URL that is not one of the site's pages, 501 for a format
 * other than JSON, 400 without a URL.
 *
 * A URL is the site's when it lies under the site's public base (read from the built
 * `oembed/index.json`) or under the address this server answers at: the home page, a section's
 * page (`sections/<id>/`) or an embed page (`embed/<id>.html`).
 */
import {createReadStream} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {extname, join, resolve, sep} from 'node:path';
import {sizedResponse, type OEmbedRich, type SizesFile} from './oembed.js';

/** Where and what to serve. */
export interface ServeSiteOptions {
  /** The built site's directory. */
  dir: string;
  /** The port; 0 (the default) picks a free one. */
  port?: number;
  /** The address to listen on; 127.0.0.1 by default (this machine only). */
  host?: string;
  /** A directory of CDN files (`cpi.js`, `feed.json`) to serve at `/cdn/`, for a local preview. */
  cdnDir?: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The site's path under a base URL (`sections/x/`), or undefined when `url` is not under it. */
function pathUnder(url: URL, base: string): string | undefined {
  const page = `${url.origin}${url.pathname}`;
  return page.startsWith(base) ? page.slice(base.length) : undefined;
}

/** The embed id of a page of the site, from its path in the site; undefined for any other. */
export function embedIdOfPath(path: string): string | undefined {
  if (path === '' || path === 'index.html') return 'index';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const match =
    /^sections\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/.exec(decoded) ??
    /^embed\/([a-z0-9]+(?:-[a-z0-9]+)*)\.html$/.exec(decoded);
  return match?.[1];
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
) {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** A whole number above 0 from the query, else undefined. */
function limit(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

/** The site's public base, as the build wrote it into the index's oEmbed response. */
async function siteBase(dir: string): Promise<string | undefined> {
  try {
    const index = JSON.parse(await readFile(join(dir, 'oembed', 'index.json'), 'utf8'));
    return typeof index.provider_url === 'string' ? index.provider_url : undefined;
  } catch {
    return undefined;
  }
}

async function answerOembed(
  request: IncomingMessage,
  response: ServerResponse,
  query: URLSearchParams,
  dir: string,
) {
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return send(response, 501, `Only format=json is served.\n`);
  const raw = query.get('url');
  if (!raw) return send(response, 400, 'The url parameter is missing.\n');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return send(response, 404, 'Not a URL of this site.\n');
  }
  const own = `http://${request.headers.host ?? 'localhost'}/`;
  const bases = [await siteBase(dir), own].filter((b): b is string => !!b);
  const path = bases.map((base) => pathUnder(url, base)).find((p) => p !== undefined);
  const id = path === undefined ? undefined : embedIdOfPath(path);
  let base: OEmbedRich;
  let sizes: SizesFile;
  try {
    if (!id) throw new Error('not a page');
    base = JSON.parse(await readFile(join(dir, 'oembed', `${id}.json`), 'utf8'));
    sizes = JSON.parse(await readFile(join(dir, 'oembed', 'sizes.json'), 'utf8'));
  } catch {
    return send(response, 404, 'Not a page of this site that can be embedded.\n');
  }
  const embed = Object.hasOwn(sizes.embeds, id) ? sizes.embeds[id] : undefined;
  if (!embed) return send(response, 404, 'Not a page of this site that can be embedded.\n');
  const answer = sizedResponse(base, embed, sizes.script, {
    maxwidth: limit(query.get('maxwidth')),
    maxheight: limit(query.get('maxheight')),
  });
  send(response, 200, `${JSON.stringify(answer)}\n`, types['.json']);
}

/** The file for a URL path under `root`, or undefined (outside it, missing, or a directory). */
async function fileFor(root: string, path: string): Promise<string | undefined> {
  const target = resolve(root, `.${path}`);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  try {
    const found = await stat(target);
    if (found.isFile()) return target;
  } catch {
    return undefined;
  }
  return undefined;
}

async function answerFile(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: ServeSiteOptions,
) {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return send(response, 400, 'Bad request.\n');
  }
  if (path.includes('\0')) return send(response, 400, 'Bad request.\n');
  let root = resolve(options.dir);
  if (options.cdnDir && path.startsWith('/cdn/')) {
    root = resolve(options.cdnDir);
    path = path.slice('/cdn'.length);
  }
  const file = await fileFor(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file && !path.endsWith('/') && (await fileFor(root, `${path}/index.html`))) {
    // A directory asked for without its slash: its page's relative links need the slash.
    response.writeHead(301, {location: `${url.pathname}/${url.search}`});
    return response.end();
  }
  if (!file) return send(response, 404, 'Not found.\n');
  const {size} = await stat(file);
  response.writeHead(200, {
    'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': 'no-cache',
    // Sandboxed frames (WordPress) load the pages' scripts from an opaque origin.
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}

/** Starts serving the site; resolves with the listening server (its address has the port). */
export function serveSite(options: ServeSiteOptions): Promise<Server> {
  const dir = resolve(options.dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return send(response, 405, 'Only GET and HEAD.\n');
    }
    const work =
      url.pathname === '/oembed'
        ? answerOembed(request, response, url.searchParams, dir)
        : answerFile(request, response, url, {...options, dir});
    work.catch(() => {
      if (!response.headersSent) send(response, 500, 'The server failed.\n');
      else response.destroy();
    });
  });
  // Idle connections stay open longer than clients keep them (fetch: 4 s; browsers and proxies
  // up to 60 s), so a client never sends a request on a connection the server is closing at that
  // moment: with Node's 5 s, a busy machine saw such a request reset (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise(server);
    });
  });
}
