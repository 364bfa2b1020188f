import {expect, fixture, html} from '@open-wc/testing';
import './cpi-register-cta.js';
import type {CpiRegisterCta} from './cpi-register-cta.js';
import {
  part,
  parts,
  renderedLines,
  resetFeeds,
  seedLines,
  settled,
  testFeed,
  nextEvent,
} from '../../../tests/browser/helpers.js';

beforeEach(resetFeeds);

describe('cpi-register-cta', () => {
  it('shows the register block of the page', async () => {
    const el = await fixture<CpiRegisterCta>(html`<cpi-register-cta></cpi-register-cta>`);
    await settled(el);
    expect(renderedLines(el)).to.deep.equal((await seedLines()).slice(-4));
    expect(part(el, '[part="cta-heading"]').localName).to.equal('h2');
  });

  it('links the button to register.url with the partner parameters', async () => {
    const el = await fixture<CpiRegisterCta>(
      html`<cpi-register-cta partner="acme" heading-level="4"></cpi-register-cta>`,
    );
    await settled(el);
    const button = part<HTMLAnchorElement>(el, '[part="button"]');
    expect(button.href).to.equal(
      `${new URL('/src/register.html', location.href).href}?utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index`,
    );
    expect(part(el, '[part="cta-heading"]').localName).to.equal('h4');
    const clicked = nextEvent(el, 'cpi-register-click');
    el.addEventListener('cpi-register-click', (e) => e.preventDefault(), {once: true});
    button.click();
    const event = await clicked;
    expect([event.placement, event.sectionId, event.href]).to.deep.equal([
      'cta',
      undefined,
      button.href,
    ]);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('shows a skeleton while loading and a message with Retry on failure', async () => {
    const slow = await fixture<CpiRegisterCta>(
      html`<cpi-register-cta src=${testFeed({delay: 300}).url}></cpi-register-cta>`,
    );
    expect(parts(slow, '[part="skeleton"]')).to.have.length(1);
    await settled(slow);
    expect(renderedLines(slow)[0]).to.equal('Free access');

    const el = await fixture<CpiRegisterCta>(
      html`<cpi-register-cta src=${testFeed({case: 'truncated'}).url}></cpi-register-cta>`,
    );
    await settled(el);
    // What happened and what to do, in two sentences; the technical detail is in the event.
    expect(renderedLines(el)).to.deep.equal([
      'The Creator Program Index could not be loaded.',
      'Please try again later.',
      'Retry',
    ]);
  });

  it('says so, instead of a blank box, when the feed has no register block', async () => {
    for (const feed of [
      {version: 1, index: {title: 'x'}, sections: []},
      {version: 1, index: {title: 'x'}, sections: [], register: {url: 'javascript:alert(1)'}},
    ]) {
      const el = await fixture<CpiRegisterCta>(
        html`<cpi-register-cta .feed=${feed}></cpi-register-cta>`,
      );
      await settled(el);
      expect(renderedLines(el)).to.deep.equal([
        'The Creator Program Index has no register link right now.',
      ]);
    }
  });

  it('labels the button in the page language when the feed gives no label', async () => {
    const feed = {
      version: 1,
      index: {title: 'x'},
      sections: [],
      register: {url: 'https://example.com/r'},
    };
    const box = await fixture(
      html`<div lang="de"><cpi-register-cta .feed=${feed}></cpi-register-cta></div>`,
    );
    const el = box.querySelector('cpi-register-cta')!;
    await settled(el);
    expect(renderedLines(el)).to.deep.equal(['Registrieren →']);
  });
});
