/// <reference types="node" />
/**
 * The unfurl images of the static site (Node only): `og.png` for the whole index and
 * `sections/<id>/og.png` for each section, 1200×630 PNG, drawn in the widget's light design.
 *
 * The layout is a tree of plain `{type, props}` objects that satori turns into SVG (text as
 * paths), and resvg turns into PNG. Everything is sized to stay legible at a 400 px-wide
 * thumbnail: section titles of 48–72 px (the index's name up to 80 px), summaries of 32 px, at
 * most three lines of summary, and no text under 26 px.
 *
 * Text never overflows: a title takes the largest size at which it fits in two lines, or the
 * smallest size clamped to three lines with an ellipsis; the summary gets the lines left over
 * (at most three), and one-line texts (the index's name, badges, footers) end in an ellipsis.
 * Line counts are measured with satori itself, so measuring and drawing always agree.
 */
import {formatNumber} from '../i18n/format.js';
import {formatUpdated, sectionFacts} from '../i18n/section-facts.js';
import satori from 'satori';
import {renderAsync} from '@resvg/resvg-js';
import type {Feed, FeedSection} from '../feed/feed.types.js';
import {statusDefinition, statusLabel} from '../feed/statuses.js';
import {fontFamily, loadFonts, type OgFont} from './fonts.js';

/** The size an unfurl image is laid out at (what Open Graph and X's large card expect). */
export const ogImageSize = {width: 1200, height: 630} as const;

/** Options of {@link renderSectionImage} and {@link renderIndexImage}. */
export interface OgImageOptions {
  /**
   * The width of the PNG in pixels (the height follows the 1200×630 ratio). The layout is always
   * 1200×630; other widths scale it, e.g. 400 to check a thumbnail. Defaults to 1200.
   */
  width?: number;
}

/** The widget's light palette, by the names of the widget's colour tokens (`--_accent` …). */
const palette = {
  bg: '#ffffff',
  surface: '#ffffff',
  soft: '#eef1f3',
  text: '#16191d',
  muted: '#4d5561',
  border: '#d9dde2',
  accent: '#0b6b4f',
  'on-accent': '#ffffff',
} as const;

const hexColor = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * A colour of the status table as a plain colour: the table writes CSS for the widget
 * (`var(--_accent)`, `light-dark(#a, #b)`, or a literal), which is resolved here against the light
 * palette. `undefined` for anything else, so the badge falls back to the neutral colours.
 */
export function resolveColor(value: string): string | undefined {
  let css = value.trim();
  for (let depth = 0; depth < 8; depth++) {
    const variable = /^var\(\s*--(?:_|cpi-color-)([a-z-]+)\s*(?:,\s*(.+?))?\s*\)$/i.exec(css);
    if (variable) {
      const name = variable[1].toLowerCase();
      const known = Object.prototype.hasOwnProperty.call(palette, name)
        ? palette[name as keyof typeof palette]
        : undefined;
      if (known === undefined && variable[2] === undefined) return undefined;
      css = known ?? variable[2];
      continue;
    }
    const scheme = /^light-dark\(\s*([^,]+?)\s*,.*\)$/i.exec(css);
    if (scheme) {
      css = scheme[1];
      continue;
    }
    return hexColor.test(css) ? css : undefined;
  }
  return undefined;
}

// The frame: a soft margin around a white card, like a card of the widget on a page.
const frame = 28;
const cardBorder = 2;
const cardPadX = 60;
const cardPadTop = 48;
const cardPadBottom = 42;
const contentWidth = ogImageSize.width - 2 * (frame + cardBorder + cardPadX);
const contentHeight = ogImageSize.height - 2 * (frame + cardBorder) - cardPadTop - cardPadBottom;

const topRowHeight = 44;
const titleGap = 34;
const summaryGap = 22;
const footerHeight = 84; // the smallest space kept for the footer: its gap, its rule, its line

const titleSizes = [72, 66, 60, 54, 48];
const titleLineHeight = 1.1;
const summarySize = 32;
const summaryLineHeight = Math.round(summarySize * 1.4);
const maxSummaryLines = 3;

