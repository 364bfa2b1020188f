import {expect, waitUntil} from '@open-wc/testing';
import {renderedLines, resetFeeds, settled} from './helpers.js';

// These tests load the built single-file bundle (npm run build:cdn, which `npm test` runs first)
// the way a partner does: <script type="module" src=".../cpi.js">.

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

beforeEach(resetFeeds);

describe('dist/cdn/cpi.js', () => {
  it('upgrades elements written before it loads (keeping properties set on them), on the feed published beside it, and survives a second copy', async () => {
    const warnings: unknown[][] = [];
    const errors: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div id="cdn"><cpi-index></cpi-index><cpi-section-card section="scaling"></cpi-section-card><cpi-register-cta></cpi-register-cta><cpi-status-badge status="live"></cpi-status-badge></div>',
      );
      // A framework may set properties before the definition loads: they must not be lost.
      const early = document.createElement('cpi-section-card') as HTMLElement & {feed?: unknown};
      early.setAttribute('section', 'early');
      early.feed = {
        version: 1,
        index: {title: 'A feed set as a property'},
        sections: [{id: 'early', title: 'Set before the script loaded', status: 'live'}],
      };
      document.getElementById('cdn')!.append(early);
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => requests.push(e.name)),
      );
      observer.observe({type: 'resource'});
      await loadScript('/dist/cdn/cpi.js');
      const [index, card, cta, badge] = [...document.getElementById('cdn')!.children];
      for (const el of [index, card, cta]) await settled(el);
      expect(renderedLines(index)[0]).to.equal('The Creator Program Index');
      expect(renderedLines(card)[0]).to.equal('Scaling');
      expect(renderedLines(cta).at(-1)).to.equal('Register free →');
      await settled(early);
      expect(renderedLines(early)[0]).to.equal('Set before the script loaded');
      await waitUntil(() => badge.shadowRoot?.textContent?.includes('Live'));
      await waitUntil(() => requests.some((r) => r.endsWith('/dist/cdn/feed.json')));
      observer.disconnect();
      expect(requests.filter((r) => r.includes('feed.json'))).to.deep.equal([
        new URL('/dist/cdn/feed.json', location.href).href,
      ]);

      // A second copy (another URL is another module instance, with its own Lit) defines nothing.
      const Index = customElements.get('cpi-index');
      await loadScript('/dist/cdn/cpi.js?copy=2');
      await loadScript('/dist/cdn/cpi.js?copy=3');
      expect(customElements.get('cpi-index')).to.equal(Index);
      expect(warnings.filter((w) => String(w[0]).includes('already defined'))).to.have.length(2);
      const later = document.createElement('cpi-section-card');
      later.setAttribute('section', 'foundation');
      document.getElementById('cdn')!.append(later);
      await settled(later);
      expect(renderedLines(later)[0]).to.equal('Foundation — What B2B Creator Programs Are');
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      document.getElementById('cdn')?.remove();
    }
  });
});
