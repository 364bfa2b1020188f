// Issue 13, "Readers first": one describe per numbered item of the issue, each test about what a
// reader sees (or hears) on the page. Every test here failed on the code the issue was filed on.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import type {CpiIndex, CpiSectionCard} from '../../src/index.js';
import {catalog, type Lang} from '../../src/i18n/messages.js';
import {
  nextEvent,
  officialFeed,
  part,
  parts,
  renderedLines,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';
import {difference, screenshot} from './screenshots.js';

beforeEach(resetFeeds);
afterEach(async () => {
  await emulateMedia({media: 'screen', colorScheme: 'light', forcedColors: 'none'});
  await setViewport({width: 800, height: 600});
});

async function inBox<T extends HTMLElement>(
  template: ReturnType<typeof html>,
  selector: string,
  feed?: unknown,
): Promise<T> {
  const box = await fixture(template);
  const el = (box.matches(selector) ? box : box.querySelector(selector)) as T & {feed?: unknown};
  if (feed !== undefined) el.feed = feed;
  await settled(el);
  return el;
}

const indexAt = async (width: number, feed?: unknown, attrs = '') =>
  inBox<CpiIndex>(
    html`<div style="width: ${width}px"><cpi-index status=${attrs || ''}></cpi-index></div>`,
    'cpi-index',
    feed ?? (await officialFeed()),
  );

const cardAt = async (width: number, section: string, feed?: unknown) =>
  inBox<CpiSectionCard>(
    html`<div style="width: ${width}px">
      <cpi-section-card section=${section}></cpi-section-card>
    </div>`,
    'cpi-section-card',
    feed ?? (await officialFeed()),
  );

const rect = (el: Element) => el.getBoundingClientRect();
const px = (value: string) => parseFloat(value);
const fontSize = (el: Element) => px(getComputedStyle(el).fontSize);

/** The red, green and blue of a computed colour, 0–255 (`rgb()`, or `color(srgb)` from color-mix). */
function channels(color: string): number[] {
  const values = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  return color.startsWith('color(srgb') ? values.map((v) => v * 255) : values;
}

function luminance(color: string): number {
  const [r, g, b] = channels(color);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The background a text sits on: the nearest opaque background, crossing shadow roots. */
function backgroundOf(node: Element): string {
  for (
    let el: Element | null = node;
    el;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)
  ) {
    const bg = getComputedStyle(el).backgroundColor;
    if (!/^rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * The words CSS draws in an element (how a line that is not part of the index's text shows): its
 * ::before and ::after content, without the text alternative after a slash, arrows left out.
 */
function drawnText(el: Element): string {
  return ['::before', '::after']
    .map((pseudo) => getComputedStyle(el, pseudo).content)
    .map((content) => (/^"(.*?)"/.exec(content)?.[1] ?? '').replace('→', ''))
    .join('')
    .trim();
}

/** The words a reader sees on a link: its text, or the words its style draws. */
const linkWords = (a: Element) => (a.textContent ?? '').trim() || drawnText(a);

describe('1. the live section stands out, the others are calm, and register is near', () => {
  it('features the live card by its surface and frame, at the width of the others', async () => {
    for (const width of [960, 1400]) {
      const el = await indexAt(width);
      const cards = parts(el, '[part="card"]');
      const live = cards.find((c) => c.dataset.status === 'live')!;
      const soon = cards.find((c) => c.dataset.status === 'coming-soon')!;
      // Featured by its surface and frame, not by a wider cell: a section that goes live after a
      // static snippet was made must move no other card (static-first.test.ts).
      expect(rect(live).width, `the live card's width at ${width}px`).to.be.closeTo(
        rect(soon).width,
        0.5,
      );
      expect(getComputedStyle(live).borderColor).not.to.equal(getComputedStyle(soon).borderColor);
      expect(getComputedStyle(live).backgroundColor).not.to.equal(
        getComputedStyle(soon).backgroundColor,
      );
    }
  });

  it('keeps coming-soon cards calmer than the live one, every text still 4.5:1', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await inBox<CpiIndex>(
        html`<div style="width: 1200px"><cpi-index theme=${theme}></cpi-index></div>`,
        'cpi-index',
        await officialFeed(),
      );
      const card = (status: string) =>
        parts(el, '[part="card"]').find((c) => c.dataset.status === status)!;
      const ratio = (node: Element) => contrast(getComputedStyle(node).color, backgroundOf(node));
      const [live, soon] = [card('live'), card('coming-soon')];
      const liveSummary = live.querySelector('[part="summary"]')!;
      const soonSummary = soon.querySelector('[part="summary"]')!;
      const soonFooter = soon.querySelector('[part="footer"]')!;
      expect(ratio(soonSummary), theme).to.be.lessThan(ratio(liveSummary));
      expect(ratio(soonSummary), theme).to.be.at.least(4.5);
      expect(ratio(soonFooter), theme).to.be.at.least(4.5);
      // Calmer by colour, the same size: going live changes no card's height.
      expect(fontSize(soonSummary)).to.equal(fontSize(liveSummary));
      // The 21 "Intelligence being compiled" lines are not ruled off like a live footer.
      const style = getComputedStyle(soonFooter);
      expect(px(style.borderTopWidth) === 0 && style.backgroundImage === 'none').to.equal(true);
      expect(fontSize(soonFooter)).to.be.at.most(fontSize(liveSummary));
    }
  });

  it('lets a reader on a phone reach the register action within the first two screens', async () => {
    await setViewport({width: 375, height: 667});
    const el = await inBox<CpiIndex>(
      html`<cpi-index partner="acme"></cpi-index>`,
      'cpi-index',
      await officialFeed(),
    );
    const top = rect(el).top;
    const actions = parts<HTMLAnchorElement>(el, 'a[data-link="register"]').filter(
      (a) => !a.closest('[part="card"]'),
    );
    const first = actions.reduce((a, b) => (rect(a).top < rect(b).top ? a : b));
    expect(rect(first).top - top).to.be.lessThan(2 * 667);
    expect(linkWords(first)).to.equal('Register free');
    expect(first.href).to.contain('utm_source=acme');
    // The block at the end stays.
    expect(parts(el, '[part="cta"] [part="button"]')).to.have.length(1);
  });
});

describe('2. nothing meant for developers on screen', () => {
  const technical =
    /https?:|\/__feed|\bHTTP\b|\b[45]\d\d\b|CORS|connect-src|CSP|JSON|\bid\b|did you mean|“|"/i;
  const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/).filter(Boolean);

  for (const [lang, failure] of [
    ['en', {case: 404}],
    ['es', {case: 'html'}],
    ['de', {case: 500}],
    ['fr', {cors: 'no', fail: 99}],
  ] as const) {
    it(`a failed load says what happened and what to do, in ${lang}, in two short sentences`, async () => {
      // Another origin, so that a refused CORS answer is refused.
      const url = new URL(testFeed(failure).url, location.href);
      url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const el = await inBox(
        html`<div lang=${lang}>
          <cpi-section-card section="scaling" src=${url.href}></cpi-section-card>
        </div>`,
        'cpi-section-card',
      );
      const messages = catalog[lang as Lang];
      const lines = renderedLines(el);
      expect(lines.at(-1)).to.equal(messages.retry);
      const said = lines.slice(0, -1).join(' ');
      expect(said).not.to.match(technical);
      expect(sentences(said).length).to.be.within(1, 2);
      // Every word is the widget's own, in the page's language.
      const own = new Set(Object.values(messages).filter((m) => typeof m === 'string'));
      for (const line of lines) expect(own.has(line), line).to.equal(true);
    });
  }

  it('a failed first load fills the space the placeholder held, with nothing showing past it', async () => {
    const el = await inBox(
      html`<div style="width: 400px">
        <cpi-section-card section="scaling" src=${testFeed({case: 404}).url}></cpi-section-card>
      </div>`,
      'cpi-section-card',
    );
    const box = rect(part(el, '[part="error"]'));
    const placeholder = rect(part(el, '[part~="skeleton"]'));
    expect(box.height).to.be.closeTo(placeholder.height, 1);
    expect(box.top).to.be.closeTo(placeholder.top, 1);
  });

  it('an unknown section shows neither the id nor a suggestion, in the page language', async () => {
    for (const lang of ['en', 'de'] as const) {
      const el = await inBox(
        html`<div lang=${lang}>
          <cpi-section-card section="atribution"></cpi-section-card>
        </div>`,
        'cpi-section-card',
      );
      const said = renderedLines(el).join(' ');
      expect(said).not.to.contain('atribution');
      expect(said).not.to.match(technical);
      expect(sentences(said).length).to.be.within(1, 2);
      expect(said).to.contain(catalog[lang].unknownSection);
      // What the reader can do: go to the whole index (the feed's register page).
      const link = part(el, '[part="error"] a[part="link"]') as HTMLAnchorElement;
      expect(link.textContent).to.contain(catalog[lang].seeAllSections);
      expect(link.href).to.match(/^https?:/);
      expect(link.href).to.equal((part(el, '[part="source"]') as HTMLAnchorElement).href);
    }
  });

  it('a feed with a thousand broken sections still says two short sentences', async () => {
    const feed = {
      version: 1,
      index: {title: 'x'},
      sections: Array.from({length: 1000}, (_, i) => ({id: `s-${i}`, title: 'T', status: 5})),
    };
    const failed = nextEvent(document, 'cpi-feed-error');
    const el = await inBox(
      html`<div style="width: 600px"><cpi-index></cpi-index></div>`,
      'cpi-index',
      feed,
    );
    // The event keeps every problem for the developer.
    expect((await failed).message.split('\n').length).to.be.greaterThan(1000);
    const said = renderedLines(el).slice(0, -1).join(' ');
    expect(said.length).to.be.lessThan(160);
    expect(sentences(said).length).to.be.within(1, 2);
    expect(rect(part(el, '[part="error"]')).height).to.be.lessThan(400);
  });
});

describe('3. a separator never ends or starts a line', () => {
  /** The separators a reader can see in a footer, each with what stands before and after it. */
  function separatorsByLine(card: Element) {
    const footer = part(card, '[part="footer"]');
    const box = rect(footer);
    // The words' own extent (a range over them), not their boxes, which hold the gaps.
    const words = [...footer.querySelectorAll('.fact, a')].map((word) => {
      const range = document.createRange();
      range.selectNodeContents(word);
      return range.getBoundingClientRect();
    });
    return [...footer.querySelectorAll('.dot')]
      .map(rect)
      .filter((dot) => dot.width > 0 && dot.left >= box.left - 0.5 && dot.right <= box.right + 0.5)
      .map((dot) => {
        const middle = (dot.top + dot.bottom) / 2;
        const onLine = words.filter((w) => w.top <= middle && w.bottom >= middle);
        return {
          before: onLine.some((w) => w.right <= dot.left + 1),
          after: onLine.some((w) => w.left >= dot.right - 1),
        };
      });
  }

  for (const dir of ['ltr', 'rtl']) {
    it(`in every narrow live card, ${dir}`, async () => {
      let wrapped = 0;
      for (let width = 200; width <= 420; width += 20) {
        const el = await inBox(
          html`<div dir=${dir} style="width: ${width}px">
            <cpi-section-card section="attribution-and-measurement"></cpi-section-card>
          </div>`,
          'cpi-section-card',
          await officialFeed(),
        );
        const footer = part(el, '[part="footer"]');
        if (rect(footer).height > 1.8 * px(getComputedStyle(footer).lineHeight)) wrapped++;
        for (const {before, after} of separatorsByLine(el)) {
          // In either direction a visible separator has a fact on each side, on its own line.
          expect(before && after, `a separator alone at a line's edge at ${width}px`).to.equal(
            true,
          );
        }
      }
      expect(wrapped, 'widths at which the footer wraps').to.be.greaterThan(2);
    });
  }
});

describe('4. cpi-status-badge sits in a sentence', () => {
  it('takes the width of its badge, on the line of the words around it', async () => {
    const p = await fixture(
      html`<p style="width: 600px; font-size: 16px">
        The section is <cpi-status-badge status="live"></cpi-status-badge> since May.
      </p>`,
    );
    const badge = p.querySelector('cpi-status-badge')!;
    await customElements.whenDefined('cpi-status-badge');
    await (badge as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    const host = rect(badge);
    expect(host.width).to.be.lessThan(rect(part(badge, '[part="badge"]')).width + 2);
    const words = document.createRange();
    words.selectNodeContents(p.firstChild!);
    const before = rect(words as unknown as Element);
    expect(host.left).to.be.at.least(before.right - 1);
    expect(
      Math.abs((host.top + host.bottom) / 2 - (before.top + before.bottom) / 2),
    ).to.be.lessThan(6);
  });
});

describe('5. rows line up', () => {
  it('titles of one to three lines leave badges, summaries and footers level across a row', async () => {
    const feed = await officialFeed();
    feed.sections[2] = {...feed.sections[2], title: 'Short'};
    feed.sections[3] = {
      ...feed.sections[3],
      title: 'A much longer title that takes three lines in a card of this row',
    };
    const el = await indexAt(1400, feed);
    const cards = parts(el, '[part="card"]');
    const firstRow = cards.filter((c) => Math.abs(rect(c).top - rect(cards[0]).top) < 1);
    expect(firstRow.length).to.be.at.least(3);
    for (const name of ['badge', 'summary', 'footer']) {
      const tops = firstRow.map((c) => Math.round(rect(c.querySelector(`[part="${name}"]`)!).top));
      expect(new Set(tops).size, `${name} tops ${tops}`).to.equal(1);
    }
  });

  it('places the badge the same way in a standalone card, whatever its label', async () => {
    for (const section of ['attribution-and-measurement', 'scaling']) {
      const el = await cardAt(600, section);
      const title = rect(part(el, '[part="card-title"]'));
      const badge = rect(part(el, '[part="badge"]'));
      expect(badge.top, section).to.be.at.least(title.bottom - 1);
      expect(Math.abs(badge.left - title.left), section).to.be.lessThan(1);
    }
  });
});

describe('6. a clear type scale', () => {
  for (const width of [320, 1280]) {
    it(`the index title is the loudest, then the register heading, then the grid heading, at ${width}px`, async () => {
      const el = await indexAt(width);
      const size = (selector: string) => fontSize(part(el, selector));
      const title = size('[part="title"]');
      const register = size('[part="cta-heading"]');
      const grid = size('[part="grid-heading"]');
      const card = size('[part="card-title"]');
      const tagline = size('[part="tagline"]');
      expect(title).to.be.at.least(1.25 * register);
      expect(register).to.be.greaterThan(grid);
      expect(grid).to.be.greaterThan(card);
      expect(tagline).to.be.at.most(card);
    });
  }
});

describe('7. figures and the register block look finished', () => {
  for (const width of [320, 375, 1280]) {
    it(`the figures read as one compact row at ${width}px`, async () => {
      const el = await indexAt(width);
      const figures = parts(el, '[part="figure"]');
      expect(figures).to.have.length(3);
      const tops = figures.map((f) => Math.round(rect(f).top));
      expect(new Set(tops).size, `figure tops ${tops}`).to.equal(1);
      expect(rect(part(el, '[part="figures"]')).height).to.be.lessThan(96);
    });
  }

  it('an index with no sections shows no figures of zero', async () => {
    const el = await indexAt(600, {version: 1, index: {title: 'Nothing yet'}, sections: []});
    expect(renderedLines(el)).not.to.include('0');
    expect(parts(el, '[part="figure"]')).to.have.length(0);
  });

  it('the register block uses its width: text and button side by side when wide, a full button when narrow', async () => {
    const wide = await inBox(
      html`<div style="width: 1100px"><cpi-register-cta></cpi-register-cta></div>`,
      'cpi-register-cta',
    );
    const heading = rect(part(wide, '[part="cta-heading"]'));
    const button = rect(part(wide, '[part="button"]'));
    expect(button.left).to.be.at.least(heading.right);
    expect(button.top).to.be.lessThan(rect(part(wide, '[part="cta-body"]')).bottom);
    const narrow = await inBox(
      html`<div style="width: 340px"><cpi-register-cta></cpi-register-cta></div>`,
      'cpi-register-cta',
    );
    // The button spans the column the words stand in.
    const column = part(narrow, '[part="cta-body"]').parentElement!;
    const style = getComputedStyle(column);
    const inner = rect(column).width - px(style.paddingLeft) - px(style.paddingRight);
    expect(rect(part(narrow, '[part="button"]')).width).to.be.at.least(inner - 1);
  });
});

describe('8. a standalone card and the register block say where they come from', () => {
  it('names the index above a card, linked to it', async () => {
    const el = await inBox(
      html`<div style="width: 600px">
        <cpi-section-card section="scaling" partner="blog"></cpi-section-card>
      </div>`,
      'cpi-section-card',
    );
    const source = part<HTMLAnchorElement>(el, '[part="source"]');
    expect(linkWords(source)).to.equal('The Creator Program Index');
    expect(rect(source).bottom).to.be.at.most(rect(part(el, '[part="card-title"]')).top);
    expect(source.href).to.contain('register.html?utm_source=blog');
    expect(source.checkVisibility()).to.equal(true);
  });

  it('names the index in the register block', async () => {
    const el = await inBox(html`<cpi-register-cta></cpi-register-cta>`, 'cpi-register-cta');
    const source = part(el, '[part="source"]');
    expect(drawnText(source)).to.equal('The Creator Program Index');
    expect(rect(source).width).to.be.greaterThan(0);
  });
});

describe('9. feed text carries its language and direction', () => {
  it('marks the feed’s words with its language on a page of another', async () => {
    const feed = await officialFeed();
    const el = await inBox<CpiIndex>(
      html`<div lang="de"><cpi-index sections="attribution-and-measurement"></cpi-index></div>`,
      'cpi-index',
      feed,
    );
    for (const name of ['title', 'tagline', 'description', 'card-title', 'summary', 'button']) {
      // The button's words, beside its arrow.
      const node = part(el, name === 'button' ? '[part="button"] > span' : `[part="${name}"]`);
      expect(node.closest('[lang]')?.getAttribute('lang'), name).to.equal('en');
      // Its own direction: dir="auto", or the same in CSS where the markup stays plain.
      const own =
        node.closest('[dir]')?.getAttribute('dir') === 'auto' ||
        getComputedStyle(node).unicodeBidi === 'plaintext';
      expect(own, `${name} reads in its own direction`).to.equal(true);
    }
    // The widget's own words are marked with the page's language, inside the feed's.
    for (const name of ['badge', 'footer', 'figures']) {
      expect(part(el, `[part="${name}"]`).closest('[lang]')?.getAttribute('lang'), name).to.equal(
        'de',
      );
    }
    const french = {...feed, index: {...(feed.index as object), language: 'fr-CA'}};
    el.feed = french;
    await waitUntil(
      () => part(el, '[part="title"]').closest('[lang]')?.getAttribute('lang') === 'fr-CA',
      'the feed’s own language',
    );
  });

  it('ends an English sentence with its period on a right-to-left page', async () => {
    const el = await inBox(
      html`<div dir="rtl" style="width: 500px">
        <cpi-section-card section="scaling"></cpi-section-card>
      </div>`,
      'cpi-section-card',
    );
    const text = [...part(el, '[part="summary"]').childNodes].find(
      (node): node is Text => node.nodeType === Node.TEXT_NODE,
    )!;
    const end = text.data.length;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    expect(text.data.at(-1)).to.equal('.');
    expect(at(end - 1).left).to.be.greaterThan(at(end - 2).left);
  });

  it('points every arrow the way the page reads, whatever the language of its label', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await inBox<CpiIndex>(
        html`<div dir=${dir} style="width: 1280px"><cpi-index></cpi-index></div>`,
        'cpi-index',
        await officialFeed(),
      );
      const arrows = parts(el, '.arrow');
      // The live card's link and the register button.
      expect(arrows.length, dir).to.equal(2);
      const sign = dir === 'rtl' ? -1 : 1;
      for (const arrow of arrows) {
        const link = arrow.parentElement!.closest('a')!;
        const {a} = new DOMMatrix(getComputedStyle(arrow).transform);
        expect(a, `${link.textContent} in ${dir}`).to.equal(sign);
        // At the link's end in the page's direction.
        const [arrowBox, linkBox] = [rect(arrow), rect(link)];
        const gap = dir === 'rtl' ? arrowBox.left - linkBox.left : linkBox.right - arrowBox.right;
        expect(gap, `${link.textContent} in ${dir}`).to.be.lessThan(arrowBox.width + 32);
      }
      // The header's compact link draws its arrow.
      const jump = part(el, '[part="register-link"]');
      const drawn = new DOMMatrix(getComputedStyle(jump, '::after').transform);
      expect(drawn.a, `the header's link in ${dir}`).to.equal(sign);
    }
  });
});

describe("10. the reader's settings win", () => {
  it('sizes follow the reader’s default size, not the host’s html font-size', async () => {
    const probe = (family: string) => {
      const span = document.createElement('span');
      span.style.cssText = `font-size: medium; font-family: ${family}`;
      document.body.append(span);
      const size = fontSize(span);
      span.remove();
      return size;
    };
    const summary = async (family: string) => {
      const el = await inBox(
        html`<div style="font-family: ${family}; font-size: 30px">
          <cpi-section-card section="scaling"></cpi-section-card>
        </div>`,
        'cpi-section-card',
      );
      return fontSize(part(el, '[part="summary"]'));
    };
    const serif = await summary('serif');
    document.documentElement.style.fontSize = '10px';
    try {
      expect(await summary('serif')).to.equal(serif);
    } finally {
      document.documentElement.style.fontSize = '';
    }
    // The reader's default for a monospace font (13px unless they changed it) is not the 16px
    // of serif: the widget follows it, in proportion.
    const ratio = serif / probe('serif');
    expect(await summary('monospace')).to.be.closeTo(ratio * probe('monospace'), 0.05);
  });

  it('keeps the Register button’s outline and the Live dot in forced colors', async () => {
    await emulateMedia({forcedColors: 'active'});
    const el = await indexAt(800, undefined, 'live');
    const button = getComputedStyle(part(el, '[part="cta"] [part="button"]'));
    expect(button.borderTopStyle).not.to.equal('none');
    expect(px(button.borderTopWidth)).to.be.at.least(1);
    const badge = part(el, '[part="badge"][data-status="live"]');
    const dot = getComputedStyle(badge, '::before');
    const drawn = [dot.backgroundColor, dot.borderTopColor].filter(
      (c, i) =>
        c !== getComputedStyle(badge).backgroundColor && (i === 0 || px(dot.borderTopWidth) > 0),
    );
    expect(drawn.length, 'the dot has a colour of its own').to.be.greaterThan(0);
  });

  it('prints dark text on light paper when the system is dark', async () => {
    await emulateMedia({media: 'print', colorScheme: 'dark'});
    const el = await cardAt(600, 'attribution-and-measurement');
    const card = part(el, '[part="card"]');
    expect(luminance(getComputedStyle(part(el, '[part="card-title"]')).color)).to.be.lessThan(0.1);
    expect(luminance(backgroundOf(card))).to.be.greaterThan(0.8);
  });

  it('keeps focus on Retry when the feed still fails', async () => {
    const el = await inBox<CpiSectionCard>(
      html`<cpi-section-card
        section="scaling"
        src=${testFeed({case: 404, delay: 100}).url}
      ></cpi-section-card>`,
      'cpi-section-card',
    );
    const retry = part<HTMLButtonElement>(el, '[part="retry-button"]');
    retry.focus();
    const failed = nextEvent(el, 'cpi-feed-error');
    retry.click();
    await failed;
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.getAttribute('part')).to.equal('retry-button');
    expect(document.activeElement === el, 'the focus is in the card').to.equal(true);
  });

  it('announces the error from a live region that was there before it', async () => {
    const card = document.createElement('cpi-section-card');
    card.section = 'scaling';
    card.src = testFeed({case: 404, delay: 400}).url;
    document.body.append(card);
    await card.updateComplete;
    // While loading, the region says so; the error then changes its words, so it is announced.
    const region = part(card, '[role="status"]');
    expect(region.textContent).to.equal(catalog.en.loading);
    await settled(card);
    expect(part(card, '[part="error"]') === region, 'the same element').to.equal(true);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent).to.contain(catalog.en.loadFailed);
    card.remove();
  });
});

