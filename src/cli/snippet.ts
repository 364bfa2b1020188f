/**
 * What a partner pastes: `cpi-feed snippet` prints it, and the configurator shows the same text
 * for the same choices. One function makes it for every form.
 */
import {renderToString, type ServerElement} from '../server.js';

/** The elements a snippet can embed, by the short names the command takes. */
export const snippetElements = {
  index: 'cpi-index',
  card: 'cpi-section-card',
  cta: 'cpi-register-cta',
} as const satisfies Record<string, ServerElement>;

export type SnippetElement = keyof typeof snippetElements;

/** The forms a snippet comes in. */
export const snippetForms = ['static', 'script'] as const;
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

/** The text to paste for the given choices. */
export async function makeSnippet(options: SnippetOptions): Promise<string> {
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
