import {expect, waitUntil} from '@open-wc/testing';

describe('privacy', () => {
  it('a page with the whole index contacts only the script and the feed, sets no cookie, stores only the feed', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/pages/index-only.html';
    frame.style.width = '1000px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    const index = frame.contentDocument!.querySelector('cpi-index')!;
    await waitUntil(() => index.shadowRoot?.querySelector('[part="card"]'), 'the index to render', {
      timeout: 10000,
    });
    // Fonts and anything the first frames ask for have been requested by then.
    await win.document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));

    // The test server injects its own live-reload socket into every page: not a request of ours.
    const requests = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !name.includes('/__web-dev-server'));
    expect(requests).to.deep.equal([
      new URL('/dist/cdn/cpi.js', location.href).href,
      new URL('/dist/cdn/feed.json', location.href).href,
    ]);
    expect(frame.contentDocument!.cookie).to.equal('');
    const keys = Object.keys(win.localStorage);
    expect(keys).to.deep.equal([`cpi:feed:${new URL('/dist/cdn/feed.json', location.href).href}`]);
    expect(Object.keys(win.sessionStorage)).to.deep.equal([]);
    win.localStorage.clear();
    frame.remove();
  });
});