describe('11. the host page does not reach in', () => {
  it('a hidden container hides the widget: not visible, not clickable, not focusable', async () => {
    const box = await fixture(
      html`<div style="visibility: hidden">
        <cpi-section-card section="attribution-and-measurement"></cpi-section-card>
      </div>`,
    );
    const el = box.querySelector('cpi-section-card')!;
    el.feed = await officialFeed();
    await settled(el);
    const link = part<HTMLAnchorElement>(el, '[part="link"]');
    expect(part(el, '[part="card-title"]').checkVisibility({visibilityProperty: true})).to.equal(
      false,
    );
    link.focus();
    expect(el.shadowRoot!.activeElement === null, 'nothing focused').to.equal(true);
    const r = rect(link);
    const hit = document.elementFromPoint(r.left + 2, r.top + 2);
    expect(hit === el || el.shadowRoot!.contains(hit)).to.equal(false);
  });

  it('inherited text properties and a link around the card change nothing', async () => {
    const feed = await officialFeed();
    // A card inside a link, as partners make cards clickable: the clean page's link draws no
    // underline, the hostile page's two (its own and the one its container propagates).
    // Frames of a whole number of pixels, so that both screenshots start on a pixel.
    const frame = (id: string, style: string, link: string) =>
      html`<div
        id=${id}
        style="width: 420px; height: 340px; padding: 8px; background: #fff; ${style}"
      >
        <a href="#x" style="display: block; color: red; ${link}"
          ><cpi-section-card
            section="attribution-and-measurement"
            theme="light"
            .feed=${feed}
          ></cpi-section-card
        ></a>
      </div>`;
    const clean = await fixture(frame('clean', '', 'text-decoration: none'));
    const hostile = await fixture(
      frame(
        'hostile',
        [
          '-webkit-text-fill-color: transparent',
          '-webkit-text-stroke: 1px red',
          'text-decoration: underline wavy red',
          'word-break: break-all',
          'text-emphasis: dot red',
          '-webkit-text-security: disc',
          'text-wrap: nowrap',
          'font-size-adjust: 0.2',
          'text-underline-offset: 20px',
          'hyphens: auto',
          'text-align-last: right',
          'font-kerning: none',
          'font-synthesis: none',
          'font-variant-ligatures: none',
          'tab-size: 40',
        ].join(';'),
        'text-decoration: underline',
      ),
    );
    const [a, b] = [clean, hostile].map((box) => box.querySelector('cpi-section-card')!);
    await settled(a);
    await settled(b);
    expect(rect(a).height).to.equal(rect(b).height);
    const [x, y] = await Promise.all([screenshot('#clean'), screenshot('#hostile')]);
    const diff = await difference(x.actual, y.actual);
    expect(diff.ratio, `share of pixels that differ (${diff.size})`).to.equal(0);
  });

  it('a vertical writing mode around the widget leaves it horizontal', async () => {
    const box = await fixture(
      html`<div style="writing-mode: vertical-rl; width: 600px; height: 900px">
        <cpi-section-card section="attribution-and-measurement"></cpi-section-card>
      </div>`,
    );
    const el = box.querySelector('cpi-section-card')!;
    el.feed = await officialFeed();
    await settled(el);
    const title = rect(part(el, '[part="card-title"]'));
    expect(title.width).to.be.greaterThan(title.height);
    expect(getComputedStyle(part(el, '[part="summary"]')).writingMode).to.equal('horizontal-tb');
  });
});

