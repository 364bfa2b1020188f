import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {
  officialFeed,
  part,
  parts,
  renderedLines,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';

beforeEach(resetFeeds);

async function indexIn(lang: string, dir = 'ltr') {
  const box = await fixture(
    html`<div lang=${lang} dir=${dir}><cpi-index status="live"></cpi-index></div>`,
  );
  const el = box.querySelector('cpi-index') as CpiIndex;
  el.feed = await officialFeed();
  await settled(el);
  return el;
}

describe('languages', () => {
  const expected = {
    de: [
      'Themenbereiche',
      'Jetzt verfügbar',
      'Verfügbar',
      '23 Gespräche·Mai 2026·Registrieren und lesen →',
    ],
    fr: [
      'Sections de veille',
      'Disponibles',
      'Disponible',
      '23 conversations·mai 2026·S’inscrire pour lire →',
    ],
    es: [
      'Secciones de inteligencia',
      'Disponibles',
      'Disponible',
      '23 conversaciones·mayo de 2026·Regístrate para leer →',
    ],
    en: [
      'Intelligence sections',
      'Live now',
      'Live',
      '23 conversations·May 2026·Register to read →',
    ],
  };
  for (const [lang, [sections, live, badge, footer]] of Object.entries(expected)) {
    it(`speaks ${lang}, the feed's own text as given`, async () => {
      const lines = renderedLines(await indexIn(lang));
      expect(lines).to.include(sections);
      expect(lines).to.include(live);
      expect(lines).to.include(badge);
      expect(lines).to.include(footer);
      expect(lines[0]).to.equal('The Creator Program Index');
      expect(lines).to.include('Attribution and Measurement');
    });
  }

  it('falls back to English for a language it does not speak, and follows the nearest lang', async () => {
    expect(renderedLines(await indexIn('ja'))).to.include('Live now');
    expect(renderedLines(await indexIn('de-AT'))).to.include('Jetzt verfügbar');
    const box = await fixture(
      html`<div lang="de"><cpi-section-card lang="fr" section="scaling"></cpi-section-card></div>`,
    );
    const card = box.querySelector('cpi-section-card')!;
    await settled(card);
    expect(renderedLines(card)).to.include('Bientôt');
  });

  it('names links, errors and Retry in the language', async () => {
    const el = await indexIn('de');
    expect(part(el, '[part="link"]').getAttribute('aria-label')).to.equal(
      'Registrieren und lesen: Attribution and Measurement',
    );
    const box = await fixture(
      html`<div lang="es">
        <cpi-register-cta src=${testFeed({case: 404}).url}></cpi-register-cta>
      </div>`,
    );
    const cta = box.querySelector('cpi-register-cta')!;
    await settled(cta);
    expect(renderedLines(cta)[0]).to.equal('No se pudo cargar el Creator Program Index.');
    expect(renderedLines(cta).at(-1)).to.equal('Reintentar');
  });

  it('changes language when the page does', async () => {
    const el = await indexIn('en');
    el.parentElement!.lang = 'fr';
    await waitUntil(() => renderedLines(el).includes('Disponibles'), 'the index to speak French');
    // The cards too, not only the header: the live card's badge and footer are in French.
    const card = part(el, '[part="card"]');
    expect(card.querySelector('[part="badge"]')!.textContent).to.equal('Disponible');
    expect(card.querySelector('[part="footer"]')!.textContent).to.equal(
      '23 conversations·mai 2026·S’inscrire pour lire\u00a0→',
    );
  });

  it('lays out mirrored on a right-to-left page', async () => {
    const feed = await officialFeed();
    const box = await fixture(
      html`<div dir="rtl" lang="en" style="width: 600px">
        <cpi-section-card section="attribution-and-measurement"></cpi-section-card>
      </div>`,
    );
    const card = box.querySelector('cpi-section-card')!;
    card.feed = feed;
    await settled(card);
    const title = part(card, '[part="card-title"]').getBoundingClientRect();
    const badge = part(card, '[part="badge"]').getBoundingClientRect();
    const frame = part(card, '[part="card"]').getBoundingClientRect();
    expect(getComputedStyle(part(card, '[part="card"]')).direction).to.equal('rtl');
    // The badge under the title, both at the card's right (its start), the English title too.
    expect(badge.top).to.be.at.least(title.bottom - 1);
    expect(Math.abs(badge.right - title.right)).to.be.lessThan(1);
    expect(frame.right - title.right).to.be.lessThan(frame.width / 4);
    const text = document.createRange();
    text.selectNodeContents(part(card, '[part="card-title"]'));
    expect(frame.right - text.getBoundingClientRect().right).to.be.lessThan(frame.width / 4);
    expect(getComputedStyle(part(card, '.arrow')).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('keeps each fact of a footer readable on a right-to-left page', async () => {
    const box = await fixture(
      html`<div dir="rtl" lang="en" style="width: 600px">
        <cpi-section-card section="attribution-and-measurement"></cpi-section-card>
      </div>`,
    );
    const card = box.querySelector('cpi-section-card')!;
    card.feed = await officialFeed();
    await settled(card);
    const [count, month] = parts(card, '.fact');
    expect(count.textContent).to.equal('23 conversations');
    // The facts run right to left (the first at the right), but each reads left to right:
    // the number stays before its word instead of moving to the line's start.
    expect(count.getBoundingClientRect().left).to.be.greaterThan(
      month.getBoundingClientRect().right - 1,
    );
    const text = [...count.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const number = document.createRange();
    number.setStart(text, 0);
    number.setEnd(text, 2);
    const word = document.createRange();
    word.setStart(text, 3);
    word.setEnd(text, text.textContent!.length);
    expect(number.getBoundingClientRect().right).to.be.lessThan(
      word.getBoundingClientRect().left + 1,
    );
  });
});