type Style = Record<string, string | number>;
/** An element as satori takes it without JSX. */
interface Node {
  type: string;
  key?: string;
  props: {style?: Style; children?: Child | Child[]};
}
type Child = Node | string;

// satori types its input as a React element; plain objects of the same shape are what it reads.
type SatoriInput = Parameters<typeof satori>[0];
const asInput = (node: Node) => node as unknown as SatoriInput;

function h(type: string, style: Style, children?: Child | Child[], key?: string): Node {
  // Sizes include padding and border, as everywhere in the widget.
  const node: Node = {type, props: {style: {boxSizing: 'border-box', ...style}}};
  if (children !== undefined) node.props.children = children;
  if (key !== undefined) node.key = key;
  return node;
}

/** One line of text that ends in an ellipsis rather than overflow. */
function oneLine(text: string, style: Style): Node {
  return h(
    'div',
    {
      display: 'block',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      minWidth: 0,
      ...style,
    },
    text,
  );
}

/** Text of at most `lines` lines, cut with an ellipsis. */
function clamped(text: string, lines: number, style: Style): Node {
  return h('div', {display: 'block', lineClamp: lines, textOverflow: 'ellipsis', ...style}, text);
}

/** What a section's footer says: its facts, or that it is being compiled. */
export function sectionFooter(section: FeedSection): string {
  if (statusDefinition(section.status)?.footer === 'compiling')
    return 'Intelligence being compiled';
  // The card's own facts, in English: the image reads like the card.
  return sectionFacts(section, 'en').join(' · ');
}

/**
 * A function that takes out of a text what the fonts cannot draw (emoji, arrows, scripts other
 * than Latin), so that no "missing glyph" box shows: satori names each such run while it lays the
 * texts out once.
 */
async function drawable(texts: string[], fonts: OgFont[]): Promise<(text: string) => string> {
  const missing = new Set<string>();
  await satori(
    asInput(
      h(
        'div',
        {display: 'flex', flexDirection: 'column', fontFamily},
        texts.map((text) => h('div', {display: 'flex'}, text)),
      ),
    ),
    {
      width: ogImageSize.width,
      height: ogImageSize.height,
      fonts,
      loadAdditionalAsset: async (_language, segment) => {
        missing.add(segment);
        return [];
      },
    },
  );
  if (missing.size === 0) return (text) => text;
  // satori names each missing character once, grouped by script (`→✓`, `日本`, an emoji with
  // its joiners), never with characters the fonts have: those characters go, wherever they are.
  const gone = new Set([...missing].flatMap((run) => Array.from(run)).filter((c) => c.trim()));
  return (text) =>
    Array.from(text)
      .filter((c) => !gone.has(c))
      .join('')
      .replace(/\s{2,}/g, ' ')
      .trim();
}

/** A section and a feed with only the texts the fonts can draw, for the image of that section. */
async function drawableTexts(
  section: FeedSection | undefined,
  feed: Feed,
  fonts: OgFont[],
): Promise<{section: FeedSection | undefined; feed: Feed; statusLabel: string}> {
  const {index, register} = feed;
  const label = section ? statusLabel(section.status, 'en') : '';
  const texts = [
    index.title,
    index.tagline,
    index.description,
    index.access?.label,
    index.access?.detail,
    register?.label,
    section?.title,
    section?.summary,
    label,
  ].filter((text): text is string => Boolean(text));
  const clean = await drawable(texts, fonts);
  const optional = (text: string | undefined) => (text === undefined ? undefined : clean(text));
  return {
    section: section && {
      ...section,
      // A title in a script the fonts lack shows the section's id, which is always drawable.
      title: clean(section.title) || section.id,
      summary: optional(section.summary),
    },
    feed: {
      ...feed,
      index: {
        ...index,
        title: clean(index.title),
        tagline: optional(index.tagline),
        description: optional(index.description),
        access: index.access && {
          label: optional(index.access.label),
          detail: optional(index.access.detail),
        },
      },
      register: register && {...register, label: optional(register.label)},
    },
    statusLabel: clean(label) || section?.status || '',
  };
}