describe('12. the demos show the good case', () => {
  async function demo(page: string, width = 1280) {
    const frame = document.createElement('iframe');
    frame.style.cssText = `display:block;width:${width}px;height:900px;border:0`;
    frame.src = `/demo/${page}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const doc = frame.contentDocument!;
    await waitUntil(
      () =>
        [...doc.querySelectorAll('cpi-index, cpi-section-card, cpi-register-cta')].every((el) =>
          el.shadowRoot?.querySelector('[aria-busy="false"]'),
        ),
      `${page} to render`,
      {timeout: 12000},
    );
    return {frame, doc};
  }

  const pages = [
    'partner.html',
    'blog.html',
    'marketing.html',
    'sidebar.html',
    'rtl.html',
    'german.html',
    'theming.html',
    'index.html',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`every demo page follows a ${scheme} system setting, and the widgets with it`, async () => {
      await emulateMedia({colorScheme: scheme});
      for (const page of pages) {
        const {frame, doc} = await demo(page);
        const page_ = luminance(getComputedStyle(doc.body).backgroundColor);
        expect(scheme === 'dark' ? page_ < 0.1 : page_ > 0.7, `${page} background`).to.equal(true);
        const el = doc.querySelector('cpi-index:not([theme]), cpi-section-card:not([theme])');
        if (el) {
          const inner = el.shadowRoot!.querySelector('[part="card"], [part="cta"]')!;
          const bg = luminance(backgroundOf(inner));
          expect(scheme === 'dark' ? bg < 0.1 : bg > 0.7, `${page} widget`).to.equal(true);
        }
        frame.remove();
      }
    });
  }

  it('the theming demo shows theme="dark" on a dark part of the page, on purpose', async () => {
    await emulateMedia({colorScheme: 'light'});
    const {frame, doc} = await demo('theming.html');
    const dark = doc.querySelector('cpi-section-card[theme="dark"]')!;
    const panel = dark.parentElement!;
    expect(getComputedStyle(panel).colorScheme).to.contain('dark');
    expect(luminance(getComputedStyle(panel).backgroundColor)).to.be.lessThan(0.05);
    frame.remove();
  });

  it('the right-to-left demo fills its row: no empty fourth column', async () => {
    const {frame, doc} = await demo('rtl.html');
    const el = doc.querySelector('cpi-index')!;
    const grid = el.shadowRoot!.querySelector('[part="grid"]')!.getBoundingClientRect();
    const cards = [...el.shadowRoot!.querySelectorAll('[part="card"]')].map((c) =>
      c.getBoundingClientRect(),
    );
    const used = Math.max(...cards.map((c) => c.right)) - Math.min(...cards.map((c) => c.left));
    expect(used).to.be.greaterThan(grid.width - 2);
    frame.remove();
  });
});
