/**
 * The pages of the static site around the server-rendered elements: the home page (the whole
 * index), one page per section, and the bare embed pages made for iframes. Each function returns
 * a complete HTML5 document; the elements' markup comes from `renderToString`.
 */
import type {Feed, FeedSection} from '../feed/feed.types.js';
import {statusLabel} from '../feed/statuses.js';
import {escapeAttribute as attr, escapeText as text, relativeUrl} from './html.js';

/** What every page needs to know about the site it belongs to. */
export interface SiteContext {
  feed: Feed;
  /** The language of the feed's texts, for `<html lang>`. */
  lang: string;
  /** The public URL of the site, ending in `/`. */
  base: string;
  /** The URL of `cpi.js` as written in the page at `from` (a path inside the site). */
  script(from: string): string;
}

/** The unfurl image of a page, as the meta tags describe it. */
export interface PageImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The oEmbed document that describes a page (the discovery link). */
export interface OEmbedLink {
  href: string;
  title: string;
}

interface Head {
  title: string;
  description: string;
  /** The page's own public URL. */
  canonical: string;
  ogTitle: string;
  ogType: 'website' | 'article';
  image: PageImage;
  oembed: OEmbedLink;
}

// One calm layout for the site's pages: the reader's system font, the widget's palette, and
// room around the widget. No web font and nothing that loads late, so nothing moves.
const siteCss = `:root{color-scheme:light dark;--bg:light-dark(#f5f6f7,#101316);--text:light-dark(#16191d,#eef0f2);--muted:light-dark(#4d5561,#b4bcc5);--accent:light-dark(#0b6b4f,#5cd6a8);--border:light-dark(#d9dde2,#3a4149);--code:light-dark(#ffffff,#1d2125)}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--text);-webkit-text-size-adjust:100%}
body{margin:0;font:100%/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
a:focus-visible{outline:3px solid currentColor;outline-offset:2px}
.wrap{width:100%;max-width:var(--width,46rem);margin-inline:auto;padding-inline:1.25rem}
.wide{--width:78rem}
.site-header{padding-block:1.25rem 0}
.site-name{font-weight:700;text-decoration:none;color:var(--text)}
.site-name:hover{text-decoration:underline}
.tagline{margin:.1rem 0 0;color:var(--muted);font-size:.95rem}
main{display:block;padding-block:1.5rem 2rem}
main>*+*{margin-top:1.5rem}
.back{font-weight:600}
h2{margin:0 0 .5rem;font-size:1.2rem;line-height:1.3}
.sections{margin:0;padding:0;list-style:none;columns:17rem auto;column-gap:2rem}
.sections li{break-inside:avoid;padding:.2rem 0}
.status{color:var(--muted);font-size:.9rem}
.share p{margin:0 0 .75rem;color:var(--muted)}
pre{margin:0;padding:.75rem 1rem;border:1px solid var(--border);border-radius:8px;background:var(--code);font-size:.8rem;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.site-footer{padding-block:.25rem 2.5rem;border-top:1px solid var(--border);color:var(--muted);font-size:.9rem}
.site-footer p{margin:.75rem 0 0}`;

// An embed page is only its element: no margin, no background (the host's shows through), and
// a pixel of room for the live card's outer ring.
const embedCss = `html,body{margin:0;background:transparent}
body{padding:1px;font:100%/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}`;

/** `<meta>` and `<link>` tags of a page that is shared: description, canonical, Open Graph, X. */
function shareTags(head: Head, siteName: string): string {
  const {image} = head;
  return [
    `<meta name="description" content="${attr(head.description)}">`,
    `<link rel="canonical" href="${attr(head.canonical)}">`,
    `<meta property="og:type" content="${head.ogType}">`,
    `<meta property="og:site_name" content="${attr(siteName)}">`,
    `<meta property="og:title" content="${attr(head.ogTitle)}">`,
    `<meta property="og:description" content="${attr(head.description)}">`,
    `<meta property="og:url" content="${attr(head.canonical)}">`,
    `<meta property="og:image" content="${attr(image.url)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="${image.width}">`,
    `<meta property="og:image:height" content="${image.height}">`,
    `<meta property="og:image:alt" content="${attr(image.alt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:title" content="${attr(head.ogTitle)}">`,
    `<meta name="twitter:description" content="${attr(head.description)}">`,
    `<meta name="twitter:image" content="${attr(image.url)}">`,
    `<meta name="twitter:image:alt" content="${attr(image.alt)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${attr(head.oembed.href)}" title="${attr(head.oembed.title)}">`,
  ].join('\n');
}