/** How many lines `text` takes at a size in the content's width, laid out by satori itself. */
async function countLines(
  text: string,
  style: Style,
  lineHeight: number,
  fonts: OgFont[],
): Promise<number> {
  let height = 0;
  await satori(
    asInput(
      h(
        'div',
        {display: 'flex', width: contentWidth, fontFamily},
        h('div', {display: 'block', width: contentWidth, ...style}, text, 'measure'),
      ),
    ),
    {
      width: contentWidth,
      height: ogImageSize.height * 4,
      fonts,
      onNodeDetected: (node) => {
        if (node.key === 'measure') height = node.height;
      },
    },
  );
  return Math.max(1, Math.round(height / lineHeight));
}

/** A title's size: the largest that fits in two lines, else the smallest, cut at three lines. */
async function fitTitle(
  text: string,
  sizes: readonly number[],
  fonts: OgFont[],
): Promise<{size: number; lines: number; clamp: number | undefined}> {
  let lines = 0;
  for (const size of sizes) {
    lines = await countLines(text, titleStyle(size), Math.round(size * titleLineHeight), fonts);
    if (lines <= 2) return {size, lines, clamp: undefined};
  }
  return {
    size: sizes[sizes.length - 1],
    lines: Math.min(lines, 3),
    clamp: lines > 3 ? 3 : undefined,
  };
}

function titleStyle(size: number): Style {
  return {
    fontSize: size,
    fontWeight: 700,
    lineHeight: `${Math.round(size * titleLineHeight)}px`,
    letterSpacing: '-0.02em',
    overflowWrap: 'anywhere',
    color: palette.text,
  };
}

function title(text: string, fit: {size: number; clamp: number | undefined}): Node {
  const style = titleStyle(fit.size);
  return fit.clamp
    ? clamped(text, fit.clamp, style)
    : h('div', {display: 'block', textWrap: 'balance', ...style}, text);
}

/** The brand mark: a rounded square in the accent colour with a light notch. */
function mark(size: number): Node {
  const inner = Math.round(size * 0.36);
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'flex-end',
      justifyContent: 'flex-end',
      width: size,
      height: size,
      flexShrink: 0,
      borderRadius: Math.round(size * 0.28),
      backgroundColor: palette.accent,
      padding: Math.round(size * 0.18),
    },
    h('div', {
      width: inner,
      height: inner,
      borderRadius: Math.round(inner * 0.3),
      backgroundColor: palette.bg,
    }),
  );
}

/** The top row's left: the mark and a short line of text. */
function brand(text: string | undefined): Node {
  const children: Child[] = [mark(36)];
  if (text) {
    children.push(
      oneLine(text, {fontSize: 28, fontWeight: 700, color: palette.text, letterSpacing: '-0.01em'}),
    );
  }
  return h(
    'div',
    {display: 'flex', alignItems: 'center', gap: 16, minWidth: 0, flexShrink: 1},
    children,
  );
}

/** The status badge: a pill in the status's colours, its words always shown. */
function badge(status: string, label: string): Node {
  const definition = statusDefinition(status);
  const background = definition && resolveColor(definition.background);
  const color = definition && resolveColor(definition.color);
  const colors =
    background && color ? {background, color} : {background: palette.soft, color: palette.muted};
  const children: Child[] = [];
  if (definition?.dot) {
    children.push(
      h('div', {
        width: 12,
        height: 12,
        flexShrink: 0,
        borderRadius: 6,
        backgroundColor: colors.color,
      }),
    );
  }
  children.push(oneLine(label, {}));
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: 10,
      flexShrink: 0,
      maxWidth: 420,
      height: topRowHeight,
      padding: '0 22px',
      borderRadius: topRowHeight / 2,
      backgroundColor: colors.background,
      color: colors.color,
      fontSize: 26,
      fontWeight: 700,
      ...(definition ? {} : {border: `2px solid ${palette.border}`}),
    },
    children,
  );
}

