// The static site as readers and bloggers meet it, built from the official feed by
// tests/server/site-routes.js (served at /__site/, its CDN files beside it): axe on every kind
// of page, zero layout shift on every section page, and the embeds in a blogger's post
// (tests/pages/site/host.html, which inserts each embed from its oEmbed response, embed.js
// included), sized to their content within 1 px through changes of language and width, in both
// message protocols, and deaf to another origin's forged heights.
import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {catalog} from '../../src/i18n/messages.js';
import {statusLabel} from '../../src/feed/statuses.js';

const site = '/__site';
const sectionIds: string[] = [];

/** The test server on its other loopback name: a real cross-origin page. */
const otherOrigin = (() => {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
})();

interface AxeResult {
  violations: {id: string; impact: string; nodes: {target: unknown[]}[]}[];
}
interface AxeWindow extends Window {
  axe?: {run(context: Document): Promise<AxeResult>};
}
interface Received {
  data: unknown;
  origin: string;
  source: MessageEventSource | null;
}
interface HostWindow extends Window {
  received: Received[];
  insertEmbed(
    id: string,
    options?: {query?: string; hash?: string},
  ): Promise<{frame: HTMLIFrameElement; oembed: {width: number; height: number; html: string}}>;
}
interface RecordingWindow extends Window {
  shifts: number[];
  widgetEvents: {type: string; target: string}[];
}

const opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

/** Opens `src` in a frame of this window, `width` × `height`; resolves once it has loaded. */
async function open(src: string, width = 1000, height = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.style.cssText = `display:block;border:0;width:${width}px;height:${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = src;
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  return frame;
}

function docOf(frame: HTMLIFrameElement): Document {
  const doc = frame.contentDocument;
  if (!doc) throw new Error(`${frame.src} is not same-origin`);
  return doc;
}

/** Two frames of a window: what changed has been laid out, painted and reported. */
async function frames(win: Window, count = 2) {
  for (let i = 0; i < count; i++)
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Loads axe-core into a document (once). */
async function loadAxe(win: AxeWindow) {
  if (win.axe) return;
  const script = win.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, {once: true});
    script.addEventListener('error', reject, {once: true});
  });
  win.document.head.append(script);
  await loaded;
}

/** axe's violations on a whole document (and the frames in it that have axe), one line each. */
async function violations(win: AxeWindow): Promise<string[]> {
  await loadAxe(win);
  const result = await win.axe!.run(win.document);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).join('; ')}`,
  );
}

/** The text the reader sees in an element's shadow root. */
function shown(el: Element): string {
  return (el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]')?.innerText ?? '').replace(
    /\u00a0/g,
    ' ',
  );
}

before(async function () {
  // The first request builds the site for this origin (seconds; more on a busy machine).
  this.timeout(120000);
  const response = await fetch(`${site}/oembed/sizes.json`);
  expect(response.status).to.equal(200);
  const sizes = (await response.json()) as {embeds: Record<string, unknown>};
  sectionIds.push(...Object.keys(sizes.embeds).filter((id) => id !== 'index' && id !== 'register'));
  expect(sectionIds).to.have.length(22);
});

/** Whether a computed colour (rgb() or color(srgb …)) is a dark one. */
function isDark(colour: string): boolean {
  const numbers = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const [r, g, b] = colour.startsWith('color(') ? numbers.map((n) => n * 255) : numbers;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 80;
}

