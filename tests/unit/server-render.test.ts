// renderToString in Node, with no DOM: every element renders the finished HTML, with its
// declarative shadow root, from a feed object.
import {readFileSync} from 'node:fs';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {describe, expect, it} from 'vitest';
import {renderToString} from '../../src/server.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const official = JSON.parse(readFileSync(new URL('../../feed.json', import.meta.url), 'utf8'));
const seed = readFileSync(new URL('../fixtures/index-page.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

// What starts a line, as the widget's CSS lays it out: block elements, and the flex items of
// the figures and the card head (each figure's value and label, the badge).
const blockTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'ul',
  'div',
  'header',
  'section',
  'article',
]);
const blockClasses = ['figure-value', 'figure-label', 'badge'];

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader sees in an element's shadow root, line by line (no script, no style). */
function shadowLines(html: string, tag: string): string[] {
  const host = find(parseFragment(html).childNodes, (el) => el.tagName === tag);
  if (!host) throw new Error(`no <${tag}> in the output`);
  const template = host.childNodes.find(
    (n): n is DefaultTreeAdapterMap['template'] =>
      'tagName' in n && n.tagName === 'template' && attr(n, 'shadowrootmode') === 'open',
  );
  if (!template) throw new Error(`<${tag}> has no declarative shadow root`);
  const lines: string[] = [''];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') lines[lines.length - 1] += (node as {value: string}).value;
      if (!('tagName' in node) || ['style', 'script'].includes(node.tagName)) continue;
      const block =
        blockTags.has(node.tagName) ||
        blockClasses.some((c) => attr(node, 'class')?.split(' ').includes(c));
      if (block) lines.push('');
      walk(node.childNodes);
      if (block) lines.push('');
    }
  };
  walk(template.content.childNodes);
  return lines
    .map((l) =>
      l
        .replace(/\u00a0/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

function find(nodes: Node[], test: (el: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    if (test(node)) return node;
    const inner = find(node.childNodes, test);
    if (inner) return inner;
  }
  return undefined;
}

describe('renderToString', () => {
  it('renders the whole index from the official feed: the page, line by line', async () => {
    const html = await renderToString({element: 'cpi-index', feed: official});
    expect(shadowLines(html, 'cpi-index')).toEqual(seed);
  });

  it('renders a section card and the register block, each as the page shows it', async () => {
    const card = shadowLines(
      await renderToString({element: 'cpi-section-card', section: 'attribution-and-measurement'}),
      'cpi-section-card',
    );
    const at = seed.indexOf('Attribution and Measurement');
    expect(card).toEqual(seed.slice(at, at + 4));
    const cta = shadowLines(
      await renderToString({element: 'cpi-register-cta'}),
      'cpi-register-cta',
    );
    expect(cta).toEqual(seed.slice(-4));
  });

  it('puts the styles inside the shadow root and the attributes on the host', async () => {
    const html = await renderToString({
      element: 'cpi-section-card',
      section: 'scaling',
      lang: 'de',
      theme: 'dark',
      partner: 'acme',
      headingLevel: 4,
      src: 'https://feeds.example/feed.json',
    });
    expect(html).toMatch(/^<cpi-section-card[^>]* section="scaling"/);
    for (const attribute of [
      'lang="de"',
      'theme="dark"',
      'partner="acme"',
      'heading-level="4"',
      'src="https://feeds.example/feed.json"',
    ]) {
      expect(html.slice(0, html.indexOf('>'))).toContain(attribute);
    }
    expect(html).toMatch(/<template shadowroot="open" shadowrootmode="open"><style>/);
    expect(html).toContain('<h4 part="card-title" class="card-title">Scaling</h4>');
    expect(shadowLines(html, 'cpi-section-card')).toContain('Demnächst');
    expect(html).toContain('data-scheme="dark"');
    expect(html).not.toMatch(/<!--\/?lit-/);
  });

  it('carries partner links resolved against the feed’s URL', async () => {
    const html = await renderToString({
      element: 'cpi-register-cta',
      partner: 'acme',
      src: 'https://feeds.example/cpi/feed.json',
    });
    expect(html).toContain(
      'href="https://feeds.example/cpi/register.html?utm_source=acme&amp;utm_medium=embed&amp;utm_campaign=creator-program-index"',
    );
    const relative = await renderToString({element: 'cpi-register-cta', feedUrl: '/cdn/feed.json'});
    expect(relative).toContain('href="/cdn/register.html"');
  });

  it('leaves beside the element the feed it showed, which nothing can break out of', async () => {
    const feed = structuredClone(official);
    feed.index.title = '</script><script>alert(1)</script>';
    const html = await renderToString({element: 'cpi-index', feed, fetchedAt: 1_700_000_000_000});
    const snapshot = /<script type="application\/json" data-cpi-snapshot>(.*?)<\/script>/.exec(
      html,
    );
    expect(snapshot).not.toBeNull();
    expect(html.match(/<script/g)).toHaveLength(2);
    const data = JSON.parse(snapshot![1]);
    expect(data).toMatchObject({src: '', fetchedAt: 1_700_000_000_000});
    expect(data.feed.index.title).toBe(feed.index.title);
    expect(data.feed.sections).toHaveLength(22);
  });

  it('leaves beside a card or register block what it shows: the feed’s language too', async () => {
    const feed = structuredClone(official);
    feed.index.language = 'fr';
    for (const element of ['cpi-section-card', 'cpi-register-cta'] as const) {
      const html = await renderToString({element, section: 'scaling', feed});
      const snapshot = /data-cpi-snapshot>(.*?)<\/script>/.exec(html)![1];
      const {index, sections} = JSON.parse(snapshot).feed;
      expect(index).toEqual({title: feed.index.title, language: 'fr'});
      expect(sections.map((s: {id: string}) => s.id)).toEqual(
        element === 'cpi-section-card' ? ['scaling'] : [],
      );
    }
  });

  it('describes the index for search engines as a schema.org ItemList', async () => {
    const html = await renderToString({
      element: 'cpi-index',
      sectionUrl: (id) => `https://index.example/sections/${id}/`,
    });
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'The Creator Program Index',
      numberOfItems: 22,
    });
    expect(ld.itemListElement[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      name: 'Foundation — What B2B Creator Programs Are',
      description: official.sections[0].summary,
      url: 'https://index.example/sections/foundation/',
    });
  });

  it('refuses a feed that is not one, saying why', async () => {
    await expect(
      renderToString({element: 'cpi-index', feed: {version: 1, sections: []}}),
    ).rejects.toThrow(/index: missing/);
  });

  it('keeps the index snippet under 40 KB', async () => {
    const html = await renderToString({element: 'cpi-index'});
    expect(html.length).toBeLessThan(40_000);
  });
});
