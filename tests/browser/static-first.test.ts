// The static snippet (server-rendered, declarative shadow root) on a bare partner page: complete
// on its first frame, taken over by the script without a visible change, zero layout shift in
// every case, and whole without JavaScript. Pages come from tests/server/snippet-routes.js.
import {expect, waitUntil} from '@open-wc/testing';
import {seedLines} from './helpers.js';

interface PartnerWindow extends Window {
  shifts: number[];
  /** What moved in each shift, for the failure message. */
  shiftSources: string[];
}

/** No layout shift on the page; a failure names what moved, when, from where to where. */
function expectNoShift(win: PartnerWindow) {
  expect(win.shifts, `shifts: ${win.shiftSources.join('; ')}`).to.deep.equal([]);
}

const elements = {index: 'cpi-index', card: 'cpi-section-card', cta: 'cpi-register-cta'} as const;
type Kind = keyof typeof elements;

/** Opens a partner page in a frame; `scripts: false` opens it with JavaScript disabled. */
async function openPage(query: string, {scripts = true} = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display:block;width:1000px;height:800px;border:0';
  // A sandbox without allow-scripts is a page with JavaScript turned off.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/__static?${query}`;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow as PartnerWindow, doc: frame.contentDocument!};
}

/** The text a reader sees in an element's shadow root, line by line. */
function lines(el: Element): string[] {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  return base.innerText
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Two frames of a window: what changed has been laid out, painted and reported. */
async function frames(win: Window, count = 2) {
  for (let i = 0; i < count; i++)
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

interface WidgetEvent {
  type: string;
  target: string;
  url?: string;
}

/**
 * Resolves when the element has settled on what it shows after its refresh: the page records
 * every widget event from its start (tests/server/snippet-routes.js), so none is missed.
 */
async function refreshed(el: Element, type: 'cpi-feed-load' | 'cpi-feed-error') {
  const win = el.ownerDocument.defaultView as unknown as {widgetEvents: WidgetEvent[]};
  let found: WidgetEvent | undefined;
  await waitUntil(
    () => (found = win.widgetEvents.find((e) => e.type === type && e.target === el.localName)),
    `${type} from ${el.localName}`,
    {timeout: 10000},
  );
  await (el as Element & {updateComplete?: Promise<unknown>}).updateComplete;
  return found!;
}

describe('the static snippet, with JavaScript', function () {
  this.timeout(20000);

  it('is taken over without a frame that lacks the content, and then behaves like any element', async () => {
    const {frame, win, doc} = await openPage(
      'element=index&partner=acme&script=/__delay/600/dist/cdn/cpi.js',
    );
    const el = doc.querySelector('cpi-index')!;
    // Before the script: the whole index is there, from the HTML alone.
    expect(el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
    expect(lines(el)).to.deep.equal(await seedLines());
    const watched: boolean[] = [];
    let watching = true;
    const title = () => el.shadowRoot?.querySelector('[part="title"]')?.textContent;
    const watch = () => {
      const cards = el.shadowRoot?.querySelectorAll('[part="card"]').length;
      watched.push(title() === 'The Creator Program Index' && cards === 22);
      if (watching) win.requestAnimationFrame(watch);
    };
    win.requestAnimationFrame(watch);
    await refreshed(el, 'cpi-feed-load');
    await frames(win, 3);
    watching = false;
    expect(watched.length, 'frames watched').to.be.greaterThan(5);
    expect(watched.every(Boolean), 'every frame showed the index').to.equal(true);
    expect(lines(el)).to.deep.equal(await seedLines());
    // The script's own element now: a click announces itself with the partner's link.
    const clicks: Event[] = [];
    doc.addEventListener('cpi-register-click', (event) => {
      clicks.push(event);
      event.preventDefault();
    });
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.click();
    expect(clicks).to.have.length(1);
    expect((clicks[0] as Event & {href: string}).href).to.contain('utm_source=acme');
    expectNoShift(win);
    frame.remove();
  });

  it('renders in the page’s language and theme after the take-over, as an element of its own would', async () => {
    const {frame, doc} = await openPage('element=card&section=scaling');
    const card = doc.querySelector('cpi-section-card')!;
    await refreshed(card, 'cpi-feed-load');
    doc.documentElement.lang = 'de';
    await waitUntil(() => lines(card).includes('Demnächst'), 'the card to speak German');
    frame.remove();
  });

  const cases: Record<string, string> = {
    'a fast network': '',
    'the script 2 s late': 'script=/__delay/2000/dist/cdn/cpi.js',
    'the feed 2 s late': 'src=/__delay/2000/dist/cdn/feed.json',
  };
  for (const kind of Object.keys(elements) as Kind[]) {
    const section = kind === 'card' ? '&section=attribution-and-measurement' : '';
    for (const [name, query] of Object.entries(cases)) {
      it(`keeps the layout still with ${name} (${elements[kind]})`, async () => {
        const {frame, win, doc} = await openPage(`element=${kind}${section}&${query}`);
        const el = doc.querySelector(elements[kind])!;
        await refreshed(el, 'cpi-feed-load');
        await frames(win);
        expectNoShift(win);
        frame.remove();
      });
    }

    it(`keeps its content, with its age, when the feed fails for good (${elements[kind]})`, async () => {
      const hour = 3600_000;
      const {frame, win, doc} = await openPage(
        `element=${kind}${section}&src=/__fail/feed.json&fetchedAt=${Date.now() - 2 * hour}`,
      );
      const el = doc.querySelector(elements[kind])!;
      const before = lines(el);
      await refreshed(el, 'cpi-feed-error');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'the age note');
      await frames(win);
      expect(lines(el).join(' ')).to.contain('Showing the copy from 2 hours ago');
      for (const line of before) expect(lines(el)).to.include(line);
      expectNoShift(win);
      frame.remove();
    });
  }

  it('updates only the card that changed when the feed has changed since the snippet was made', async () => {
    const {frame, win, doc} = await openPage('element=index&old=attribution-and-measurement');
    const el = doc.querySelector('cpi-index')!;
    const card = () =>
      [...el.shadowRoot!.querySelectorAll('[part="card"]')].find((c) =>
        c.textContent!.includes('Attribution and Measurement'),
      )!;
    expect(card().textContent).to.contain('Intelligence being compiled');
    const others = () =>
      [...el.shadowRoot!.querySelectorAll('[part="card"]')]
        .filter((c) => c !== card())
        .map((c) => c.getBoundingClientRect().top);
    const positions = others();
    await refreshed(el, 'cpi-feed-load');
    await frames(win);
    expect(card().textContent).to.contain('23 conversations');
    expect(others()).to.deep.equal(positions);
    expectNoShift(win);
    frame.remove();
  });

  for (const kind of Object.keys(elements) as Kind[]) {
    const section = kind === 'card' ? '&section=scaling' : '';
    it(`keeps the server’s DOM when the fresh feed is the one it was made from (${elements[kind]})`, async () => {
      const {frame, win, doc} = await openPage(`element=${kind}${section}`);
      const el = doc.querySelector(elements[kind])!;
      const nodes = [...el.shadowRoot!.querySelectorAll('*')];
      expect(nodes.length).to.be.greaterThan(5);
      await refreshed(el, 'cpi-feed-load');
      await frames(win);
      expect(
        nodes.filter((node) => !node.isConnected).map((node) => node.localName),
        'server elements replaced',
      ).to.deep.equal([]);
      expect(lines(el).length).to.be.greaterThan(2);
      frame.remove();
    });
  }

  it('renders over the server’s DOM when an attribute changes after the take-over', async () => {
    const {frame, doc} = await openPage('element=cta&partner=acme');
    const el = doc.querySelector('cpi-register-cta')!;
    await refreshed(el, 'cpi-feed-load');
    const button = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
    expect(button().href).to.contain('utm_source=acme');
    el.setAttribute('partner', 'globex');
    await waitUntil(() => button().href.includes('utm_source=globex'), 'the new partner’s link');
    frame.remove();
  });

  it('sees a shift where there is one (the probe works)', async () => {
    const {frame, win, doc} = await openPage('element=card&section=scaling&script=none');
    await frames(win);
    const pushed = doc.createElement('div');
    pushed.textContent = 'Pushed';
    pushed.style.height = '200px';
    doc.body.prepend(pushed);
    await waitUntil(() => win.shifts.length > 0, 'a layout shift to be reported', {timeout: 3000});
    expect(win.shifts.reduce((a, b) => a + b, 0)).to.be.greaterThan(0);
    frame.remove();
  });
});

describe('the static snippet, without JavaScript', () => {
  it('shows the whole index, with plain working links and its structure for search engines', async () => {
    const {frame, doc} = await openPage('element=index', {scripts: false});
    const el = doc.querySelector('cpi-index')!;
    expect(lines(el)).to.deep.equal(await seedLines());
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
    // The header's register link, the live card's, the register block's button.
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/dist/cdn/register.html',
      '/dist/cdn/register.html',
      '/dist/cdn/register.html',
    ]);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).to.equal('ItemList');
    expect(ld.itemListElement).to.have.length(22);
    expect(ld.itemListElement[1]).to.include({
      '@type': 'ListItem',
      position: 2,
      name: 'Attribution and Measurement',
    });
    frame.remove();
  });

  for (const kind of ['card', 'cta'] as const) {
    it(`shows the whole ${elements[kind]}`, async () => {
      const section = kind === 'card' ? '&section=attribution-and-measurement' : '';
      const {frame, doc} = await openPage(`element=${kind}${section}`, {scripts: false});
      const seed = await seedLines();
      const shown = lines(doc.querySelector(elements[kind])!);
      const first = seed.indexOf(shown[0]);
      expect(first).to.be.greaterThan(-1);
      expect(shown).to.deep.equal(seed.slice(first, first + shown.length));
      expect(shown.length).to.equal(kind === 'card' ? 4 : 4);
      frame.remove();
    });
  }
});

