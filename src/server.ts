/**
 * Server rendering: the finished HTML of an element, with its declarative shadow root, for any
 * Node server or static-site generator. What it returns shows everything without JavaScript;
 * when the page also loads `cpi.js`, the element takes over without a visible change and
 * refreshes the data.
 *
 * ```js
 * import {renderToString} from 'creator-program-index/server';
 * const html = await renderToString({element: 'cpi-section-card', section: 'attribution-and-measurement'});
 * ```
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {CpiIndex} from './components/index/cpi-index.js';
import {CpiRegisterCta} from './components/register-cta/cpi-register-cta.js';
import {CpiSectionCard} from './components/section-card/cpi-section-card.js';
import {CpiStatusBadge} from './components/status-badge/cpi-status-badge.js';
import type {FeedSnapshot} from './base/feed-controller.js';
import type {Feed} from './feed/feed.types.js';
import {parseFeed} from './feed/parse-feed.js';
import {shownPart, type FeedView} from './feed/shown-part.js';
import {officialFeedUrl} from './published.js';
import {minifyCss} from './styles/minify-css.js';

// Resolves page-relative feed URLs for a page nobody knows yet; links are written back relative.
const somePage = 'https://page.invalid';

/** The elements a server can render. */
export type ServerElement = 'cpi-index' | 'cpi-section-card' | 'cpi-register-cta';

/** What of the feed each element shows, and so what its snapshot carries. */
const views: Record<ServerElement, FeedView> = {
  'cpi-index': 'index',
  'cpi-section-card': 'card',
  'cpi-register-cta': 'cta',
};

/** What to render. */
export interface RenderToStringOptions {
  element: ServerElement;
  /** The feed to show, as parsed JSON. Left out: the official feed published with the package. */
  feed?: unknown;
  /** The section id, for `cpi-section-card`. */
  section?: string;
  /** The language of the widget's own words (`en`, `de`, `fr`, `es`); set as the element's `lang`. */
  lang?: string;
  /** `light`, `dark` or `auto` (the default: the reader's system setting). */
  theme?: 'light' | 'dark' | 'auto';
  /** A partner id: links carry it as `utm_source`. */
  partner?: string;
  /** The level of the element's top heading, 1 to 6. */
  headingLevel?: number;
  /** The feed's URL, set as the element's `src` (left out: the feed beside the script). */
  src?: string;
  /**
   * The URL the feed is published at, which its relative links resolve against; it may itself be
   * relative to the page (`/cdn/feed.json`). Default: `src`, else the official feed's URL.
   */
  feedUrl?: string;
  /** When the feed was fetched (ms since the epoch), for the age note if it cannot be refreshed. */
  fetchedAt?: number;
  /** For `cpi-index`: only these section ids (comma-separated), and only this status. */
  sections?: string;
  status?: string;
  /**
   * For `cpi-index`: where each section's own page is (for the JSON-LD of search engines); a
   * section's `url` in the feed wins.
   */
  sectionUrl?: (id: string) => string | undefined;
}

const elements = {
  'cpi-index': CpiIndex,
  'cpi-section-card': CpiSectionCard,
  'cpi-register-cta': CpiRegisterCta,
  'cpi-status-badge': CpiStatusBadge,
};

// The server's element registry (Lit's DOM shim) must know the classes; the browser's is not
// touched here (the element modules define nothing on the server).
function defineOnServer(): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

/**
 * The official feed published with the package: beside this module, or in the repository. (Read
 * only when no feed is given, so that the configurator's worker, which always gives one, runs the
 * same module without a file system.)
 */
async function officialFeed(): Promise<unknown> {
  const {readFile} = await import('node:fs/promises');
  for (const path of ['./feed.json', '../feed.json']) {
    try {
      return JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
    } catch {
      // Not published here: try the next place.
    }
  }
  throw new Error('The official feed (feed.json) was not found beside the server module.');
}

