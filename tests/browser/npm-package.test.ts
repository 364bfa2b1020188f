import {expect, waitUntil} from '@open-wc/testing';

describe('the npm package (dist/)', () => {
  it('defines the elements and finds the official feed published beside its modules', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/pages/npm-package.html';
    frame.style.cssText = 'width:1000px;height:600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    win.localStorage.clear();
    const index = frame.contentDocument!.querySelector('cpi-index')!;
    await waitUntil(() => index.shadowRoot?.querySelector('[part="card"]'), 'the index to render', {
      timeout: 10000,
    });
    const feeds = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.endsWith('.json'));
    expect(feeds).to.deep.equal([new URL('/dist/feed.json', location.href).href]);
    expect(index.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(22);
    for (const tag of ['cpi-index', 'cpi-section-card', 'cpi-register-cta', 'cpi-status-badge']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
    win.localStorage.clear();
    frame.remove();
  });
});