describe('what cpi-feed snippet prints, pasted into a bare page', () => {
  it('renders the whole index, and the script beside it at /cdn/ takes it over', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'display:block;width:1000px;height:800px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const args = JSON.stringify(['snippet', 'index', '--cdn', '/cdn/']);
    frame.src = `/__pasted?args=${encodeURIComponent(args)}`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(doc.body.dataset.exitCode).to.equal('0');
    const el = doc.querySelector('cpi-index')!;
    expect(lines(el)).to.deep.equal(await seedLines());
    const event = await refreshed(el, 'cpi-feed-load');
    expect(event.url).to.equal(new URL('/cdn/feed.json', location.href).href);
    expect(lines(el)).to.deep.equal(await seedLines());
    frame.remove();
  });
});

describe('a pinned snippet (cpi-feed snippet --pin)', () => {
  it('loads the release’s own script, checked by its integrity, and the latest feed', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'display:block;width:1000px;height:800px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const args = ['snippet', 'card', '--section', 'scaling', '--cdn', '/cdn/', '--pin'];
    frame.src = `/__pasted?args=${encodeURIComponent(JSON.stringify(args))}`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(doc.body.dataset.exitCode).to.equal('0');
    const script = doc.querySelector<HTMLScriptElement>('script[type="module"]')!;
    expect(script.getAttribute('src')).to.match(/^\/cdn\/\d+\.\d+\.\d+[^/]*\/cpi\.js$/);
    expect(script.integrity).to.match(/^sha384-/);
    expect(script.crossOrigin).to.equal('anonymous');
    const card = doc.querySelector('cpi-section-card')!;
    const event = await refreshed(card, 'cpi-feed-load');
    expect(event.url).to.equal(new URL('/cdn/feed.json', location.href).href);
    frame.remove();
  });
});
