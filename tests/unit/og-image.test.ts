import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseFeed} from '../../src/feed/parse-feed.js';
import type {Feed, FeedSection} from '../../src/feed/feed.types.js';
import {
  ogImageSize,
  renderIndexImage,
  renderSectionImage,
  resolveColor,
  sectionFooter,
} from '../../src/publish/og-image.js';

const raw = JSON.parse(readFileSync(new URL('../../feed.json', import.meta.url), 'utf8'));
const feed = parseFeed(raw, {baseUrl: 'https://cdn.example/cpi/feed.json'});

// Set OG_PREVIEW_DIR to keep the images this test draws (e.g. to look at them).
const previewDir = process.env.OG_PREVIEW_DIR;
function keep(name: string, png: Uint8Array) {
  if (!previewDir) return;
  mkdirSync(previewDir, {recursive: true});
  writeFileSync(join(previewDir, name), png);
}

const maxBytes = 200 * 1024;

// pngjs ships no types (and @types/pngjs is not a dependency): the little used here, typed here.
interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}
const {PNG} = createRequire(import.meta.url)('pngjs') as {
  PNG: {sync: {read(buffer: Buffer): DecodedPng}};
};

function decode(png: Uint8Array) {
  const image = PNG.sync.read(Buffer.from(png));
  expect(image.data).toHaveLength(image.width * image.height * 4);
  return {width: image.width, height: image.height};
}

function withSection(section: Partial<FeedSection>): {feed: Feed; section: FeedSection} {
  const base = feed.sections[0];
  const changed = {...base, ...section};
  return {feed: {...feed, sections: [changed, ...feed.sections.slice(1)]}, section: changed};
}

describe('unfurl images', () => {
  it('draws the index and every section of the official feed at 1200×630, under 200 KB', async () => {
    const started = performance.now();
    const images = [
      {name: 'og.png', png: await renderIndexImage(feed)},
      ...(await Promise.all(
        feed.sections.map(async (section) => ({
          name: `${section.id}.png`,
          png: await renderSectionImage(section, feed),
        })),
      )),
    ];
    const elapsed = performance.now() - started;
    const sizes = images.map((image) => image.png.byteLength);
    console.log(
      `${images.length} unfurl images in ${Math.round(elapsed)} ms; ` +
        `${Math.min(...sizes)}–${Math.max(...sizes)} bytes`,
    );

    expect(images).toHaveLength(23);
    for (const {name, png} of images) {
      keep(name, png);
      expect(decode(png), name).toEqual(ogImageSize);
      expect(png.byteLength, name).toBeLessThan(maxBytes);
    }
  }, 120_000);

  it('still draws a title of 200 characters, and a long summary, within the image', async () => {
    const words = 'Creator program measurement across every stage '.repeat(5).slice(0, 200);
    const unbroken = 'Measurement'.repeat(20).slice(0, 200);
    for (const [name, longTitle] of [
      ['long-title.png', words],
      ['long-word.png', unbroken],
    ]) {
      expect(longTitle).toHaveLength(200);
      const {feed: changed, section} = withSection({
        id: 'long-title',
        title: longTitle,
        summary: 'A long summary that goes on. '.repeat(40).trim(),
      });
      const png = await renderSectionImage(section, changed);
      keep(name, png);
      expect(decode(png), name).toEqual(ogImageSize);
      expect(png.byteLength, name).toBeLessThan(maxBytes);
    }
  }, 30_000);

  it('draws an unknown status as a neutral badge with its own words, and a long index name', async () => {
    const {feed: changed, section} = withSection({
      status: 'in-review',
      conversations: 1,
      updated: '2026-11-02',
    });
    changed.index = {
      ...changed.index,
      title: 'An index name that is far too long to fit '.repeat(5),
    };
    const png = await renderSectionImage(section, changed);
    keep('unknown-status.png', png);
    expect(decode(png)).toEqual(ogImageSize);
    expect(sectionFooter(section)).toBe('1 conversation · November 2026');
  }, 30_000);

  it('leaves out characters the fonts cannot draw instead of drawing missing-glyph boxes', async () => {
    const plain = withSection({summary: 'Works well, done.'});
    const symbols = withSection({summary: 'Works well, 🎉 👩‍💻 → 日本 done.'});
    const a = await renderSectionImage(plain.section, plain.feed);
    const b = await renderSectionImage(symbols.section, symbols.feed);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  }, 30_000);

  it('draws an index image for a feed with one section and no optional texts', async () => {
    const minimal: Feed = {
      version: 1,
      index: {title: 'Index'},
      sections: [{id: 'a', title: 'A', status: 'live'}],
      warnings: [],
    };
    const png = await renderIndexImage(minimal);
    expect(decode(png)).toEqual(ogImageSize);
    const section = await renderSectionImage(minimal.sections[0], minimal);
    expect(decode(section)).toEqual(ogImageSize);
  }, 30_000);

  it('scales to another width, e.g. a 400 px thumbnail', async () => {
    const live = feed.sections.find((s) => s.id === 'attribution-and-measurement')!;
    const png = await renderSectionImage(live, feed, {width: 400});
    keep('attribution-and-measurement-400.png', png);
    expect(decode(png)).toEqual({width: 400, height: 210});
    const index = await renderIndexImage(feed, {width: 400});
    keep('og-400.png', index);
    expect(decode(index)).toEqual({width: 400, height: 210});
  }, 30_000);

  it('writes the footers the page writes', () => {
    const live = feed.sections.find((s) => s.id === 'attribution-and-measurement')!;
    expect(sectionFooter(live)).toBe('23 conversations · May 2026');
    expect(sectionFooter(feed.sections[0])).toBe('Intelligence being compiled');
  });

  it("takes the badge colours from the status table's CSS, in the light palette", () => {
    expect(resolveColor('var(--_accent)')).toBe('#0b6b4f');
    expect(resolveColor('var(--_on-accent)')).toBe('#ffffff');
    expect(resolveColor('light-dark(#eef1f3, #2a3036)')).toBe('#eef1f3');
    expect(resolveColor('var(--cpi-color-muted, light-dark(#4d5561, #b4bcc5))')).toBe('#4d5561');
    expect(resolveColor('var(--_unknown, #123456)')).toBe('#123456');
    expect(resolveColor('var(--_unknown)')).toBeUndefined();
    expect(resolveColor('url(javascript:x)')).toBeUndefined();
  });
});
