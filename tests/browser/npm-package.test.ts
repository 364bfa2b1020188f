import {expect, waitUntil} from '@open-wc/testing';
import {officialFeedUrl} from '../../src/published.js';

interface PageWindow extends Window {
  widgetEvents: {type: string; id: string; url?: string}[];
}

describe('the npm package (dist/)', () => {
  it('defines the elements, and fetches the official feed from its published URL', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/pages/npm-package.html';
    frame.style.cssText = 'width:1000px;height:600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    win.localStorage.clear();
    const given = frame.contentDocument!.querySelector('#given')!;
    await waitUntil(() => given.shadowRoot?.querySelector('[part="card"]'), 'the index to render', {
      timeout: 10000,
    });
    expect(given.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(22);
    // Without src: the published official feed, not a file beside the module (no bundler emits
    // one). The test network cannot reach it, so the element reports that URL's failure.
    await waitUntil(
      () => win.widgetEvents.some((e) => e.id === 'official'),
      'the official feed to be tried',
      {timeout: 10000},
    );
    expect(win.widgetEvents.find((e) => e.id === 'official')).to.deep.equal({
      type: 'cpi-feed-error',
      id: 'official',
      url: officialFeedUrl,
    });
    for (const tag of ['cpi-index', 'cpi-section-card', 'cpi-register-cta', 'cpi-status-badge']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
    win.localStorage.clear();
    frame.remove();
  });
});
