/**
 * What a partner pastes: `cpi-feed snippet` prints it, and the configurator shows the same text
 * for the same choices. One function makes it for every form.
 */
import {iframeSnippet} from '../publish/oembed.js';
import {renderToString, type ServerElement} from '../server.js';

/** The elements a snippet can embed, by the short names the command takes. */
export const snippetElements = {
  index: 'cpi-index',
  card: 'cpi-section-card',
  cta: 'cpi-register-cta',
} as const satisfies Record<string, ServerElement>;

export type SnippetElement = keyof typeof snippetElements;

/**
 * The forms a snippet comes in: the finished element and the script (`static`), the script and
 * the element (`script`), an iframe of the site's embed page (`iframe`), the link to the section's
 * page that unfurls on social sites (`link`), and the element in a React or Vue component.
 */
export const snippetForms = ['static', 'script', 'iframe', 'link', 'react', 'vue'] as const;
export type SnippetForm = (typeof snippetForms)[number];

/** The choices behind a snippet. */
export interface SnippetOptions {
  element: SnippetElement;
  /** The section id, for a card. */
  section?: string;
  /** The feed's data, for the static form's pre-render. */
  feed: unknown;
  /** The feed's URL when it is not the official one beside the script: the element's `src`. */
  src?: string;
  /** The base URL of `cpi.js` and `feed.json`; relative bases (`/cdn/`) work. */
  cdn: string;
  /** The static site's base URL (section pages, embed pages, `embed.js`), for `iframe` and `link`. */
  site?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  partner?: string;
  headingLevel?: number;
  form: SnippetForm;
  /** When the feed was fetched, for the static form's age note. */
  fetchedAt?: number;
  /**
   * Pin the script to one release: its versioned URL (`<cdn><version>/cpi.js`) with the
   * `integrity` of that file (`dist/cdn/integrity.json`).
   */
  pin?: {version: string; integrity: string};
}

/** A URL under a base that may itself be relative (`/cdn/` + `cpi.js` = `/cdn/cpi.js`). */
function under(base: string, file: string): string {
  return `${base}${base.endsWith('/') ? '' : '/'}${file}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The element's tag with its attributes, as a partner would write it. */
function elementTag(options: SnippetOptions): string {
  const tag = snippetElements[options.element];
  const attributes: [string, string | number | undefined][] = [
    ['section', options.element === 'card' ? options.section : undefined],
    ['src', options.src],
    ['lang', options.lang],
    ['theme', options.theme],
    ['partner', options.partner],
    ['heading-level', options.headingLevel],
  ];
  const written = attributes
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  return `<${tag}${written}></${tag}>`;
}

/** The page of the site an element is shown on: its embed page, or its own page for `link`. */
function sitePage(options: SnippetOptions, folder: 'embed' | 'sections'): string {
  const site = options.site ?? '/';
  if (folder === 'sections') {
    return options.element === 'card' ? under(site, `sections/${options.section}/`) : site;
  }
  const name = {index: 'index', card: options.section, cta: 'register'}[options.element];
  const query = new URLSearchParams();
  for (const key of ['theme', 'lang', 'partner'] as const) {
    if (options[key]) query.set(key, String(options[key]));
  }
  const search = query.toString();
  return under(site, `embed/${name}.html${search ? `?${search}` : ''}`);
}

/**
 * An iframe of the element's embed page, in the same markup as the site's oEmbed answers; its
 * first height is a typical one, which the site's `embed.js` then corrects to the content's.
 */
function iframeForm(options: SnippetOptions): string {
  const kind = options.element;
  const frame = {
    src: sitePage(options, 'embed'),
    title: {
      index: 'The Creator Program Index',
      card: 'A section of the Creator Program Index',
      cta: 'Register for the Creator Program Index',
    }[kind],
    scroll: kind === 'index',
  };
  const size = {
    width: kind === 'index' ? 800 : 600,
    height: {index: 1600, card: 260, cta: 260}[kind],
    clipped: false,
  };
  return `${iframeSnippet(frame, size, under(options.site ?? '/', 'embed.js'))}\n`;
}

/** The text to paste for the given choices. */
export async function makeSnippet(options: SnippetOptions): Promise<string> {
  switch (options.form) {
    case 'iframe':
      return iframeForm(options);
    case 'link':
      return `${sitePage(options, 'sections')}\n`;
    case 'react':
      return (
        `// React 19: the element is native; set properties as props, events as on… props.\n` +
        `import 'creator-program-index';\n\n` +
        `export function CreatorProgramIndex() {\n  return ${elementTag(options).replace(/><\/[a-z-]+>$/, ' />')};\n}\n`
      );
    case 'vue':
      return (
        `<!-- Vue 3: let the compiler know cpi- tags are custom elements (vite.config:\n` +
        `     vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('cpi-')}}})) -->\n` +
        `<script setup>\nimport 'creator-program-index';\n</script>\n\n<template>\n  ${elementTag(options)}\n</template>\n`
      );
  }
  const {pin} = options;
  const script = pin
    ? `<script type="module" src="${escapeAttribute(under(options.cdn, `${pin.version}/cpi.js`))}" integrity="${pin.integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${escapeAttribute(under(options.cdn, 'cpi.js'))}"></script>`;
  if (options.form === 'script') return `${script}\n${elementTag(options)}\n`;
  const rendered = await renderToString({
    element: snippetElements[options.element],
    section: options.section,
    feed: options.feed,
    src: options.src,
    feedUrl: options.src ?? under(options.cdn, 'feed.json'),
    lang: options.lang,
    theme: options.theme,
    partner: options.partner,
    headingLevel: options.headingLevel,
    fetchedAt: options.fetchedAt,
  });
  return `${rendered}\n${script}\n`;
}