function htmlDocument(options: {
  ctx: SiteContext;
  path: string;
  title: string;
  headTags: string;
  css: string;
  body: string;
}): string {
  const {ctx, path} = options;
  return `<!doctype html>
<html lang="${attr(ctx.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(options.title)}</title>
<link rel="icon" href="${attr(relativeUrl(path, 'favicon.svg'))}" type="image/svg+xml">
${options.headTags}
<style>${options.css}</style>
<script type="module" src="${attr(ctx.script(path))}"></script>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/** The text of a pre-formatted block of code. */
function codeBlock(code: string): string {
  return `<pre><code>${text(code)}</code></pre>`;
}

function footer(ctx: SiteContext, path: string, wide = false): string {
  const {index} = ctx.feed;
  const home = relativeUrl(path, '');
  const access = [index.access?.label, index.access?.detail].filter(Boolean).join(': ');
  return `<footer class="site-footer"><div class="wrap${wide ? ' wide' : ''}">
<p><a href="${attr(home)}">${text(index.title)}</a>${index.tagline ? ` · ${text(index.tagline)}` : ''}${access ? ` · ${text(access)}` : ''}</p>
</div></footer>`;
}

/** The home page: the whole index, every section's page listed, and how to embed the index. */
export function indexPage(
  ctx: SiteContext,
  parts: {element: string; image: PageImage; oembed: OEmbedLink; snippet: string},
): string {
  const path = 'index.html';
  const {index, sections} = ctx.feed;
  const description = index.description ?? index.tagline ?? index.title;
  const list = sections
    .map(
      (section) =>
        `<li><a href="${attr(relativeUrl(path, `sections/${section.id}/`))}">${text(section.title)}</a> <span class="status">(${text(statusLabel(section.status, ctx.lang))})</span></li>`,
    )
    .join('\n');
  const head: Head = {
    title: index.title,
    description,
    canonical: ctx.base,
    ogTitle: index.title,
    ogType: 'website',
    image: parts.image,
    oembed: parts.oembed,
  };
  return htmlDocument({
    ctx,
    path,
    title: index.tagline ? `${index.title}: ${index.tagline}` : index.title,
    headTags: shareTags(head, index.title),
    css: siteCss,
    body: `<main class="wrap wide">
${parts.element}
<nav aria-labelledby="sections-heading">
<h2 id="sections-heading">Every section on a page of its own</h2>
<ul class="sections">
${list}
</ul>
</nav>
<section class="share" aria-labelledby="share-heading">
<h2 id="share-heading">Embed the index</h2>
<p>In a page that takes an iframe, paste:</p>
${codeBlock(parts.snippet)}
</section>
</main>
${footer(ctx, path, true)}`,
  });
}

/** A section's page: its card, a link to the whole index, the register block, how to embed it. */
export function sectionPage(
  ctx: SiteContext,
  section: FeedSection,
  parts: {
    card: string;
    register: string;
    image: PageImage;
    oembed: OEmbedLink;
    snippet: string;
  },
): string {
  const path = `sections/${section.id}/index.html`;
  const {index, sections} = ctx.feed;
  const home = relativeUrl(path, '');
  const head: Head = {
    title: `${section.title} · ${index.title}`,
    description: section.summary ?? `${section.title}: a section of ${index.title}.`,
    canonical: new URL(`sections/${section.id}/`, ctx.base).href,
    ogTitle: section.title,
    ogType: 'article',
    image: parts.image,
    oembed: parts.oembed,
  };
  return htmlDocument({
    ctx,
    path,
    title: head.title,
    headTags: shareTags(head, index.title),
    css: siteCss,
    body: `<header class="site-header"><div class="wrap">
<a class="site-name" href="${attr(home)}">${text(index.title)}</a>
${index.tagline ? `<p class="tagline">${text(index.tagline)}</p>` : ''}
</div></header>
<main class="wrap">
${parts.card}
<p class="back"><a href="${attr(home)}">See all ${sections.length} sections of ${text(index.title)}</a></p>
${parts.register}
<section class="share" aria-labelledby="share-heading">
<h2 id="share-heading">Share or embed this section</h2>
<p>Paste this page’s link into a post: most platforms show it as a card with its title, summary and image. In a page that takes an iframe, paste:</p>
${codeBlock(parts.snippet)}
</section>
</main>
${footer(ctx, path)}`,
  });
}

/**
 * A bare page for an iframe: the element, the module script, and the frame script (a classic
 * script after the element, so it runs before the module script upgrades it: it applies the
 * query's theme, lang and partner, reports the height and sends links to the top window).
 */
export function embedPage(
  ctx: SiteContext,
  parts: {id: string; title: string; canonical: string; element: string},
): string {
  const path = `embed/${parts.id}.html`;
  return htmlDocument({
    ctx,
    path,
    title: parts.title,
    headTags: `<link rel="canonical" href="${attr(parts.canonical)}">`,
    css: embedCss,
    body: `${parts.element}
<script src="frame.js"></script>`,
  });
}