describe('the site: axe', function () {
  this.timeout(30000);

  it('passes on the home page (the whole index)', async () => {
    const frame = await open(`${site}/`);
    expect(docOf(frame).querySelector('cpi-index')?.shadowRoot).to.not.equal(null);
    expect(await violations(frame.contentWindow as AxeWindow)).to.deep.equal([]);
  });

  it('passes on a section page, light and dark', async () => {
    const frame = await open(`${site}/sections/attribution-and-measurement/`);
    expect(await violations(frame.contentWindow as AxeWindow)).to.deep.equal([]);
    await emulateMedia({colorScheme: 'dark'});
    try {
      const dark = await open(`${site}/sections/foundation/`);
      const card = docOf(dark).querySelector('cpi-section-card')!;
      const surface = getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!);
      expect(isDark(surface.backgroundColor), 'the card is dark').to.equal(true);
      expect(await violations(dark.contentWindow as AxeWindow)).to.deep.equal([]);
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });

  for (const id of ['index', 'attribution-and-measurement', 'register']) {
    it(`passes on the embed page ${id}.html, framed in a post`, async () => {
      const host = await open('/tests/pages/site/host.html', 820);
      const hostWin = host.contentWindow as HostWindow & AxeWindow;
      const {frame} = await hostWin.insertEmbed(id);
      await loadAxe(frame.contentWindow as AxeWindow);
      expect(await violations(hostWin)).to.deep.equal([]);
    });
  }

  it('finds what is wrong where something is (the probe works)', async () => {
    const frame = await open(`${site}/sections/scaling/`);
    const doc = docOf(frame);
    const image = doc.createElement('img');
    image.src = '../og.png';
    doc.querySelector('main')!.append(image);
    const found = await violations(frame.contentWindow as AxeWindow);
    expect(found.join('\n')).to.contain('image-alt');
  });
});

describe('the site: section pages keep still', function () {
  this.timeout(60000);

  /** Resolves when both elements have taken over and refreshed (events recorded from the start). */
  async function refreshed(win: RecordingWindow) {
    const loaded = (tag: string) =>
      win.widgetEvents.some((e) => e.type === 'cpi-feed-load' && e.target === tag);
    await waitUntil(
      () => loaded('cpi-section-card') && loaded('cpi-register-cta'),
      'both elements to load the feed',
      {timeout: 10000},
    );
    for (const el of win.document.querySelectorAll('cpi-section-card, cpi-register-cta'))
      await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
    await frames(win);
  }

  it('every section page shows no layout shift from its start to the refreshed feed', async () => {
    const shifted: Record<string, number[]> = {};
    for (const id of sectionIds) {
      const frame = await open(`${site}/sections/${id}/?record`);
      const win = frame.contentWindow as RecordingWindow;
      await refreshed(win);
      expect(win.widgetEvents.filter((e) => e.type === 'cpi-feed-error')).to.deep.equal([]);
      if (win.shifts.length) shifted[id] = win.shifts;
      frame.remove();
    }
    expect(shifted).to.deep.equal({});
  });

  it('nor on a phone-sized screen', async () => {
    for (const id of ['foundation', 'attribution-and-measurement']) {
      const frame = await open(`${site}/sections/${id}/?record`, 375, 700);
      const win = frame.contentWindow as RecordingWindow;
      await refreshed(win);
      expect(win.shifts, id).to.deep.equal([]);
    }
  });

  it('sees a shift where there is one (the probe works)', async () => {
    const frame = await open(`${site}/sections/scaling/?record`);
    const win = frame.contentWindow as RecordingWindow;
    await refreshed(win);
    const pushed = win.document.createElement('div');
    pushed.style.height = '120px';
    win.document.querySelector('main')!.prepend(pushed);
    await waitUntil(() => win.shifts.length > 0, 'a layout shift', {timeout: 3000});
  });
});