/** The card on its soft margin; a live card has the accent border and stripe. */
function card(live: boolean, children: Child[]): Node {
  const stripe = h('div', {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: 10,
    backgroundColor: palette.accent,
  });
  return h(
    'div',
    {
      display: 'flex',
      width: ogImageSize.width,
      height: ogImageSize.height,
      padding: frame,
      backgroundColor: palette.soft,
      fontFamily,
      color: palette.text,
    },
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        position: 'relative',
        overflow: 'hidden',
        padding: `${cardPadTop}px ${cardPadX}px ${cardPadBottom}px`,
        backgroundColor: palette.bg,
        border: `${cardBorder}px solid ${live ? palette.accent : palette.border}`,
        borderRadius: 28,
      },
      live ? [stripe, ...children] : children,
    ),
  );
}

function topRow(left: Node, right?: Node): Node {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 32,
      height: topRowHeight,
      flexShrink: 0,
    },
    right ? [left, right] : [left],
  );
}

function footer(children: Child[]): Node {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'flex-end',
      justifyContent: 'space-between',
      gap: 32,
      marginTop: 'auto',
      paddingTop: 22,
      borderTop: `2px solid ${palette.border}`,
      flexShrink: 0,
    },
    children,
  );
}

/** The element tree of a section's image. */
async function sectionTree(
  section: FeedSection,
  feed: Feed,
  label: string,
  fonts: OgFont[],
): Promise<Node> {
  const definition = statusDefinition(section.status);
  const fit = await fitTitle(section.title, titleSizes, fonts);
  const titleHeight = fit.lines * Math.round(fit.size * titleLineHeight);
  const room = contentHeight - topRowHeight - titleGap - titleHeight - footerHeight - summaryGap;
  // A title of three lines leaves two for the summary, so the card keeps its air.
  const summaryLines = Math.min(
    fit.lines > 2 ? maxSummaryLines - 1 : maxSummaryLines,
    Math.floor(room / summaryLineHeight),
  );

  const children: Child[] = [
    topRow(brand(feed.index.title), badge(section.status, label)),
    h('div', {display: 'flex', marginTop: titleGap, flexShrink: 0}, title(section.title, fit)),
  ];
  if (section.summary && summaryLines > 0) {
    children.push(
      h(
        'div',
        {display: 'flex', marginTop: summaryGap, flexShrink: 0},
        clamped(section.summary, summaryLines, {
          fontSize: summarySize,
          lineHeight: `${summaryLineHeight}px`,
          overflowWrap: 'anywhere',
          color: palette.muted,
        }),
      ),
    );
  }

  const facts = sectionFooter(section);
  const live = definition?.live === true;
  const footerChildren: Child[] = [
    oneLine(facts || ' ', {
      fontSize: 28,
      fontWeight: live ? 700 : 400,
      color: live ? palette.text : palette.muted,
      flexShrink: 1,
    }),
  ];
  const cta = feed.register?.label;
  if (cta && definition?.footer === 'facts' && definition.live) {
    footerChildren.push(
      oneLine(cta, {
        fontSize: 28,
        fontWeight: 700,
        color: palette.accent,
        flexShrink: 0,
        maxWidth: 420,
      }),
    );
  }
  children.push(footer(footerChildren));
  return card(live, children);
}

/** One of the index's figures: a big value over its label. */
function figure(value: string, label: string | undefined, accent = false): Node {
  const children: Child[] = [
    oneLine(value, {
      fontSize: 56,
      fontWeight: 700,
      lineHeight: '64px',
      letterSpacing: '-0.02em',
      color: accent ? palette.accent : palette.text,
    }),
  ];
  if (label)
    children.push(oneLine(label, {fontSize: 26, lineHeight: '34px', color: palette.muted}));
  return h('div', {display: 'flex', flexDirection: 'column', flexShrink: 1, minWidth: 0}, children);
}

function divider(): Node {
  return h('div', {width: 2, alignSelf: 'stretch', flexShrink: 0, backgroundColor: palette.border});
}

