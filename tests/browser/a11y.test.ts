import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {officialFeed, part, resetFeeds, settled, testFeed} from './helpers.js';

beforeEach(resetFeeds);
afterEach(() => emulateMedia({reducedMotion: 'no-preference', colorScheme: 'light'}));

type State = 'loading' | 'loaded' | 'error';

function src(state: State) {
  if (state === 'loading') return testFeed({delay: 5000}).url;
  if (state === 'error') return testFeed({case: 404}).url;
  return testFeed().url;
}

async function mount(tag: string, state: State, theme: string) {
  const url = src(state);
  const el =
    tag === 'cpi-index'
      ? await fixture(html`<cpi-index src=${url} theme=${theme}></cpi-index>`)
      : tag === 'cpi-section-card'
        ? await fixture(
            html`<cpi-section-card
              src=${url}
              theme=${theme}
              section="attribution-and-measurement"
            ></cpi-section-card>`,
          )
        : await fixture(html`<cpi-register-cta src=${url} theme=${theme}></cpi-register-cta>`);
  if (state !== 'loading') await settled(el);
  return el;
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const tag of ['cpi-index', 'cpi-section-card', 'cpi-register-cta']) {
    for (const theme of ['light', 'dark']) {
      for (const state of ['loading', 'loaded', 'error'] as const) {
        it(`${tag}, ${state}, ${theme}`, async () => {
          const el = await mount(tag, state, theme);
          await expect(el).to.be.accessible();
          if (state === 'loading') {
            expect(part(el, '[role="status"]').textContent).to.equal(
              'Loading the Creator Program Index…',
            );
            expect(part(el, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
          }
          if (state === 'error')
            expect(part(el, '[part="error"]').getAttribute('role')).to.equal('status');
        });
      }
    }
  }

  it('the status badge is accessible and says its status in text', async () => {
    const el = await fixture(html`<cpi-status-badge status="live"></cpi-status-badge>`);
    await expect(el).to.be.accessible();
  });
});

/** Red, green and blue, 0–255, of a computed colour: `rgb()`, or `color(srgb)` from color-mix. */
function rgb(color: string): number[] {
  const match = color.match(/[\d.]+/g);
  if (!match) throw new Error(`not a colour: ${color}`);
  const values = match.slice(0, 3).map(Number);
  return color.startsWith('color(srgb') ? values.map((v) => v * 255) : values;
}

function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The background an element's text sits on: the nearest ancestor with an opaque background. */
function backgroundOf(node: Element): string {
  for (
    let el: Element | null = node;
    el;
    el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
}

describe('contrast', () => {
  for (const theme of ['light', 'dark']) {
    it(`every text is at least 4.5:1 in the ${theme} theme`, async () => {
      const feed = await officialFeed();
      const el = await fixture(html`<cpi-index theme=${theme} .feed=${feed}></cpi-index>`);
      const card = await fixture(
        html`<cpi-section-card theme=${theme} section="scaling" .feed=${feed}></cpi-section-card>`,
      );
      const cta = await fixture(
        html`<cpi-register-cta theme=${theme} .feed=${feed}></cpi-register-cta>`,
      );
      for (const x of [el, card, cta]) await settled(x);
      const live = '[part="card"][data-live]';
      const soon = '[part="card"]:not([data-live])';
      // Every role of text, each where it sits (a live card is tinted, the others are not).
      const checks: [string, Element, string][] = [
        ['title', el, '[part="title"]'],
        ['tagline', el, '[part="tagline"]'],
        ['description', el, '[part="description"]'],
        ['figure value', el, '.figure-value'],
        ['figure label', el, '.figure-label'],
        ['header register link', el, '[part="register-link"]'],
        ['grid heading', el, '[part="grid-heading"]'],
        ['card title', el, `${soon} [part="card-title"]`],
        ['live card title', el, `${live} [part="card-title"]`],
        ['summary (coming soon)', el, `${soon} [part="summary"]`],
        ['summary (live)', el, `${live} [part="summary"]`],
        ['footer (coming soon)', el, `${soon} [part="footer"]`],
        ['footer (live)', el, `${live} [part="footer"]`],
        ['live link', el, '[part="link"]'],
        ['Live badge', el, '[part="badge"][data-status="live"]'],
        ['Coming soon badge', el, '[part="badge"][data-status="coming-soon"]'],
        ['CTA eyebrow', el, '[part="cta-eyebrow"]'],
        ['CTA heading', el, '[part="cta-heading"]'],
        ['CTA body', el, '[part="cta-body"]'],
        ['Register button', el, '[part="button"]'],
        ['card source line', card, '[part="source"]'],
        ['CTA source line', cta, '[part="source"]'],
      ];
      const ratios: Record<string, string> = {};
      for (const [name, host, selector] of checks) {
        const node = part(host, selector);
        const ratio = contrast(getComputedStyle(node).color, backgroundOf(node));
        ratios[name] = ratio.toFixed(2);
        expect(ratio, `${name} in ${theme}`).to.be.at.least(4.5);
      }
      console.log(`contrast (${theme}): ${JSON.stringify(ratios)}`);
    });
  }
});

describe('standalone badges', () => {
  for (const theme of ['light', 'dark']) {
    it(`read at 4.5:1 or more on any page, ${theme}`, async () => {
      for (const status of ['live', 'coming-soon', 'archived']) {
        const el = await fixture(
          html`<cpi-status-badge status=${status} theme=${theme}></cpi-status-badge>`,
        );
        const badge = part(el, '[part="badge"]');
        const style = getComputedStyle(badge);
        expect(style.backgroundColor, `${status} has a background of its own`).not.to.equal(
          'rgba(0, 0, 0, 0)',
        );
        expect(
          contrast(style.color, style.backgroundColor),
          `${status} in ${theme}`,
        ).to.be.at.least(4.5);
      }
    });
  }
});

describe('keyboard and motion', () => {
  it('links and buttons show a visible focus ring', async () => {
    const el = await fixture(
      html`<cpi-section-card section="attribution-and-measurement"></cpi-section-card>`,
    );
    await settled(el);
    // The index's name above the card, then the card's own link.
    for (const name of ['source', 'link']) {
      await sendKeys({press: 'Tab'});
      const link = part(el, `[part="${name}"]`);
      expect(el.shadowRoot!.activeElement === link, `${name} is focused`).to.equal(true);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
  });

  it('the skeleton does not move when the reader prefers reduced motion', async () => {
    const moving = await fixture(
      html`<cpi-section-card
        src=${testFeed({delay: 5000}).url}
        section="scaling"
      ></cpi-section-card>`,
    );
    expect(getComputedStyle(part(moving, '.bone')).animationName).to.equal('cpi-pulse');
    await emulateMedia({reducedMotion: 'reduce'});
    const still = await fixture(
      html`<cpi-section-card
        src=${testFeed({delay: 5000}).url}
        section="scaling"
      ></cpi-section-card>`,
    );
    expect(getComputedStyle(part(still, '.bone')).animationName).to.equal('none');
  });
});
