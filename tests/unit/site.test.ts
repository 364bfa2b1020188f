// The static site as consumers read it: `cpi-feed build` on the official feed writes it once into
// a temporary directory, whose public base is the address `serveSite` answers at on 127.0.0.1, so
// that real consumer libraries can fetch it: open-graph-scraper reads each page's share tags,
// unfurl.js discovers a section's oEmbed response over HTTP, pngjs decodes the images, parse5
// parses every page as a browser's HTML parser would.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {request, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import ogs from 'open-graph-scraper';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {unfurl} from 'unfurl.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {main, type CliContext} from '../../src/cli/main.js';
import {serveSite} from '../../src/cli/serve-command.js';

type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const root = fileURLToPath(new URL('../../', import.meta.url));
const official = JSON.parse(readFileSync(join(root, 'feed.json'), 'utf8')) as {
  index: {title: string; description: string};
  register: {heading: string};
  sections: {id: string; title: string; status: string; summary: string}[];
};
const dir = mkdtempSync(join(tmpdir(), 'cpi-site-'));
const out = join(dir, 'site');

// pngjs ships no types: the little used here, typed here.
const {PNG} = createRequire(import.meta.url)('pngjs') as {
  PNG: {sync: {read(buffer: Buffer): {width: number; height: number; data: Buffer}}};
};

let server: Server;
let base: string;
let built: {code: number; out: string; err: string; ms: number; cpuMs: number};

/** Runs `cpi-feed …args` from the source and returns what it printed, and its exit code. */
async function run(args: string[]) {
  let printed = '';
  let errors = '';
  const context: CliContext = {
    out: (line) => (printed += `${line}\n`),
    err: (line) => (errors += `${line}\n`),
    cwd: dir,
  };
  const code = await main(args, context);
  return {code, out: printed, err: errors};
}

const page = (path: string) => readFileSync(join(out, path), 'utf8');
const json = (path: string) => JSON.parse(page(path)) as Record<string, unknown>;

beforeAll(async () => {
  server = await serveSite({dir: out, port: 0});
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await run(['build', '--out', 'site', '--base', base]);
  const {user, system} = process.cpuUsage(cpu);
  built = {...result, ms: performance.now() - started, cpuMs: (user + system) / 1000};
  console.log(
    `cpi-feed build wrote the site from the official feed in ${Math.round(built.ms)} ms ` +
      `(${Math.round(built.cpuMs)} ms of CPU)`,
  );
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, {recursive: true, force: true});
});

/** Every element of a tree, depth first. */
function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    if (child.tagName === 'template') yield* elements((child as Template).content);
    yield* elements(child);
  }
}
const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function textOf(node: ParentNode): string {
  return node.childNodes
    .map((child) =>
      child.nodeName === '#text'
        ? (child as DefaultTreeAdapterMap['textNode']).value
        : 'tagName' in child
          ? textOf(child.tagName === 'template' ? (child as Template).content : child)
          : '',
    )
    .join('');
}

