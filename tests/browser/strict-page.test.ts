import {expect, waitUntil} from '@open-wc/testing';
import {allLinks} from './hostile.js';

interface StrictWindow extends Window {
  violations: string[];
  pageErrors: string[];
}

/** Opens a test page in an iframe and waits until every widget on it shows content. */
async function openPage(
  path: string,
): Promise<{frame: HTMLIFrameElement; win: StrictWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll('cpi-index, cpi-section-card, cpi-register-cta')];
  await waitUntil(
    () => widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"][aria-busy="false"]')),
    `the widgets on ${path} to render`,
    {timeout: 10000},
  );
  return {frame, win: frame.contentWindow as StrictWindow, doc};
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element with no violation and no error', async () => {
    const response = await fetch('/tests/pages/strict.html');
    expect(response.headers.get('content-security-policy')).to.contain(
      "require-trusted-types-for 'script'; trusted-types lit-html",
    );
    const {frame, win, doc} = await openPage('/tests/pages/strict.html');
    const index = doc.querySelector('cpi-index')!;
    expect(index.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(22);
    expect(doc.querySelector('cpi-status-badge')!.shadowRoot!.textContent).to.contain('Live');
    // The styles apply: constructable stylesheets are not blocked by style-src 'self'.
    const badge = index.shadowRoot!.querySelector('[part="badge"][data-status="live"]')!;
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(11, 107, 79)');
    expect(allLinks(index).every((href) => href.startsWith('http'))).to.equal(true);
    // Violations are reported as events after the frame that caused them.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it("with two copies of the bundle, needs only 'allow-duplicates' for lit-html", async () => {
    const {frame, win, doc} = await openPage('/tests/pages/strict-two-copies.html');
    expect(
      doc.querySelector('cpi-index')!.shadowRoot!.querySelectorAll('[part="card"]'),
    ).to.have.length(22);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });
});
