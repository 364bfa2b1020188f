import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {main, type CliContext} from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const officialText = readFileSync(join(root, 'feed.json'), 'utf8');
const official = JSON.parse(officialText);
const dir = mkdtempSync(join(tmpdir(), 'cpi-cli-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Runs the command as `cpi-feed …args` and returns what it printed where, and its exit code. */
async function run(args: string[], context: Partial<CliContext> = {}) {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (line) => (out += `${line}\n`),
    err: (line) => (err += `${line}\n`),
    cwd: root,
    ...context,
  });
  return {code, out, err};
}

let files = 0;
/** Writes a feed (a value, or text as given) to a file of its own and returns its path. */
function file(value: unknown): string {
  const path = join(dir, `feed-${++files}.json`);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

/** A feed with one of each kind of problem the command finds in a file. */
function oneOfEach() {
  const feed = structuredClone(official);
  delete feed.index.title;
  feed.sections[1].status = 'Live';
  feed.sections[2].status = 'comming-soon';
  feed.sections[3].summmary = feed.sections[3].summary;
  delete feed.sections[3].summary;
  feed.sections[5].updated = 'May 2026';
  feed.register.url = 'javascript:alert(1)';
  feed.index.language = 'english';
  return feed;
}

describe('cpi-feed validate PATH', () => {
  it('says ok for the official feed', async () => {
    expect(await run(['validate', 'feed.json'])).toEqual({
      code: 0,
      out: 'ok: 22 sections (1 live)\n',
      err: '',
    });
  });

  it('counts and lists every problem, errors first, and exits 1', async () => {
    const path = file(oneOfEach());
    expect(await run(['validate', path])).toEqual({
      code: 1,
      out: [
        `${path}: 1 error, 6 warnings`,
        '  error   index.title: missing; it is required',
        '  warning index.language: "english" is not a BCP 47 language tag such as "en" or "pt-BR"',
        '  warning register.url: the text "javascript:alert(1)" is not an http, https or mailto link; it was left out',
        '  warning sections[1].status: "Live" is not a status this version knows; did you mean "live"?',
        '  warning sections[2].status: "comming-soon" is not a status this version knows; did you mean "coming-soon"?',
        '  warning sections[3].summmary: not a field this version knows; did you mean "summary"?',
        '  warning sections[5].updated: expected a year-month like "2026-05" or a date like "2026-05-14", got the text "May 2026"; it was left out',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('says ok with warnings listed after, and fails on them with --strict', async () => {
    const feed = structuredClone(official);
    feed.sections[2].status = 'comming-soon';
    feed.sections[3].summmary = 'x';
    const path = file(feed);
    const warnings = [
      '  warning sections[2].status: "comming-soon" is not a status this version knows; did you mean "coming-soon"?',
      '  warning sections[3].summmary: not a field this version knows; did you mean "summary"?',
      '',
    ];
    expect(await run(['validate', path])).toEqual({
      code: 0,
      out: ['ok: 22 sections (1 live)', `${path}: 2 warnings`, ...warnings].join('\n'),
      err: '',
    });
    expect(await run(['validate', '--strict', path])).toEqual({
      code: 1,
      out: [`${path}: 2 warnings (--strict: warnings fail the check)`, ...warnings].join('\n'),
      err: '',
    });
    expect((await run(['validate', path, '--strict'])).code).toBe(1);
    expect((await run(['validate', '--strict', 'feed.json'])).code).toBe(0);
  });

  it('shows a JSON syntax error as line:column with the line and a caret', async () => {
    const text = JSON.stringify(official, null, 2).replace('"tagline"', '"tagline": ,"x"');
    const line = text.split('\n').findIndex((l) => l.includes('"tagline": ,')) + 1;
    const path = file(text);
    expect(await run(['validate', path])).toEqual({
      code: 1,
      out: [
        `${path}: 1 error`,
        `  error   ${line}:16: not valid JSON: unexpected token ','`,
        '          "tagline": ,"x": "What actually works in B2B creator programs",',
        '                     ^',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('reads a file that starts with a byte order mark, as browsers do', async () => {
    expect(await run(['validate', file(`\uFEFF${officialText}`)])).toMatchObject({
      code: 0,
      out: 'ok: 22 sections (1 live)\n',
    });
  });

  it('resolves a relative path against the working directory', async () => {
    expect(await run(['validate', 'feed-1.json'], {cwd: dir})).toMatchObject({
      code: 1,
      out: expect.stringContaining('feed-1.json: 1 error, 6 warnings\n'),
    });
  });

  it('exits 2 when the file cannot be read', async () => {
    expect(await run(['validate', 'no-such-feed.json'])).toEqual({
      code: 2,
      out: '',
      err: 'no-such-feed.json: cannot be read (ENOENT)\n',
    });
    expect(await run(['validate', dir])).toMatchObject({
      code: 2,
      err: `${dir}: cannot be read (EISDIR)\n`,
    });
  });
});

describe('cpi-feed usage', () => {
  const usage = [
    'usage: cpi-feed <command> …',
    '  validate [--strict] PATH-OR-URL                  check a feed before it is published (--strict: warnings fail too)',
    '  snippet <index|card|cta> [options]               print what to paste into a page',
    '  build [FEED] --out DIR --base URL [--cdn URL]    write the static site: section pages, unfurl images, embeds, oEmbed',
    '  serve DIR [--port N] [--host H] [--cdn-dir DIR]  serve a built site with its oEmbed endpoint (/oembed?url=…)',
    '',
  ].join('\n');

  it('prints the usage and exits 2 without a command, or with an unknown one', async () => {
    expect(await run([])).toEqual({code: 2, out: '', err: usage});
    expect(await run(['publish', 'feed.json'])).toEqual({
      code: 2,
      out: '',
      err: `cpi-feed: unknown command "publish"\n${usage}`,
    });
    expect((await run(['toString'])).code).toBe(2);
  });

  it('prints the usage on stdout when asked', async () => {
    expect(await run(['--help'])).toEqual({code: 0, out: usage, err: ''});
    expect(await run(['validate', '--help'])).toEqual({
      code: 0,
      out: 'usage: cpi-feed validate [--strict] PATH-OR-URL\n',
      err: '',
    });
  });

  it.each([
    [[], 'which feed?'],
    [['a.json', 'b.json'], 'one feed at a time'],
    [['--stric', 'feed.json'], "Unknown option '--stric'"],
  ])('exits 2 for validate %j', async (args, message) => {
    const result = await run(['validate', ...args]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(`cpi-feed validate: ${message}`);
    expect(result.err).toMatch(/\nusage: cpi-feed validate \[--strict\] PATH-OR-URL\n$/);
  });
});

describe('cpi-feed validate URL', () => {
  type Route = (headers: IncomingHttpHeaders) => {
    status?: number;
    headers?: Record<string, string>;
    body?: string | Buffer;
  };
  const json = {'content-type': 'application/json', 'access-control-allow-origin': '*'};
  /** A valid feed of `count` sections, about 2 kB each. */
  const feedOf = (count: number) =>
    JSON.stringify({
      version: 1,
      index: {title: 'Many sections'},
      sections: Array.from({length: count}, (_, i) => ({
        id: `s-${i}`,
        title: 'A section',
        status: 'coming-soon',
        summary: 'x'.repeat(1900),
      })),
    });
  const routes: Record<string, Route> = {
    '/feed.json': () => ({headers: json, body: officialText}),
    '/no-cors.json': () => ({headers: {'content-type': 'application/json'}, body: officialText}),
    '/echo.json': (req) => ({
      headers: {...json, 'access-control-allow-origin': req.origin ?? 'https://nobody.example'},
      body: officialText,
    }),
    '/text.json': () => ({
      headers: {...json, 'content-type': 'text/plain; charset=utf-8'},
      body: officialText,
    }),
    '/one-of-each.json': () => ({headers: json, body: JSON.stringify(oneOfEach())}),
    '/broken.json': () => ({headers: json, body: '{"version": 1,\n"index": }'}),
    '/medium.json': () => ({headers: json, body: feedOf(60)}),
    '/big.json': () => ({headers: json, body: feedOf(600)}),
    '/huge.json': () => ({headers: json, body: Buffer.alloc(4_500_000, 32)}),
    '/relative.json': () => ({status: 302, headers: {location: '/feed.json'}}),
    '/error.json': () => ({status: 500, headers: json, body: 'oops'}),
  };
  let server: Server;
  let base: string;
  const requests: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.headers);
      if (req.url === '/hang.json') return; // never answers
      const route = routes[req.url ?? ''];
      if (!route) {
        res.writeHead(404, 'Not Found', json).end('{}');
        return;
      }
      const answer = route(req.headers);
      res.writeHead(answer.status ?? 200, answer.headers).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('says ok for a feed served as partners need it, asking as a page on another origin', async () => {
    requests.length = 0;
    expect(await run(['validate', `${base}/feed.json`])).toEqual({
      code: 0,
      out: 'ok: 22 sections (1 live)\n',
      err: '',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].origin).toMatch(/^https:\/\/[a-z.-]+$/);
    expect(requests[0].cookie).toBeUndefined();
    expect(requests[0].authorization).toBeUndefined();
  });

  it('accepts a server that answers the origin it was asked from', async () => {
    expect(await run(['validate', `${base}/echo.json`])).toMatchObject({
      code: 0,
      out: 'ok: 22 sections (1 live)\n',
    });
  });

  it('counts a missing Access-Control-Allow-Origin as an error', async () => {
    const url = `${base}/no-cors.json`;
    expect(await run(['validate', url])).toEqual({
      code: 1,
      out: [
        `${url}: 1 error`,
        '  error   Access-Control-Allow-Origin: missing, so pages on other sites cannot read this feed; send "Access-Control-Allow-Origin: *"',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('warns about a content type that is not JSON', async () => {
    const url = `${base}/text.json`;
    const result = await run(['validate', url]);
    expect(result).toEqual({
      code: 0,
      out: [
        'ok: 22 sections (1 live)',
        `${url}: 1 warning`,
        '  warning Content-Type: "text/plain" is not a JSON type; serve the feed as "application/json"',
        '',
      ].join('\n'),
      err: '',
    });
    expect((await run(['validate', '--strict', url])).code).toBe(1);
  });

  it('checks the content as it checks a file', async () => {
    const url = `${base}/one-of-each.json`;
    const fromFile = await run(['validate', file(oneOfEach())]);
    const fromUrl = await run(['validate', url]);
    expect(fromUrl.code).toBe(1);
    expect(fromUrl.out.split('\n').slice(1)).toEqual(fromFile.out.split('\n').slice(1));
    expect((await run(['validate', `${base}/broken.json`])).out).toContain(
      '  error   2:10: not valid JSON: unexpected token \'}\'\n      "index": }\n               ^\n',
    );
  });

  it('warns over 100 kB and refuses over 1 MB', async () => {
    const medium = await run(['validate', `${base}/medium.json`]);
    expect(medium.code).toBe(0);
    expect(medium.out).toMatch(
      /\nhttp\S+: 1 warning\n {2}warning size: 1\d\d(\.\d)? kB; over 100 kB, it slows every page/,
    );
    const oversize = await run(['validate', `${base}/big.json`]);
    expect(oversize.code).toBe(1);
    expect(oversize.out).toContain(
      "  error   size: 1.2 MB; the widget reads at most 1 MB, so partners' pages would show an error instead of the index\n",
    );
  });

  it('stops reading far past the limit', async () => {
    const result = await run(['validate', `${base}/huge.json`]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      '  error   size: more than 4 MB; reading stopped there, so its content was not checked',
    );
  });

  it('follows a redirect', async () => {
    expect(await run(['validate', `${base}/relative.json`])).toMatchObject({
      code: 0,
      out: 'ok: 22 sections (1 live)\n',
    });
  });

  it('exits 2 on an HTTP error', async () => {
    expect(await run(['validate', `${base}/missing.json`])).toEqual({
      code: 2,
      out: '',
      err: `${base}/missing.json: cannot be read (HTTP 404 Not Found)\n`,
    });
    expect(await run(['validate', `${base}/error.json`])).toMatchObject({
      code: 2,
      err: `${base}/error.json: cannot be read (HTTP 500 Internal Server Error)\n`,
    });
  });

  it('exits 2 when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed.json`;
    await new Promise((resolve) => closed.close(resolve));
    expect(await run(['validate', url])).toEqual({
      code: 2,
      out: '',
      err: `${url}: cannot be read (the server cannot be reached: ECONNREFUSED)\n`,
    });
  });

  it('exits 2 when the server does not answer in time', async () => {
    expect(await run(['validate', `${base}/hang.json`], {timeoutMs: 200})).toEqual({
      code: 2,
      out: '',
      err: `${base}/hang.json: cannot be read (no answer within 0.2 s)\n`,
    });
  });
});

describe('bin/cpi-feed.js', () => {
  // The wrapper runs the build; a stand-in build shows what it passes and returns, with no tsc.
  function install(withBuild: boolean) {
    const home = mkdtempSync(join(dir, 'package-'));
    mkdirSync(join(home, 'bin'));
    cpSync(join(root, 'bin/cpi-feed.js'), join(home, 'bin/cpi-feed.js'));
    if (withBuild) {
      mkdirSync(join(home, 'dist/cli'), {recursive: true});
      writeFileSync(
        join(home, 'dist/cli/main.js'),
        'export async function main(argv) { console.log(JSON.stringify(argv)); return 3; }\n',
      );
    }
    return join(home, 'bin/cpi-feed.js');
  }

  it('runs main with the arguments and exits with its code', () => {
    const result = spawnSync(process.execPath, [install(true), 'validate', '--strict', 'x.json'], {
      encoding: 'utf8',
    });
    expect(result).toMatchObject({
      status: 3,
      stdout: '["validate","--strict","x.json"]\n',
      stderr: '',
    });
  });

  it('says to build first when the build is missing', () => {
    const result = spawnSync(process.execPath, [install(false), 'validate', 'feed.json'], {
      encoding: 'utf8',
    });
    expect(result).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'cpi-feed: dist/cli/main.js is missing; run `npm run build` first.\n',
    });
  });
});

describe('cpi-feed snippet', () => {
  it('prints the script form: the module script and the element, nothing else', async () => {
    const {code, out, err} = await run([
      'snippet',
      'card',
      '--section',
      'scaling',
      '--form',
      'script',
      '--cdn',
      'https://cdn.example/cpi/',
      '--partner',
      'acme',
      '--heading-level',
      '4',
    ]);
    expect({code, err}).toEqual({code: 0, err: ''});
    expect(out).toBe(
      '<script type="module" src="https://cdn.example/cpi/cpi.js"></script>\n' +
        '<cpi-section-card section="scaling" partner="acme" heading-level="4"></cpi-section-card>\n',
    );
  });

  it('prints the static form by default: the finished element, then the script, under a relative base', async () => {
    const {code, out} = await run(['snippet', 'index', '--cdn', '/cdn/']);
    expect(code).toBe(0);
    expect(out).toMatch(/^<cpi-index ?><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(out).toContain('<script type="application/ld+json">');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '<script type="module" src="/cdn/cpi.js"></script>',
    );
    // The official feed's relative links resolve beside the script.
    expect(out).toContain('href="/cdn/register.html"');
  });

  it('pre-renders a feed file, and a feed URL also becomes the element’s src', async () => {
    const feed = structuredClone(official);
    feed.index.title = 'A feed of our own';
    const fromFile = await run(['snippet', 'index', '--feed', file(feed)]);
    expect(fromFile.out).toContain('>A feed of our own</h2>');
    expect(fromFile.out).toMatch(/^<cpi-index ?>/);
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(feed));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds/feed.json`;
    try {
      const fromUrl = await run(['snippet', 'cta', '--feed', url, '--form', 'script']);
      expect(fromUrl.out).toContain(`<cpi-register-cta src="${url}"></cpi-register-cta>`);
    } finally {
      server.close();
    }
  });

  it('says what is wrong with the choices, with the closest section ids', async () => {
    const wrong = await run(['snippet', 'card', '--section', 'scalin']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('there is no section "scalin"; did you mean "scaling"');
    expect((await run(['snippet', 'card'])).err).toContain('a card needs --section');
    expect((await run(['snippet', 'cards'])).code).toBe(2);
    expect((await run(['snippet', 'index', '--theme', 'sepia'])).err).toContain(
      '--theme is light, dark or auto',
    );
    expect((await run(['snippet', 'index', '--heading-level', '7'])).code).toBe(2);
    expect((await run(['snippet', 'index', '--form', 'pdf'])).code).toBe(2);
  });
});

describe('cpi-feed snippet, the other forms', () => {
  const site = 'https://index.example/';
  it('iframe: the embed page with the choices in its query, and the parent script', async () => {
    const {code, out} = await run([
      'snippet',
      'card',
      '--section',
      'scaling',
      '--form',
      'iframe',
      '--site',
      site,
      '--lang',
      'de',
      '--partner',
      'acme',
    ]);
    expect(code).toBe(0);
    expect(out).toBe(
      '<iframe data-cpi-embed src="https://index.example/embed/scaling.html?lang=de&amp;partner=acme" width="600" height="260" title="A section of the Creator Program Index" frameborder="0" scrolling="no" style="display:block;width:100%;max-width:600px;height:260px;border:0"></iframe>\n' +
        '<script async src="https://index.example/embed.js"></script>\n',
    );
  });

  it('link: the section’s own page, or the site for the index', async () => {
    const card = ['snippet', 'card', '--section', 'scaling', '--form', 'link', '--site', site];
    expect((await run(card)).out).toBe('https://index.example/sections/scaling/\n');
    expect((await run(['snippet', 'index', '--form', 'link', '--site', site])).out).toBe(
      'https://index.example/\n',
    );
  });

  it('react and vue: the element in a component, with the package imported', async () => {
    const react = await run(['snippet', 'cta', '--form', 'react', '--partner', 'acme']);
    expect(react.out).toContain("import 'creator-program-index';");
    expect(react.out).toContain('return <cpi-register-cta partner="acme" />;');
    const vue = await run(['snippet', 'index', '--form', 'vue', '--theme', 'dark']);
    expect(vue.out).toContain("<script setup>\nimport 'creator-program-index';\n</script>");
    expect(vue.out).toContain('<cpi-index theme="dark"></cpi-index>');
    expect(vue.out).toContain('isCustomElement');
  });
});
