import {expect, waitUntil} from '@open-wc/testing';
import {difference, screenshot} from './screenshots.js';

async function frame(id: string, query: string): Promise<HTMLIFrameElement> {
  const el = document.createElement('iframe');
  el.id = id;
  el.style.cssText = 'display:block;width:800px;height:400px;border:0';
  el.src = `/tests/pages/host.html?${query}`;
  document.body.append(el);
  await waitUntil(() => el.contentDocument?.body?.dataset.ready === 'true', `${id} to render`, {
    timeout: 10000,
  });
  const doc = el.contentDocument!;
  el.style.height = `${doc.documentElement.scrollHeight}px`;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

const cases = [
  ['the index', 'el=cpi-index&sections=foundation,attribution-and-measurement,scaling'],
  ['a section card', 'el=cpi-section-card&section=attribution-and-measurement'],
  ['the register block', 'el=cpi-register-cta'],
  ['the index, dark', 'el=cpi-index&sections=attribution-and-measurement&theme=dark'],
];

describe('isolation from the host page', () => {
  for (const [what, query] of cases) {
    it(`${what} looks the same on a page with hostile global CSS`, async () => {
      const clean = await frame('clean', query);
      const hostile = await frame('hostile', `${query}&hostile=1`);
      expect(clean.style.height).to.equal(hostile.style.height);
      const [a, b] = await Promise.all([screenshot('#clean'), screenshot('#hostile')]);
      const diff = await difference(a.actual, b.actual);
      expect(diff.size).to.match(/^(\d+×\d+) vs \1$/);
      expect(diff.ratio, `share of pixels that differ (${diff.size})`).to.equal(0);
      clean.remove();
      hostile.remove();
    });
  }
});