/** Parses a page as a browser does; fails with every parse error there is. */
function parsePage(html: string, name: string) {
  const errors: string[] = [];
  const doc = parse(html, {
    onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`),
  });
  expect(errors, `${name}: HTML parse errors`).toEqual([]);
  return doc;
}

describe('cpi-feed build', () => {
  it('builds the whole site from the official feed in under 30 s, and says what it wrote', () => {
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    const lines = built.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^wrote 98 files \(\d+(\.\d)? (KB|MB)\) to site in \d+\.\d s$/);
    expect(lines.slice(1)).toEqual([
      '  embed.js, favicon.svg, index.html, og.png',
      '  sections/<id>/: 22 pages (index.html), 22 unfurl images (og.png)',
      '  embed/: 24 pages for iframes (<id>.html, index.html, register.html), frame.js',
      '  oembed/: 24 oEmbed responses (<id>.json, index.json, register.json), sizes.json',
      `  for ${base}, with cpi.js and feed.json from ${base}cdn/`,
    ]);
    // The time on the clock depends on what else the machine runs (other test files, at once);
    // the CPU time is what the build costs, and about its time on an idle machine.
    expect(built.cpuMs).toBeLessThan(30_000);
    const sections = readdirSync(join(out, 'sections'));
    expect(sections.sort()).toEqual(official.sections.map((s) => s.id).sort());
  });

  it('refuses a feed the widgets cannot show (1), and wrong arguments (2), writing nothing', async () => {
    const feed = structuredClone(official) as Record<string, unknown> & typeof official;
    feed.sections[0].id = 'Not An Id';
    const path = join(dir, 'bad-feed.json');
    writeFileSync(path, JSON.stringify(feed));
    const bad = await run(['build', path, '--out', 'bad', '--base', base]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('sections[0].id');
    expect(bad.out).toBe('');

    const clash = structuredClone(official);
    clash.sections[0].id = 'register';
    writeFileSync(path, JSON.stringify(clash));
    const taken = await run(['build', path, '--out', 'bad', '--base', base]);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('the id "register" is the site\'s own');

    expect((await run(['build', '--out', 'bad'])).code).toBe(2);
    const relative = await run(['build', '--out', 'bad', '--base', '/cpi/']);
    expect(relative.code).toBe(2);
    expect(relative.err).toContain('--base must be an absolute http(s) URL');
    expect((await run(['build', '--base', base])).code).toBe(2);
    expect(
      (await run(['build', join(dir, 'missing.json'), '--out', 'bad', '--base', base])).code,
    ).toBe(2);
    expect(() => readdirSync(join(dir, 'bad'))).toThrow();
  });

  it('builds from a feed at a URL, which the elements then load', async () => {
    const small = {...official, sections: official.sections.slice(0, 1)};
    writeFileSync(join(out, 'partner-feed.json'), JSON.stringify(small));
    const feedUrl = `${base}partner-feed.json`;
    const result = await run(['build', feedUrl, '--out', 'from-url', '--base', base]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const html = readFileSync(
      join(dir, 'from-url', 'sections', 'foundation', 'index.html'),
      'utf8',
    );
    const card = [...elements(parsePage(html, 'from-url'))].find(
      (el) => el.tagName === 'cpi-section-card',
    )!;
    expect(attribute(card, 'src')).toBe(feedUrl);
    expect(readdirSync(join(dir, 'from-url', 'sections'))).toEqual(['foundation']);
  }, 60_000);

  it('replaces what an earlier build wrote, and leaves other files alone', async () => {
    const again = join(dir, 'again');
    mkdirSync(join(again, 'sections', 'a-removed-section'), {recursive: true});
    writeFileSync(join(again, 'sections', 'a-removed-section', 'index.html'), 'old');
    writeFileSync(join(again, 'keep.txt'), 'the owner’s own file');
    const small = {...official, sections: official.sections.slice(0, 2)};
    writeFileSync(join(dir, 'small-feed.json'), JSON.stringify(small));
    const result = await run(['build', 'small-feed.json', '--out', 'again', '--base', base]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(again, 'sections')).sort()).toEqual([
      'attribution-and-measurement',
      'foundation',
    ]);
    expect(readFileSync(join(again, 'keep.txt'), 'utf8')).toBe('the owner’s own file');
  }, 120_000);
});

describe('the pages, as open-graph-scraper reads them', () => {
  it('gives every section page its title, description, image and URL', async () => {
    for (const section of official.sections) {
      const url = `${base}sections/${section.id}/`;
      const {result, error} = await ogs({html: page(`sections/${section.id}/index.html`)});
      expect(error, section.id).toBe(false);
      expect(result, section.id).toMatchObject({
        ogTitle: section.title,
        ogDescription: section.summary,
        ogUrl: url,
        ogType: 'article',
        ogSiteName: official.index.title,
        twitterCard: 'summary_large_image',
      });
      // open-graph-scraper gives the sizes as the tags' text.
      const images = result.ogImage?.map((image) => ({
        ...image,
        width: Number(image.width),
        height: Number(image.height),
      }));
      expect(images, section.id).toEqual([
        {
          url: `${url}og.png`,
          width: 1200,
          height: 630,
          type: 'image/png',
          alt: expect.stringContaining(section.title),
        },
      ]);
    }
  }, 60_000);

  it("gives the home page the index's title, description, image, URL and JSON-LD", async () => {
    const {result} = await ogs({html: page('index.html')});
    expect(result).toMatchObject({
      ogTitle: official.index.title,
      ogDescription: official.index.description,
      ogUrl: base,
      ogType: 'website',
      twitterCard: 'summary_large_image',
    });
    const image = result.ogImage?.[0];
    expect(image?.url).toBe(`${base}og.png`);
    expect([Number(image?.width), Number(image?.height)]).toEqual([1200, 630]);
    const list = result.jsonLD?.[0] as {itemListElement: {name: string; url: string}[]};
    expect(list.itemListElement).toHaveLength(22);
    expect(list.itemListElement[1]).toMatchObject({
      name: 'Attribution and Measurement',
      url: `${base}sections/attribution-and-measurement/`,
    });
  });
});

describe('the pages, as a browser parses them', () => {
  it('are HTML5 without a parse error, in the feed’s language, with a viewport', () => {
    const pages = [
      'index.html',
      ...official.sections.map((s) => `sections/${s.id}/index.html`),
      ...['index', 'register', ...official.sections.map((s) => s.id)].map(
        (id) => `embed/${id}.html`,
      ),
    ];
    for (const path of pages) {
      const doc = parsePage(page(path), path);
      expect(doc.mode, `${path}: standards mode`).toBe('no-quirks');
      const html = [...elements(doc)].find((el) => el.tagName === 'html')!;
      expect(attribute(html, 'lang'), path).toBe('en');
      const viewport = [...elements(doc)].find((el) => attribute(el, 'name') === 'viewport');
      expect(viewport && attribute(viewport, 'content'), path).toBe(
        'width=device-width, initial-scale=1',
      );
    }
  }, 60_000);

  it('a section page: its card and the register block rendered, the way back, the scripts', () => {
    const section = official.sections[1];
    const doc = parsePage(page(`sections/${section.id}/index.html`), section.id);
    const all = [...elements(doc)];
    const card = all.find((el) => el.tagName === 'cpi-section-card')!;
    expect(attribute(card, 'section')).toBe(section.id);
    const shadow = card.childNodes.find(
      (n) => 'tagName' in n && n.tagName === 'template',
    ) as Element;
    expect(attribute(shadow, 'shadowrootmode')).toBe('open');
    const h1 = [...elements((shadow as Template).content)].find((el) => el.tagName === 'h1')!;
    expect(textOf(h1)).toBe(section.title);
    const cta = all.find((el) => el.tagName === 'cpi-register-cta')!;
    expect(textOf(cta)).toContain(official.register.heading);
    const back = all.find((el) => el.tagName === 'a' && textOf(el).startsWith('See all'));
    expect(back && textOf(back)).toBe(`See all 22 sections of ${official.index.title}`);
    expect(back && attribute(back, 'href')).toBe('../../');
    const canonical = all.find((el) => attribute(el, 'rel') === 'canonical');
    expect(canonical && attribute(canonical, 'href')).toBe(`${base}sections/${section.id}/`);
    const scripts = all.filter((el) => el.tagName === 'script').map((el) => attribute(el, 'src'));
    expect(scripts).toContain('../../cdn/cpi.js');
  });

  it('an embed page: only its element, then frame.js (before the module script runs)', () => {
    const doc = parsePage(page('embed/attribution-and-measurement.html'), 'embed');
    const body = [...elements(doc)].find((el) => el.tagName === 'body')!;
    const children = body.childNodes.filter((n): n is Element => 'tagName' in n);
    expect(children.map((el) => el.tagName)).toEqual(['cpi-section-card', 'script']);
    expect(attribute(children[1], 'src')).toBe('frame.js');
    expect(attribute(children[1], 'type')).toBe(undefined);
    const head = [...elements(doc)].filter((el) => el.tagName === 'script');
    expect(head.map((el) => [attribute(el, 'type'), attribute(el, 'src')])).toContainEqual([
      'module',
      '../cdn/cpi.js',
    ]);
  });
});

describe('the unfurl images', () => {
  it('decode at 1200×630, each under 200 KB', () => {
    const images = ['og.png', ...official.sections.map((s) => `sections/${s.id}/og.png`)];
    for (const path of images) {
      const bytes = readFileSync(join(out, path));
      const png = PNG.sync.read(bytes);
      expect({path, width: png.width, height: png.height}).toEqual({
        path,
        width: 1200,
        height: 630,
      });
      expect(bytes.byteLength, path).toBeLessThan(200 * 1024);
    }
  }, 60_000);
});

describe('the oEmbed responses', () => {
  it('are oEmbed 1.0 rich responses with the iframe and its script, for every embed', () => {
    const ids = ['index', 'register', ...official.sections.map((s) => s.id)];
    expect(readdirSync(join(out, 'oembed')).sort()).toEqual(
      [...ids.map((id) => `${id}.json`), 'sizes.json'].sort(),
    );
    for (const id of ids) {
      const response = json(`oembed/${id}.json`);
      const section = official.sections.find((s) => s.id === id);
      expect(response, id).toMatchObject({
        version: '1.0',
        type: 'rich',
        provider_name: official.index.title,
        provider_url: base,
        thumbnail_url: section ? `${base}sections/${id}/og.png` : `${base}og.png`,
        thumbnail_width: 1200,
        thumbnail_height: 630,
        cache_age: 86400,
      });
      expect(response.title, id).toContain(section?.title ?? official.index.title);
      const {width, height} = response as {width: number; height: number};
      expect(Number.isInteger(width) && width >= 280 && width <= 800, `${id} width`).toBe(true);
      expect(Number.isInteger(height) && height > 100, `${id} height`).toBe(true);

      const html = parse(`<body>${response.html as string}`);
      const [frame, script] = [...elements(html)].filter((el) =>
        ['iframe', 'script'].includes(el.tagName),
      );
      expect(attribute(frame, 'src'), id).toBe(`${base}embed/${id}.html`);
      expect(attribute(frame, 'width'), id).toBe(String(width));
      expect(attribute(frame, 'height'), id).toBe(String(height));
      expect(attribute(frame, 'title'), id).toBe(response.title);
      expect(attribute(frame, 'data-cpi-embed'), id).toBe('');
      expect(attribute(script, 'src'), id).toBe(`${base}embed.js`);
      expect(attribute(script, 'async'), id).toBe('');
    }
  }, 60_000);
});

describe('cpi-feed serve', () => {
  const get = (path: string) => fetch(new URL(path, base));
  const oembed = (query: Record<string, string>) =>
    get(`oembed?${new URLSearchParams(query).toString()}`);

  it('answers the oEmbed endpoint for a page of the site, within maxwidth and maxheight', async () => {
    const url = `${base}sections/foundation/`;
    const response = await oembed({url, maxwidth: '400', maxheight: '300', format: 'json'});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as {width: number; height: number; html: string};
    expect(body).toMatchObject({version: '1.0', type: 'rich'});
    expect(body.width).toBeLessThanOrEqual(400);
    expect(body.height).toBeLessThanOrEqual(300);
    const frame = [...elements(parse(`<body>${body.html}`))].find((el) => el.tagName === 'iframe')!;
    expect(Number(attribute(frame, 'width'))).toBeLessThanOrEqual(400);
    expect(Number(attribute(frame, 'height'))).toBeLessThanOrEqual(300);

    // Without limits: the response the build wrote.
    const plain = await (await oembed({url})).json();
    expect(plain).toEqual(json('oembed/foundation.json'));
    // A narrower frame wraps the text into more lines: taller.
    const narrow = (await (await oembed({url, maxwidth: '300'})).json()) as {height: number};
    expect(narrow.height).toBeGreaterThan((plain as {height: number}).height);
  });

  it('knows the home page, the embed pages and index.html spellings; 404 for any other URL', async () => {
    for (const [url, title] of [
      [base, official.index.title],
      [`${base}index.html`, official.index.title],
      [`${base}embed/register.html?theme=dark`, official.register.heading],
      [`${base}sections/scaling/index.html`, 'Scaling'],
    ]) {
      const response = await oembed({url});
      expect(response.status, url).toBe(200);
      expect(((await response.json()) as {title: string}).title, url).toContain(title);
    }
    for (const url of [
      `${base}sections/no-such-section/`,
      `${base}og.png`,
      `https://elsewhere.example/sections/foundation/`,
      'not a url',
    ]) {
      expect((await oembed({url})).status, url).toBe(404);
    }
    expect((await get('oembed')).status).toBe(400);
  });

  it('keeps idle connections open longer than clients do, so none is reset under a request', () => {
    expect(server.keepAliveTimeout).toBeGreaterThanOrEqual(61_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('answers 501 for format=xml', async () => {
    const response = await oembed({url: base, format: 'xml'});
    expect(response.status).toBe(501);
  });

  it('serves the files with their content types, and nothing outside the site', async () => {
    for (const [path, type] of [
      ['', 'text/html; charset=utf-8'],
      ['sections/foundation/', 'text/html; charset=utf-8'],
      ['sections/foundation/og.png', 'image/png'],
      ['embed.js', 'text/javascript; charset=utf-8'],
      ['embed/frame.js', 'text/javascript; charset=utf-8'],
      ['oembed/index.json', 'application/json; charset=utf-8'],
      ['favicon.svg', 'image/svg+xml'],
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    const redirect = await fetch(new URL('sections/foundation', base), {redirect: 'manual'});
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sections/foundation/');
    expect((await get('sections/nothing/')).status).toBe(404);
    // A raw request: fetch would resolve the dots away before sending.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const {port} = server.address() as AddressInfo;
      request({host: '127.0.0.1', port, path: '/%2e%2e/%2e%2e/package.json'}, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(404);
  });

  it('refuses to start without a built site', async () => {
    const none = await run(['serve', dir]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('is not a site built by cpi-feed build');
    expect((await run(['serve'])).code).toBe(2);
  });
});

describe('oEmbed discovery, as unfurl.js does it', () => {
  it('finds a section page’s oEmbed response and its Open Graph and X card tags', async () => {
    const url = `${base}sections/attribution-and-measurement/`;
    const result = await unfurl(url);
    expect(result.title).toBe('Attribution and Measurement · The Creator Program Index');
    expect(result.canonical_url).toBe(url);
    expect(result.oEmbed).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Attribution and Measurement · The Creator Program Index',
      provider_name: official.index.title,
    });
    expect((result.oEmbed as {html: string}).html).toContain(
      `src="${base}embed/attribution-and-measurement.html"`,
    );
    expect(result.open_graph.title).toBe('Attribution and Measurement');
    expect(result.open_graph.images?.[0]).toMatchObject({url: `${url}og.png`, width: 1200});
    expect(result.twitter_card.card).toBe('summary_large_image');
  }, 60_000);
});
