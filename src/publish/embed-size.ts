/**
 * How tall an embed page's content is at a given frame width, estimated without a browser from
 * the widget's own metrics (card.styles.ts, register.styles.ts, cpi-index.styles.ts) and the
 * length of the feed's texts. oEmbed needs a height before anything is rendered: it sizes the
 * frame until `embed.js` (or WordPress) sets the measured one, and it is all a consumer that
 * runs no script has. Text is measured with a wide font's average advance (DejaVu Sans, the
 * widest of the usual system fonts), so the estimate errs on the tall side; the browser tests
 * compare it with the measured height.
 */
import type {Feed, FeedSection} from '../feed/feed.types.js';
import {statusDefinition, statusLabel} from '../feed/statuses.js';
import {sectionFooter} from './og-image.js';

/** The kinds of embed page. */
export type EmbedKind = 'index' | 'card' | 'register';

/** Average advance of a character, in em, by weight. */
const advance = {regular: 0.575, bold: 0.62} as const;
/** The embed page's padding (each side), around the element. */
const pagePadding = 1;
/** What the model misses for a standalone card or register block (see estimateHeight). */
const standaloneAllowance = 64;

/** Lines a text takes at `size` px in a box `width` px wide (words are not broken, so round up). */
function lines(text: string, size: number, width: number, weight: keyof typeof advance): number {
  if (!text) return 0;
  const perLine = Math.max(1, Math.floor(width / (size * advance[weight])));
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      count++;
      used = length;
    }
    while (used > perLine) {
      count++;
      used -= perLine;
    }
  }
  return count;
}

/** A card's height at an outer width (border included); a card of the index's grid keeps two
 * lines for its footer (cpi-index.styles.ts). */
function cardHeight(section: FeedSection, width: number, inGrid = false): number {
  const inner = width - 2 - 2 * 20;
  const badge = statusLabel(section.status, 'en');
  const badgeWidth =
    Math.ceil(badge.length * 13 * advance.bold) +
    22 +
    (statusDefinition(section.status)?.dot ? 13 : 0);
  // The title takes the row beside the badge when at least 12em (216 px) are left, else its own.
  const beside = inner - badgeWidth - 12 >= 216;
  const titleWidth = beside ? inner - badgeWidth - 12 : inner;
  const titleLines = lines(section.title, 18, titleWidth, 'bold');
  const head = beside ? Math.max(titleLines * 23.4, 26) : titleLines * 23.4 + 8 + 26;
  let height = 2 + 2 * 20 + head;
  if (section.summary) height += 10 + lines(section.summary, 15, inner, 'regular') * 23.25;
  const footer =
    statusDefinition(section.status)?.footer === 'compiling'
      ? 'Intelligence being compiled'
      : `${sectionFooter(section)} · Register to read →`;
  height += 10 + 12 + 1 + Math.max(inGrid ? 2 : 1, lines(footer, 14, inner, 'regular')) * 21;
  return Math.ceil(height);
}

/** The register block's height at an outer width. */
function registerHeight(feed: Feed, width: number): number {
  const register = feed.register ?? {};
  const padding = Math.min(28, Math.max(16, width * 0.05));
  const inner = width - 2 - 2 * padding;
  let height = 2 + 2 * padding;
  const parts: number[] = [];
  if (register.eyebrow) parts.push(lines(register.eyebrow, 14, inner, 'bold') * 21);
  if (register.heading)
    parts.push(lines(register.heading, 24, Math.min(inner, 36 * 24), 'bold') * 30);
  if (register.body) parts.push(lines(register.body, 16, Math.min(inner, 40 * 16), 'regular') * 24);
  parts.push(6 + 12 * 2 + 20);
  height += parts.reduce((a, b) => a + b, 0) + 10 * (parts.length - 1);
  return Math.ceil(height);
}

/** The whole index's height at an outer width. */
function indexHeight(feed: Feed, width: number): number {
  const wide = width >= 540;
  const padding = width >= 860 ? 40 : wide ? 24 : 16;
  const inner = width - 2 * padding;
  const {index} = feed;
  const header: number[] = [];
  const titleSize = width >= 860 ? 40 : wide ? 34 : 28;
  header.push(lines(index.title, titleSize, inner, 'bold') * titleSize * 1.2);
  if (index.tagline) header.push(lines(index.tagline, 19, inner, 'bold') * 28.5);
  if (index.description)
    header.push(lines(index.description, 16, Math.min(inner, 44 * 16), 'regular') * 24);
  const figure = wide ? 24 + 2 + 31.2 + 21 : 16 + 2 + 31.2;
  header.push(12 + (wide ? figure : 3 * figure + 2 * 10));
  let height = 2 * padding + header.reduce((a, b) => a + b, 0) + 8 * (header.length - 1) + 32;
  const columns = width >= 1180 ? 4 : width >= 860 ? 3 : wide ? 2 : 1;
  const cardWidth = (inner - 16 * (columns - 1)) / columns;
  height += 30 + 12;
  const cards = feed.sections.map((section) => cardHeight(section, cardWidth, true));
  for (let row = 0; row < cards.length; row += columns) {
    height += Math.max(...cards.slice(row, row + columns)) + 16;
  }
  height += 16 + registerHeight(feed, inner);
  return Math.ceil(height);
}

/** The estimated content height of an embed page at a frame width (both in CSS pixels). */
export function estimateHeight(
  feed: Feed,
  kind: EmbedKind,
  width: number,
  section?: FeedSection,
): number {
  const inner = width - 2 * pagePadding;
  const content =
    kind === 'index'
      ? indexHeight(feed, inner)
      : kind === 'register'
        ? registerHeight(feed, inner)
        : cardHeight(section!, inner);
  // The readers' design (docs/design.md) puts a source line over a standalone card and the
  // register block and sizes in em: measured 15 to 64 px taller than the model above, so a
  // standalone embed gets that much more; embed.js then sets the exact height.
  return content + 2 * pagePadding + (kind === 'index' ? 0 : standaloneAllowance);
}
