/// <reference types="node" />
/**
 * The static site (Node only): `buildSite({feed, out, base})` writes every page the index's owner
 * deploys at `base`, next to the CDN files (`cpi.js`, `feed.json`):
 *
 * - `index.html`: the whole index, server-rendered, with its share tags and JSON-LD;
 * - `sections/<id>/index.html`: a section's card and the register block, with its share tags
 *   and oEmbed discovery; `og.png` and `sections/<id>/og.png`, the unfurl images;
 * - `embed/<id>.html`, `embed/index.html`, `embed/register.html` and `embed/frame.js`: bare
 *   pages for iframes; `embed.js`, the script that sizes those iframes on the host page;
 * - `oembed/<id>.json`, `oembed/index.json`, `oembed/register.json`: oEmbed 1.0 responses, and
 *   `oembed/sizes.json`, from which `cpi-feed serve` fits them to a consumer's limits.
 *
 * Links between the site's pages, and to the CDN when it lies under `base`, are relative, so
 * the site can be previewed from any host; what leaves the site (canonical and share tags,
 * oEmbed) is absolute.
 */
import type * as Esbuild from 'esbuild';
import {existsSync} from 'node:fs';
import {mkdir, rm, writeFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Feed, FeedSection} from '../feed/feed.types.js';
import {FeedError} from '../feed/feed-error.js';
import {parseFeed} from '../feed/parse-feed.js';
import {statusDefinition, statusLabel} from '../feed/statuses.js';
import {renderToString} from '../server.js';
import {estimateHeight, type EmbedKind} from './embed-size.js';
import {normalizeBase, relativeUrl} from './html.js';
import {
  iframeSnippet,
  oembedCacheAge,
  fitSize,
  sizeTableWidths,
  type EmbedSizes,
  type OEmbedRich,
  type SizesFile,
} from './oembed.js';
import {ogImageSize, renderIndexImage, renderSectionImage} from './og-image.js';
import {embedPage, indexPage, sectionPage, type PageImage, type SiteContext} from './pages.js';

export {normalizeBase};

/** What to build. */
export interface BuildSiteOptions {
  /** The feed's JSON (as parsed from the file or response). */
  feed: unknown;
  /** The directory to write the site to (created if missing). */
  out: string;
  /** The public URL the site is deployed at (http or https); a missing final `/` is added. */
  base: string;
  /** The base URL of `cpi.js` and `feed.json`. Default: `cdn/` under `base`. */
  cdn?: string;
  /**
   * The feed's own URL when it is not the `feed.json` beside `cpi.js`: the elements' `src`, and
   * what the feed's relative links resolve against.
   */
  src?: string;
  /** When the feed was fetched (ms since the epoch), for the elements' age note. Default: now. */
  fetchedAt?: number;
}

/** One file the build wrote, by its path in the site. */
export interface SiteFile {
  path: string;
  bytes: number;
}

/** What the build did. */
export interface BuiltSite {
  files: SiteFile[];
  /** How long it took, in milliseconds. */
  ms: number;
  base: string;
  cdn: string;
}

/** The ids the index and the register block use for their embed and oEmbed files. */
const ownIds = ['index', 'register'];
/** What the build writes at the top of the site; an earlier build's copies are replaced. */
const outputs = ['index.html', 'og.png', 'embed.js', 'favicon.svg', 'sections', 'embed', 'oembed'];

// The site's icon: the widget's accent colour, no text (nothing to render with a font).
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b6b4f"/><path d="M9 22V10h4v12zm5 0V14h4v8zm5 0V6h4v16z" fill="#fff"/></svg>\n`;

/** The language of the feed's texts: `index.language` when it is a language tag, else `en`. */
function feedLanguage(raw: unknown): string {
  const language = (raw as {index?: {language?: unknown}} | null)?.index?.language;
  return typeof language === 'string' && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(language)
    ? language
    : 'en';
}

/** Finds the module beside this one: `.js` in the build, `.ts` when run from the source. */
function sibling(name: string): string {
  const js = fileURLToPath(new URL(`${name}.js`, import.meta.url));
  return existsSync(js) ? js : js.replace(/\.js$/, '.ts');
}

