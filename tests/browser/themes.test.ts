import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/index.js';
import type {CpiSectionCard} from '../../src/index.js';
import {officialFeed, part, resetFeeds, settled} from './helpers.js';

beforeEach(resetFeeds);
afterEach(() => emulateMedia({colorScheme: 'light'}));

const light = 'rgb(255, 255, 255)';
const dark = 'rgb(29, 33, 37)';

async function card(wrapper: ReturnType<typeof html>) {
  const root = await fixture(wrapper);
  const el = (
    root.localName === 'cpi-section-card' ? root : root.querySelector('cpi-section-card')!
  ) as CpiSectionCard;
  el.feed = await officialFeed();
  await settled(el);
  return el;
}

const surface = (el: Element) => getComputedStyle(part(el, '[part="card"]')).backgroundColor;

describe('themes', () => {
  it('light and dark as asked, whatever the system says', async () => {
    await emulateMedia({colorScheme: 'dark'});
    expect(
      surface(
        await card(html`<cpi-section-card section="scaling" theme="light"></cpi-section-card>`),
      ),
    ).to.equal(light);
    await emulateMedia({colorScheme: 'light'});
    expect(
      surface(
        await card(html`<cpi-section-card section="scaling" theme="dark"></cpi-section-card>`),
      ),
    ).to.equal(dark);
  });

  it('auto follows an ancestor data-theme first', async () => {
    await emulateMedia({colorScheme: 'light'});
    const el = await card(
      html`<div data-theme="dark" style="color-scheme: light">
        <cpi-section-card section="scaling"></cpi-section-card>
      </div>`,
    );
    expect(surface(el)).to.equal(dark);
  });

  it("auto follows the page's color-scheme next", async () => {
    await emulateMedia({colorScheme: 'light'});
    expect(
      surface(
        await card(
          html`<div style="color-scheme: dark">
            <cpi-section-card section="scaling"></cpi-section-card>
          </div>`,
        ),
      ),
    ).to.equal(dark);
    await emulateMedia({colorScheme: 'dark'});
    expect(
      surface(
        await card(
          html`<div style="color-scheme: light">
            <cpi-section-card section="scaling"></cpi-section-card>
          </div>`,
        ),
      ),
    ).to.equal(light);
  });

  it("auto follows the reader's system setting last", async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await card(html`<cpi-section-card section="scaling"></cpi-section-card>`);
    expect(surface(el)).to.equal(dark);
    await emulateMedia({colorScheme: 'light'});
    await waitUntil(() => surface(el) === light, 'the card to follow the system setting');
  });

  it('switches at runtime without reloading', async () => {
    const el = await card(
      html`<div><cpi-section-card section="scaling" theme="light"></cpi-section-card></div>`,
    );
    el.theme = 'dark';
    await el.updateComplete;
    expect(surface(el)).to.equal(dark);
    el.theme = 'auto';
    el.parentElement!.dataset.theme = 'light';
    await waitUntil(() => surface(el) === light, 'the card to follow data-theme="light"');
    el.parentElement!.dataset.theme = 'dark';
    await waitUntil(() => surface(el) === dark, 'the card to follow data-theme="dark"');
  });

  it('takes a brand colour and a font from the host page', async () => {
    const el = await card(
      html`<div
        style="--cpi-color-accent: rgb(120, 40, 200); --cpi-font-family: monospace; font-family: serif"
      >
        <cpi-section-card section="attribution-and-measurement" theme="light"></cpi-section-card>
      </div>`,
    );
    expect(getComputedStyle(part(el, '[part="badge"]')).backgroundColor).to.equal(
      'rgb(120, 40, 200)',
    );
    expect(getComputedStyle(part(el, '[part="card-title"]')).fontFamily).to.equal('monospace');
  });

  it('inherits the host font by default, and can be restyled through its parts', async () => {
    const el = await card(
      html`<div style="font-family: serif">
        <cpi-section-card section="scaling" class="styled"></cpi-section-card>
      </div>`,
    );
    expect(getComputedStyle(part(el, '[part="summary"]')).fontFamily).to.equal('serif');
    const style = document.createElement('style');
    style.textContent = 'cpi-section-card.styled::part(card) { border-radius: 0px; }';
    document.head.append(style);
    expect(getComputedStyle(part(el, '[part="card"]')).borderTopLeftRadius).to.equal('0px');
    style.remove();
  });
});
