import {expect, fixture, html} from '@open-wc/testing';
import './cpi-status-badge.js';
import type {CpiStatusBadge} from './cpi-status-badge.js';
import {part} from '../../../tests/browser/helpers.js';

describe('cpi-status-badge', () => {
  it('says the status in words', async () => {
    const live = await fixture<CpiStatusBadge>(
      html`<cpi-status-badge status="live"></cpi-status-badge>`,
    );
    expect(part(live, '[part="badge"]').textContent).to.equal('Live');
    const soon = await fixture<CpiStatusBadge>(
      html`<cpi-status-badge status="coming-soon"></cpi-status-badge>`,
    );
    expect(part(soon, '[part="badge"]').textContent).to.equal('Coming soon');
    const other = await fixture<CpiStatusBadge>(
      html`<cpi-status-badge status="archived"></cpi-status-badge>`,
    );
    expect(part(other, '[part="badge"]').textContent).to.equal('archived');
  });

  it('shows a label instead when given, and makes Live stand out from Coming soon', async () => {
    const el = await fixture<CpiStatusBadge>(
      html`<cpi-status-badge status="live" label="Open now"></cpi-status-badge>`,
    );
    const soon = await fixture<CpiStatusBadge>(
      html`<cpi-status-badge status="coming-soon"></cpi-status-badge>`,
    );
    expect(part(el, '[part="badge"]').textContent).to.equal('Open now');
    const fill = (b: CpiStatusBadge) => getComputedStyle(part(b, '[part="badge"]')).backgroundColor;
    expect(fill(el)).to.equal('rgb(11, 107, 79)');
    expect(fill(soon)).not.to.equal(fill(el));
  });

  it('speaks the language of the page', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><cpi-status-badge status="coming-soon"></cpi-status-badge></div>`,
    );
    const el = wrapper.querySelector('cpi-status-badge')!;
    await el.updateComplete;
    expect(part(el, '[part="badge"]').textContent).to.equal('Demnächst');
  });
});