/** The two scripts of the embeds, each one self-contained, minified classic script. */
async function bundleScripts(): Promise<{frame: string; parent: string}> {
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('the embed scripts are bundled with esbuild: install it (npm i -D esbuild)');
  }
  const bundle = async (entry: string) => {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      legalComments: 'none',
      // A classic script has no import.meta: embed.js finds itself through document.currentScript.
      define: {'import.meta.url': 'undefined'},
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  const [frame, parent] = await Promise.all([
    bundle(sibling('embed-frame')),
    bundle(sibling('../embed/embed')),
  ]);
  return {frame, parent};
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

/** The alt text of an unfurl image: what it shows, in words. */
function imageAlt(feed: Feed, section?: FeedSection): string {
  if (!section) {
    const live = feed.sections.filter((s) => statusDefinition(s.status)?.live).length;
    return `${feed.index.title}: ${feed.sections.length} sections, ${live} live.`;
  }
  return `${feed.index.title}: ${section.title} (${statusLabel(section.status, 'en')}).`;
}

/**
 * Builds the site into `out`. The feed is checked first; an invalid feed is refused with a
 * `FeedError` that lists every problem, before anything is written.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const started = performance.now();
  const base = normalizeBase(options.base);
  if (!base) throw new TypeError(`the base must be an absolute http(s) URL: "${options.base}"`);
  const cdnOption = options.cdn ?? 'cdn/';
  const cdn = new URL(cdnOption.endsWith('/') ? cdnOption : `${cdnOption}/`, base).href;
  const feedUrl = options.src ?? new URL('feed.json', cdn).href;
  const feed = parseFeed(options.feed, {baseUrl: feedUrl});
  const taken = ownIds.filter((id) => feed.sections.some((s) => s.id === id));
  if (taken.length) {
    const problems = taken.map(
      (id) => `sections: the id "${id}" is the site's own (embed/${id}.html); rename the section`,
    );
    throw new FeedError('schema', problems.join('\n'), {problems});
  }

  const out = resolve(options.out);
  const files: SiteFile[] = [];
  const write = async (path: string, data: string | Uint8Array) => {
    const target = join(out, path);
    await mkdir(dirname(target), {recursive: true});
    await writeFile(target, data);
    files.push({path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength});
  };
  await mkdir(out, {recursive: true});
  await Promise.all(outputs.map((name) => rm(join(out, name), {recursive: true, force: true})));

  const cdnInSite = cdn.startsWith(base) ? cdn.slice(base.length) : undefined;
  const ctx: SiteContext = {
    feed,
    lang: feedLanguage(options.feed),
    base,
    script: (from) =>
      cdnInSite !== undefined ? relativeUrl(from, `${cdnInSite}cpi.js`) : `${cdn}cpi.js`,
  };
  const render = async (
    element: 'cpi-index' | 'cpi-section-card' | 'cpi-register-cta',
    extra: {section?: string; headingLevel?: number} = {},
  ) =>
    await renderToString({
      element,
      feed: options.feed,
      src: options.src,
      feedUrl,
      fetchedAt: options.fetchedAt,
      sectionUrl: (id) => new URL(`sections/${id}/`, base).href,
      ...extra,
    });

  const embedScript = new URL('embed.js', base).href;
  const image = (path: string, alt: string): PageImage => ({
    url: new URL(path, base).href,
    alt,
    ...ogImageSize,
  });
  const indexImage = image('og.png', imageAlt(feed));

  // Every embed: its page, its oEmbed response, its sizes.
  type Embed = {
    id: string;
    kind: EmbedKind;
    title: string;
    page: string;
    thumbnail: PageImage;
    section?: FeedSection;
  };
  const indexTitle = feed.index.title;
  const embeds: Embed[] = [
    {id: 'index', kind: 'index', title: indexTitle, page: base, thumbnail: indexImage},
    {
      id: 'register',
      kind: 'register',
      title: `${feed.register?.heading ?? feed.register?.label ?? 'Register'} · ${indexTitle}`,
      page: base,
      thumbnail: indexImage,
    },
    ...feed.sections.map((section) => ({
      id: section.id,
      kind: 'card' as const,
      title: `${section.title} · ${indexTitle}`,
      page: new URL(`sections/${section.id}/`, base).href,
      thumbnail: image(`sections/${section.id}/og.png`, imageAlt(feed, section)),
      section,
    })),
  ];
  const sizes: SizesFile = {script: embedScript, embeds: {}};
  const responses = new Map<string, OEmbedRich>();
  for (const embed of embeds) {
    const heights: Record<string, number> = {};
    for (const width of sizeTableWidths) {
      heights[width] = estimateHeight(feed, embed.kind, width, embed.section);
    }
    const entry: EmbedSizes = {
      frame: {
        src: new URL(`embed/${embed.id}.html`, base).href,
        title: embed.title,
        scroll: embed.kind === 'index',
      },
      width: embed.kind === 'index' ? 800 : 600,
      heights,
    };
    sizes.embeds[embed.id] = entry;
    const size = fitSize(entry);
    responses.set(embed.id, {
      version: '1.0',
      type: 'rich',
      title: embed.title,
      provider_name: indexTitle,
      provider_url: base,
      html: iframeSnippet(entry.frame, size, embedScript),
      width: size.width,
      height: size.height,
      thumbnail_url: embed.thumbnail.url,
      thumbnail_width: embed.thumbnail.width,
      thumbnail_height: embed.thumbnail.height,
      cache_age: oembedCacheAge,
    });
  }
  const snippet = (id: string) => responses.get(id)!.html;
  const oembedLink = (id: string) => ({
    href: new URL(`oembed/${id}.json`, base).href,
    title: responses.get(id)!.title,
  });

  const scripts = (async () => {
    const {frame, parent} = await bundleScripts();
    await write('embed/frame.js', frame);
    await write('embed.js', parent);
  })();
  const pages = (async () => {
    await write(
      'index.html',
      indexPage(ctx, {
        element: await render('cpi-index', {headingLevel: 1}),
        image: indexImage,
        oembed: oembedLink('index'),
        snippet: snippet('index'),
      }),
    );
    const register = await render('cpi-register-cta', {headingLevel: 2});
    for (const section of feed.sections) {
      await write(
        `sections/${section.id}/index.html`,
        sectionPage(ctx, section, {
          card: await render('cpi-section-card', {section: section.id, headingLevel: 1}),
          register,
          image: image(`sections/${section.id}/og.png`, imageAlt(feed, section)),
          oembed: oembedLink(section.id),
          snippet: snippet(section.id),
        }),
      );
    }
    for (const embed of embeds) {
      // Level 2 by default: an embed sits in a post under the post's own title (`?heading-level=`
      // changes it).
      const element =
        embed.kind === 'index'
          ? await render('cpi-index', {headingLevel: 2})
          : embed.kind === 'register'
            ? await render('cpi-register-cta', {headingLevel: 2})
            : await render('cpi-section-card', {section: embed.id, headingLevel: 2});
      await write(
        `embed/${embed.id}.html`,
        embedPage(ctx, {id: embed.id, title: embed.title, canonical: embed.page, element}),
      );
      await write(`oembed/${embed.id}.json`, `${JSON.stringify(responses.get(embed.id))}\n`);
    }
    await write('oembed/sizes.json', `${JSON.stringify(sizes)}\n`);
    await write('favicon.svg', favicon);
  })();
  const images = (async () => {
    await write('og.png', await renderIndexImage(feed));
    await eachLimited(feed.sections, 4, async (section) => {
      await write(`sections/${section.id}/og.png`, await renderSectionImage(section, feed));
    });
  })();
  // The three run side by side; the first failure fails the build (the others are handled).
  await Promise.all([scripts, pages, images]);

  files.sort((a, b) => a.path.localeCompare(b.path));
  return {files, ms: performance.now() - started, base, cdn};
}