/** The latest month any section was updated, as `May 2026`. */
function latestMonth(feed: Feed): string | undefined {
  const latest = feed.sections
    .map((s) => s.updated)
    .filter((u): u is string => u !== undefined && formatUpdated(u) !== undefined)
    .sort()
    .pop();
  return latest === undefined ? undefined : formatUpdated(latest);
}

const indexTitleSizes = [80, 72, 64, 56, 48];
const subtitleSize = 36;
const subtitleLineHeight = Math.round(subtitleSize * 1.3);
const figuresHeight = 24 + 2 + 64 + 34; // padding, rule, value, label
const indexGap = 28; // the least space above and below the title and tagline

/** The element tree of the index's image. */
async function indexTree(feed: Feed, fonts: OgFont[]): Promise<Node> {
  const fit = await fitTitle(feed.index.title, indexTitleSizes, fonts);
  const titleHeight = fit.lines * Math.round(fit.size * titleLineHeight);
  const room =
    contentHeight - topRowHeight - 2 * indexGap - titleHeight - figuresHeight - summaryGap;
  const subtitleLines = Math.min(2, Math.floor(room / subtitleLineHeight));
  const updated = latestMonth(feed);

  // The title and tagline sit in the middle of the space between the top row and the figures.
  const middle: Child[] = [title(feed.index.title, fit)];
  const subtitle = feed.index.tagline ?? feed.index.description;
  if (subtitle && subtitleLines > 0) {
    middle.push(
      clamped(subtitle, subtitleLines, {
        marginTop: summaryGap,
        fontSize: subtitleSize,
        lineHeight: `${subtitleLineHeight}px`,
        overflowWrap: 'anywhere',
        color: palette.muted,
      }),
    );
  }
  const children: Child[] = [
    topRow(brand(updated ? `Updated ${updated}` : undefined)),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        flexGrow: 1,
        padding: `${indexGap}px 0`,
      },
      middle,
    ),
  ];

  const live = feed.sections.filter((s) => statusDefinition(s.status)?.live === true).length;
  const count = feed.sections.length;
  const figures: Child[] = [
    figure(
      formatNumber(count, 'en'),
      count === 1 ? 'Intelligence section' : 'Intelligence sections',
    ),
    divider(),
    figure(formatNumber(live, 'en'), 'Live now', live > 0),
  ];
  const access = feed.index.access;
  if (access?.label) figures.push(divider(), figure(access.label, access.detail));
  children.push(
    h(
      'div',
      {
        display: 'flex',
        gap: 48,
        paddingTop: 24,
        borderTop: `2px solid ${palette.border}`,
        flexShrink: 0,
      },
      figures,
    ),
  );
  return card(false, children);
}

async function toPng(tree: Node, fonts: OgFont[], options: OgImageOptions): Promise<Uint8Array> {
  const svg = await satori(asInput(tree), {...ogImageSize, fonts});
  const wanted = options.width ?? ogImageSize.width;
  const width = Number.isFinite(wanted) ? Math.max(1, Math.round(wanted)) : ogImageSize.width;
  const image = await renderAsync(svg, {
    fitTo: {mode: 'width', value: width},
    font: {loadSystemFonts: false},
    background: palette.bg,
  });
  return new Uint8Array(image.asPng());
}

/** The unfurl image of one section: the index's name, the title, the badge, the summary, the footer. */
export async function renderSectionImage(
  section: FeedSection,
  feed: Feed,
  options: OgImageOptions = {},
): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const drawn = await drawableTexts(section, feed, fonts);
  const tree = await sectionTree(drawn.section ?? section, drawn.feed, drawn.statusLabel, fonts);
  return toPng(tree, fonts, options);
}

/** The unfurl image of the whole index: its title, tagline and figures. */
export async function renderIndexImage(
  feed: Feed,
  options: OgImageOptions = {},
): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const drawn = await drawableTexts(undefined, feed, fonts);
  return toPng(await indexTree(drawn.feed, fonts), fonts, options);
}
