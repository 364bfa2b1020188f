// The package as a partner gets it: the build, `npm pack`, the tarball installed into
// examples/node_modules (examples/install-package.js), then apps built from it and opened in
// Chromium: the plain app bundled by Vite and by esbuild (the published feed, served here), and
// the framework examples (React 19, React 18 through creator-program-index/react, Vue 3, a Node
// server with renderToString). Each page must show what a reader expects, request nothing that
// fails and log no error. Prints the bytes each app ships.
import {build as esbuild} from 'esbuild';
import {execFile} from 'node:child_process';
import {cpSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core';
import {build as viteBuild} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {installPackage} from '../../examples/install-package.js';
import {buildClient} from '../../examples/node-server/build.js';
import {chromiumArgs, findChromium} from '../../scripts/find-chromium.js';
import {typeFiles} from '../../scripts/jsx-types.js';
import {officialFeedUrl} from '../../src/published.js';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(repository, 'examples');
const installed = join(examples, 'node_modules/creator-program-index');
const feed = readFileSync(join(repository, 'feed.json'), 'utf8');
const sectionCount = (JSON.parse(feed) as {sections: unknown[]}).sections.length;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** A static server for a built app; every miss is a 404. */
function serve(dir: string): Server {
  return createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {'content-type': contentTypes[extname(file)] ?? 'text/plain'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Every .js file under `dir`, with its bytes as shipped (minified) and gzipped. */
function jsBytes(dir: string): {files: number; min: number; gzip: number} {
  const files = readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(dir, name)));
  return {
    files: files.length,
    min: files.reduce((sum, bytes) => sum + bytes.length, 0),
    gzip: files.reduce((sum, bytes) => sum + gzipSync(bytes, {level: 9}).length, 0),
  };
}

const run = promisify(execFile);
const viteApps = ['plain', 'react19', 'react18', 'vue'] as const;
// The apps as built and served: name → URL.
const apps: Record<string, string> = {};
const servers: Server[] = [];
const shipped: Record<string, ReturnType<typeof jsBytes>> = {};
let out: string;
let browser: Browser;
let packed: {tarball: string; bytes: number; times: Record<string, number>};
let serverPage: {min: number; gzip: number} | undefined;
let typeErrors: Promise<string>;
const tsc = join(repository, 'node_modules/typescript/bin/tsc');

/**
 * Opens `url` in a fresh context. The published feed's URL is answered with the repository's feed
 * (this network cannot reach it); any other request off this machine is refused and reported.
 * `problems` collects console errors, page errors, failed requests and HTTP errors.
 */
async function open(url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const feedRequests: string[] = [];
  await page.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => {
      if (route.request().url() !== officialFeedUrl) {
        problems.push(`request off this machine: ${route.request().url()}`);
        return route.abort();
      }
      feedRequests.push(route.request().url());
      return route.fulfill({
        contentType: 'application/json',
        headers: {'access-control-allow-origin': '*'},
        body: feed,
      });
    },
  );
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on(
    'response',
    (r) => void (r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`)),
  );
  await page.goto(url);
  return {page, problems, feedRequests};
}

/** Waits for a value to meet the assertion that follows (vitest's default waits only 1 s). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, {timeout: 10_000});

/** The cards an element shows, and its title (Playwright's CSS pierces open shadow roots). */
const cards = (page: Page, tag: string) => page.locator(`${tag} [part="card"]`);
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

describe('the packed package in apps', {timeout: 30_000}, () => {
  beforeAll(async () => {
    const chromiumPath = findChromium();
    if (!chromiumPath) throw new Error('No Chromium: run node scripts/find-chromium.js');
    const launched = chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
    packed = await installPackage();
    out = await mkdtemp(join(tmpdir(), 'cpi-apps-'));
    // Compiled while the apps build and run; the last test reads the result.
    typeErrors = run(process.execPath, [tsc, '-p', join(examples, 'tsconfig.json')]).then(
      () => '',
      (error: {stdout: string}) => error.stdout,
    );
    const started = performance.now();
    // vitest sets NODE_ENV=test, which would make Vite build React's and Lit's development builds.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await Promise.all([
      ...viteApps.map((name) =>
        viteBuild({
          root: join(examples, name),
          configLoader: 'native',
          logLevel: 'warn',
          build: {outDir: join(out, name), emptyOutDir: true},
        }),
      ),
      // The plain app once more, bundled by esbuild: the same page, its script beside it.
      esbuild({
        entryPoints: [join(examples, 'plain/main.js')],
        bundle: true,
        format: 'esm',
        minify: true,
        outfile: join(out, 'plain-esbuild/main.js'),
        logLevel: 'warning',
      }).then(() =>
        cpSync(join(examples, 'plain/index.html'), join(out, 'plain-esbuild/index.html')),
      ),
      buildClient(join(out, 'node-server/client.js')),
    ]).finally(() => (process.env.NODE_ENV = nodeEnv));
    packed.times['builds'] = Math.round(performance.now() - started);
    for (const name of [...viteApps, 'plain-esbuild']) {
      const server = serve(join(out, name));
      servers.push(server);
      apps[name] = await listen(server);
    }
    const {createIndexServer} = await import('../../examples/node-server/server.js');
    const server = createIndexServer({client: join(out, 'node-server/client.js')});
    servers.push(server);
    apps['node-server'] = await listen(server);
    browser = await launched;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    if (!out) return;
    for (const name of [...viteApps, 'plain-esbuild', 'node-server']) {
      shipped[name] = jsBytes(join(out, name));
    }
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`.padStart(9);
    console.log(
      [
        `${packed.tarball}: ${kb(packed.bytes)} packed; steps (ms): ${JSON.stringify(packed.times)}`,
        'JavaScript each example app ships (KB = 1,000 bytes; gzip -9 per file):',
        ...Object.entries(shipped).map(
          ([name, {files, min, gzip}]) =>
            `  ${name.padEnd(14)} ${files} file${files > 1 ? 's' : ' '} ${kb(min)} min ${kb(gzip)} gzip`,
        ),
        ...(serverPage
          ? [
              `  node-server's page (HTML before its script) ${kb(serverPage.min)} ${kb(serverPage.gzip)} gzip`,
            ]
          : []),
      ].join('\n'),
    );
    await rm(out, {recursive: true, force: true});
  }, 30_000);

  it('the tarball holds every file its exports map and its types name', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
    };
    const targets = Object.values(manifest.exports).flatMap((t) =>
      typeof t === 'string' ? [t] : Object.values(t),
    );
    const missing = [...targets, './types/jsx.d.ts', './types/vue.d.ts'].filter((target) => {
      try {
        return !statSync(join(installed, target)).isFile();
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  for (const [name, bundler] of [
    ['plain', 'Vite'],
    ['plain-esbuild', 'esbuild'],
  ]) {
    it(`a plain app bundled by ${bundler} shows the index from the published feed`, async () => {
      const {page, problems, feedRequests} = await open(apps[name]);
      await poll(() => cards(page, 'cpi-index').count()).toBe(sectionCount);
      expect(await text(page, 'cpi-index [part="title"]')).toBe('The Creator Program Index');
      expect(feedRequests).toEqual([officialFeedUrl]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('React 19: props and the register click handled by an oncpi-register-click prop', async () => {
    const {page, problems} = await open(apps.react19);
    expect(await text(page, 'h1')).toMatch(/^Partner site \(React 19\./);
    await poll(() => cards(page, 'cpi-index').count()).toBe(sectionCount);
    expect(await text(page, 'cpi-index [part="title"]')).toBe('The Creator Program Index');

    await page.getByLabel('Live sections only').check();
    await poll(() => cards(page, 'cpi-index').count()).toBe(1);

    await page.locator('cpi-index [part="button"]').click();
    await poll(() => text(page, '[role="status"]')).toMatch(
      /^Sign up \(from the index\): .*register\.html\?utm_source=acme-example/,
    );
    expect(page.url()).toBe(apps.react19);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('React 18: the creator-program-index/react wrappers, their props and events', async () => {
    const {page, problems} = await open(apps.react18);
    expect(await text(page, 'h1')).toMatch(/^Partner site \(React 18\./);
    await poll(() => cards(page, 'cpi-index').count()).toBe(sectionCount);
    // onFeedLoad reached the app: it counts the sections in its own heading.
    await poll(() => text(page, 'h2 >> nth=1')).toBe(`All ${sectionCount} sections`);
    expect(await cards(page, 'cpi-section-card').count()).toBe(1);
    expect(await text(page, 'cpi-section-card [part="card-title"]')).toBe(
      'Attribution and Measurement',
    );

    await page.locator('cpi-section-card [part="link"]').click();
    await poll(() => text(page, '[role="status"]')).toMatch(
      /^Sign up \(from the card, attribution-and-measurement\): .*utm_source=acme-example/,
    );
    expect(page.url()).toBe(apps.react18);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Vue 3: a card that follows v-model, and @cpi-register-click', async () => {
    const {page, problems} = await open(apps.vue);
    expect(await text(page, 'h1')).toMatch(/^Partner blog \(Vue 3\./);
    const title = 'cpi-section-card [part="card-title"]';
    await poll(() => text(page, title)).toBe('Attribution and Measurement');
    expect(await cards(page, 'cpi-section-card').count()).toBe(1);

    await page.locator('cpi-section-card [part="link"]').click();
    await poll(() => text(page, '[role="status"]')).toMatch(
      /^Sign up \(from the card, attribution-and-measurement\): /,
    );

    await page.getByLabel('Section').selectOption('foundation');
    await poll(() => text(page, title)).toBe('Foundation — What B2B Creator Programs Are');
    expect(page.url()).toBe(apps.vue);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Node server: the rendered index reads without JavaScript', async () => {
    const html = Buffer.from(await (await fetch(apps['node-server'])).arrayBuffer());
    serverPage = {min: html.length, gzip: gzipSync(html, {level: 9}).length};
    const {page, problems} = await open(apps['node-server'], {javaScriptEnabled: false});
    expect(await cards(page, 'cpi-index').count()).toBe(sectionCount);
    expect(await text(page, 'cpi-index [part="title"]')).toBe('The Creator Program Index');
    expect(await page.evaluate(() => customElements.get('cpi-index'))).toBe(undefined);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Node server: the module script takes the index over and refreshes its feed', async () => {
    const {page, problems} = await open(apps['node-server']);
    await page.waitForFunction(() => customElements.get('cpi-index') !== undefined);
    const feedFetches = () =>
      page.evaluate(
        () =>
          performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/feed.json'))
            .length,
      );
    await poll(feedFetches).toBe(1);
    expect(await cards(page, 'cpi-index').count()).toBe(sectionCount);
    expect(await text(page, 'cpi-index [part="title"]')).toBe('The Creator Program Index');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('types: the examples compile against the published types; types/ matches the manifest', async () => {
    expect(await typeErrors).toBe('');
    for (const [path, generated] of Object.entries(await typeFiles())) {
      expect(readFileSync(join(repository, path), 'utf8'), `${path}: run npm run jsx-types`).toBe(
        generated,
      );
    }
  });
});
