/**
 * oEmbed 1.0 (https://oembed.com) for the embed pages: the `rich` response a consumer gets for a
 * page of the site, and its iframe snippet. The static files (`oembed/<id>.json`) hold each
 * embed's response at its default width; `cpi-feed serve` answers the spec's endpoint with the
 * same response fitted to the consumer's `maxwidth` and `maxheight`, from the heights the build
 * estimated at each width (`oembed/sizes.json`).
 */
import {escapeAttribute as attr} from './html.js';

/** An oEmbed 1.0 response of type `rich`. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The iframe snippet, then the parent script that sizes it to its content. */
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  /** How long a consumer may cache the response, in seconds. */
  cache_age: number;
}

/** The iframe of an embed, before it is given a size. */
export interface EmbedFrame {
  /** The embed page's public URL. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  /** The frame may scroll (the whole index, which can be taller than a consumer allows). */
  scroll: boolean;
}

/** An embed's sizes: its default width, and its estimated height at each width of the table. */
export interface EmbedSizes {
  frame: EmbedFrame;
  width: number;
  /** Estimated content height by width (keys: the widths of {@link sizeTableWidths}). */
  heights: Record<string, number>;
}

/** What `oembed/sizes.json` holds: the parent script's URL and every embed's sizes, by id. */
export interface SizesFile {
  script: string;
  embeds: Record<string, EmbedSizes>;
}

/** The narrowest width the embeds are made for (Embedly's range is 280–800 px). */
export const minEmbedWidth = 280;
/** The widths the build estimates heights at; a consumer's `maxwidth` picks one of them. */
export const sizeTableWidths = [280, 320, 360, 400, 440, 480, 520, 560, 600, 640, 720, 800];
/** A day: the frames show the live feed, so only the title and thumbnail can go stale. */
export const oembedCacheAge = 86400;

/** The consumer's limits, as the endpoint's query gives them (absent or not positive: none). */
export interface SizeLimits {
  maxwidth?: number;
  maxheight?: number;
}

/** A size to give the frame. */
export interface FrameSize {
  width: number;
  height: number;
  /** The frame's height is less than its content's: let it scroll. */
  clipped: boolean;
}

/**
 * The size of an embed within a consumer's limits: its default width, or `maxwidth` when that is
 * narrower; the estimated height at the widest width of the table that fits (narrower content is
 * taller, so a width between two entries takes the taller one); and at most `maxheight`.
 */
export function fitSize(sizes: EmbedSizes, limits: SizeLimits = {}): FrameSize {
  const maxwidth = positive(limits.maxwidth);
  const maxheight = positive(limits.maxheight);
  const width = Math.min(sizes.width, maxwidth ?? Infinity);
  const fitting = sizeTableWidths.filter((w) => w <= width && sizes.heights[w] !== undefined);
  const at = fitting.length ? fitting[fitting.length - 1] : minEmbedWidth;
  let height = sizes.heights[at] ?? sizes.heights[minEmbedWidth];
  // Narrower than the narrowest entry: the text wraps into proportionally more lines.
  if (width < at) height = Math.ceil((height * at) / Math.max(width, 1));
  const clipped = maxheight !== undefined && height > maxheight;
  return {width: Math.floor(width), height: clipped ? Math.floor(maxheight) : height, clipped};
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The HTML a consumer pastes or inserts: the iframe, then `embed.js`. Only attributes that
 * survive WordPress's filter of discovered embeds carry what matters (src, width, height, title,
 * frameborder, scrolling); `data-cpi-embed` and the style are for every other page. The style
 * keeps the frame within its column (`width: 100%`, at most the given width). A frame that may
 * be cut short may scroll; the others never show a scrollbar while their height is corrected.
 */
export function iframeSnippet(frame: EmbedFrame, size: FrameSize, script: string): string {
  const scrolling = frame.scroll || size.clipped ? '' : ' scrolling="no"';
  return (
    `<iframe data-cpi-embed src="${attr(frame.src)}" width="${size.width}" height="${size.height}"` +
    ` title="${attr(frame.title)}" frameborder="0"${scrolling}` +
    ` style="display:block;width:100%;max-width:${size.width}px;height:${size.height}px;border:0"></iframe>` +
    `\n<script async src="${attr(script)}"></script>`
  );
}

/** The response for an embed at a size: `base` holds the fields that do not depend on it. */
export function sizedResponse(
  base: OEmbedRich,
  sizes: EmbedSizes,
  script: string,
  limits: SizeLimits = {},
): OEmbedRich {
  const size = fitSize(sizes, limits);
  return {
    ...base,
    html: iframeSnippet(sizes.frame, size, script),
    width: size.width,
    height: size.height,
  };
}