/** JSON inside a `<script>`: nothing in it can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The JSON-LD of the index for search engines: a schema.org ItemList of its sections. */
function indexJsonLd(feed: Feed, options: RenderToStringOptions): string {
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: feed.index.title,
    description: feed.index.description,
    numberOfItems: feed.sections.length,
    itemListElement: feed.sections.map((section, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: section.title,
      description: section.summary,
      url: section.url ?? options.sectionUrl?.(section.id),
    })),
  };
  return `<script type="application/ld+json">${scriptJson(list)}</script>`;
}

/**
 * Lit's hydration markers (this HTML is taken over by rendering, never hydrated), and the `<?>`
 * lit-html leaves where a template ends in a binding, a bogus comment to an HTML parser. Nothing
 * else in a render can look like these: text and attribute values are escaped.
 */
const litMarkers = /<!--(?:lit-part[^>]*|\/lit-part|lit-node \d+)-->|<\?>/g;

/**
 * Renders an element to HTML with its declarative shadow root (`<template shadowrootmode="open">`,
 * styles inside), the feed it showed beside it for the script to take over from, and for the
 * whole index the JSON-LD of its sections. Synchronous work behind a promise: no request is made.
 *
 * @throws {FeedError} when the feed is not a valid feed (its message lists every problem).
 */
export async function renderToString(options: RenderToStringOptions): Promise<string> {
  defineOnServer();
  const base = new URL(options.feedUrl ?? options.src ?? officialFeedUrl, `${somePage}/`);
  const feed = parseFeed(options.feed ?? (await officialFeed()), {baseUrl: base});
  const snapshot: FeedSnapshot = {
    src: options.src ?? '',
    fetchedAt: options.fetchedAt ?? Date.now(),
    feed: shownPart(feed, views[options.element], options.section),
  };
  const data = unsafeHTML(
    `<script type="application/json" data-cpi-snapshot>${scriptJson(snapshot)}</script>`,
  );
  // ifDefined: an option left out is an attribute left out.
  const {src, lang, theme, partner, headingLevel: level} = options;
  let template;
  switch (options.element) {
    case 'cpi-index':
      template = html`<cpi-index
        src=${ifDefined(src)}
        lang=${ifDefined(lang)}
        theme=${ifDefined(theme)}
        partner=${ifDefined(partner)}
        heading-level=${ifDefined(level)}
        sections=${ifDefined(options.sections)}
        status=${ifDefined(options.status)}
        .feed=${feed}
        >${data}</cpi-index
      >`;
      break;
    case 'cpi-section-card':
      template = html`<cpi-section-card
        section=${options.section ?? ''}
        src=${ifDefined(src)}
        lang=${ifDefined(lang)}
        theme=${ifDefined(theme)}
        partner=${ifDefined(partner)}
        heading-level=${ifDefined(level)}
        .feed=${feed}
        >${data}</cpi-section-card
      >`;
      break;
    case 'cpi-register-cta':
      template = html`<cpi-register-cta
        src=${ifDefined(src)}
        lang=${ifDefined(lang)}
        theme=${ifDefined(theme)}
        partner=${ifDefined(partner)}
        heading-level=${ifDefined(level)}
        .feed=${feed}
        >${data}</cpi-register-cta
      >`;
      break;
    default:
      throw new TypeError(`renderToString: unknown element "${String(options.element)}"`);
  }
  const rendered = (await collectResult(render(template)))
    .replace(litMarkers, '')
    .replaceAll(`"${somePage}/`, '"/')
    .replace(/<style>([^<]*)<\/style>/, (_, css: string) => `<style>${minifyCss(css)}</style>`)
    // The templates' line breaks and indents: whitespace HTML collapses to one space anyway.
    .replace(/\n\s*/g, ' ');
  return options.element === 'cpi-index' ? `${rendered}\n${indexJsonLd(feed, options)}` : rendered;
}