describe('the site: embeds in a post', function () {
  this.timeout(30000);

  const kinds = {
    index: {tag: 'cpi-index', german: catalog.de.sectionsFigure},
    'attribution-and-measurement': {tag: 'cpi-section-card', german: statusLabel('live', 'de')},
    register: {tag: 'cpi-register-cta', german: undefined},
  } as const;

  async function post(width = 820) {
    const host = await open('/tests/pages/site/host.html', width + 40, 900);
    return host.contentWindow as HostWindow;
  }

  /** Gives the frame a width (the snippet's style caps it at the oEmbed width). */
  function setWidth(frame: HTMLIFrameElement, px: number) {
    frame.style.maxWidth = 'none';
    frame.style.width = `${px}px`;
  }

  /** The embed page's content height, measured in the embed's own document. */
  const contentHeight = (frame: HTMLIFrameElement) =>
    Math.ceil(docOf(frame).documentElement.getBoundingClientRect().height);
  const viewport = (frame: HTMLIFrameElement) => frame.contentWindow?.innerHeight ?? NaN;

  /** Waits until the frame's viewport is its content's height within 1 px (or fails, saying both). */
  async function sizedToContent(frame: HTMLIFrameElement, what: string) {
    try {
      await waitUntil(() => Math.abs(viewport(frame) - contentHeight(frame)) <= 1, what, {
        timeout: 8000,
      });
    } catch {
      expect(viewport(frame), `${what}: the frame's height`).to.be.closeTo(contentHeight(frame), 1);
    }
    const root = docOf(frame).documentElement;
    expect(root.scrollHeight, `${what}: nothing left to scroll`).to.be.at.most(viewport(frame) + 1);
    expect(root.scrollWidth, `${what}: nothing wider than the frame`).to.be.at.most(
      root.clientWidth,
    );
  }

  /** Waits for the element in the embed to be upgraded and to have loaded the feed. */
  async function upgraded(frame: HTMLIFrameElement, tag: string) {
    const win = frame.contentWindow as Window & typeof globalThis;
    await waitUntil(() => win.customElements.get(tag), `${tag} to be defined`, {timeout: 8000});
    const el = docOf(frame).querySelector(tag) as Element & {updateComplete: Promise<unknown>};
    await el.updateComplete;
    return el;
  }

  for (const [id, {tag, german}] of Object.entries(kinds)) {
    it(`${id}: sized to its content at 800 px, at 280 px and in German`, async () => {
      const host = await post(800);
      const {frame} = await host.insertEmbed(id);
      setWidth(frame, 800);
      await upgraded(frame, tag);
      await sizedToContent(frame, '800 px wide');
      const wide = viewport(frame);

      setWidth(frame, 280);
      if (id === 'index') {
        // At 280 px the whole index is one column of 22 cards: its content, or embed.js's cap
        // of 12,000 px beyond which the frame scrolls.
        await waitUntil(
          () => Math.abs(viewport(frame) - Math.min(contentHeight(frame), 12000)) <= 1,
          'the index at its height or its cap',
          {timeout: 8000},
        );
        expect(viewport(frame), 'taller when narrower').to.be.greaterThan(wide);
        setWidth(frame, 600);
        await sizedToContent(frame, '600 px wide');
      } else {
        await sizedToContent(frame, '280 px wide');
        expect(viewport(frame), 'taller when narrower').to.be.greaterThan(wide);
      }

      const reloaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, {once: true}),
      );
      frame.src = `${frame.src.split('?')[0]}?lang=de`;
      await reloaded;
      const el = await upgraded(frame, tag);
      expect(el.getAttribute('lang')).to.equal('de');
      if (german)
        await waitUntil(() => shown(el).includes(german), `${id} to speak German`, {
          timeout: 10000,
        });
      await sizedToContent(frame, 'in German');
    });
  }

  it('takes theme, partner and heading level from the query', async () => {
    const host = await post();
    const {frame} = await host.insertEmbed('attribution-and-measurement', {
      query: '?theme=dark&partner=acme&heading-level=4',
    });
    const el = await upgraded(frame, 'cpi-section-card');
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('h4'), 'the title at level 4', {timeout: 10000});
    const card = root.querySelector('[part="card"]')!;
    expect(isDark(getComputedStyle(card).backgroundColor), 'a dark card').to.equal(true);
    const link = root.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(new URL(link.href).searchParams.get('utm_source')).to.equal('acme');
    expect(getComputedStyle(docOf(frame).body).backgroundColor, 'no background').to.equal(
      'rgba(0, 0, 0, 0)',
    );
    await sizedToContent(frame, 'dark, level 4');
  });

  it("posts WordPress's height with the secret, and ours, each the content's height", async () => {
    const host = await post();
    const {frame} = await host.insertEmbed('attribution-and-measurement', {hash: '#?secret=abc'});
    setWidth(frame, 500);
    await upgraded(frame, 'cpi-section-card');
    await sizedToContent(frame, '500 px wide');
    const height = contentHeight(frame);
    const from = () => host.received.filter((m) => m.source === frame.contentWindow);
    const wordPress = () =>
      from()
        .map((m) => m.data as Record<string, unknown>)
        .filter((d) => d.message === 'height');
    await waitUntil(
      () => wordPress().some((d) => Math.abs((d.value as number) - height) <= 1),
      "WordPress's height message",
      {timeout: 10000},
    );
    expect(wordPress().every((d) => d.secret === 'abc' && Object.keys(d).length === 3)).to.equal(
      true,
    );
    const ours = from()
      .map((m) => m.data as Record<string, unknown>)
      .filter((d) => d.type === 'cpi-embed-height');
    expect(ours.at(-1)).to.deep.equal({
      type: 'cpi-embed-height',
      height: ours.at(-1)!.height,
      id: 'attribution-and-measurement',
    });
    expect(ours.at(-1)!.height).to.be.closeTo(height, 1);
  });

  it('reports the same height from a frame sandboxed as WordPress frames it', async () => {
    const host = await post();
    const {frame} = await host.insertEmbed('register');
    setWidth(frame, 500);
    await upgraded(frame, 'cpi-register-cta');
    await sizedToContent(frame, 'the unsandboxed frame');
    const height = contentHeight(frame);
    const sandboxed = host.document.createElement('iframe');
    sandboxed.setAttribute('sandbox', 'allow-scripts');
    sandboxed.title = 'Sandboxed embed';
    sandboxed.style.cssText = 'display:block;border:0;width:500px;height:200px';
    sandboxed.src = `${frame.src}#?secret=Wp12345678`;
    host.document.getElementById('post')!.append(sandboxed);
    await waitUntil(
      () =>
        host.received.some(
          (m) =>
            m.source === sandboxed.contentWindow &&
            m.origin === 'null' &&
            (m.data as Record<string, unknown>).secret === 'Wp12345678',
        ),
      "the sandboxed frame's WordPress message",
      {timeout: 10000},
    );
    const last = host.received
      .filter((m) => m.source === sandboxed.contentWindow)
      .map((m) => m.data as Record<string, unknown>)
      .filter((d) => d.message === 'height')
      .at(-1)!;
    expect(last.value).to.be.closeTo(height, 1);
  });

  it('ignores forged heights from a page of another origin', async () => {
    const host = await post();
    const {frame} = await host.insertEmbed('attribution-and-measurement');
    await upgraded(frame, 'cpi-section-card');
    await sizedToContent(frame, 'before the forgery');
    const before = frame.style.height;
    const forger = host.document.createElement('iframe');
    forger.title = 'Another origin';
    forger.src = `${otherOrigin}/tests/pages/site/forger.html?id=attribution-and-measurement`;
    host.document.getElementById('post')!.append(forger);
    await waitUntil(
      () =>
        host.received.some((m) => (m.data as Record<string, unknown>).type === 'test-forger-done'),
      'the forger to finish',
      {timeout: 10000},
    );
    expect(
      host.received.some(
        (m) => m.origin === otherOrigin && (m.data as {height?: number}).height === 4321,
      ),
      'the forged message arrived',
    ).to.equal(true);
    expect(frame.style.height).to.equal(before);
    expect(forger.style.height).to.equal('');
    await sizedToContent(frame, 'after the forgery');
  });

  it("gives each embed's oEmbed height at least its content's, and at most a little more", async () => {
    const host = await post();
    const report: string[] = [];
    for (const id of ['index', 'register', ...sectionIds]) {
      const {frame, oembed} = await host.insertEmbed(id);
      setWidth(frame, oembed.width);
      const tag =
        id === 'index' ? 'cpi-index' : id === 'register' ? 'cpi-register-cta' : 'cpi-section-card';
      await upgraded(frame, tag);
      await sizedToContent(frame, `${id} at ${oembed.width} px`);
      const measured = contentHeight(frame);
      const over = oembed.height - measured;
      if (over < 0 || over > Math.max(48, measured * 0.25))
        report.push(`${id}: oEmbed ${oembed.height}, measured ${measured}`);
      frame.remove();
    }
    expect(report).to.deep.equal([]);
  });
});
