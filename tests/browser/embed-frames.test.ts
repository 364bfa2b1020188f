import {expect, waitUntil} from '@open-wc/testing';
// embed.js runs on import: this window is the parent page of every frame below. Its message
// listener is added before the test's own (imports run first), so when the test has seen a
// message, embed.js has handled it.
import {embedsBase, isEmbedFrame} from '../../src/embed/embed.js';
import {embedId, reportHeight, wordPressSecret} from '../../src/embed/frame-height.js';
import {MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT} from '../../src/embed/protocol.js';

const pages = '/tests/pages/embed';
/** The child page's body keeps its default margins: 8 px above and below the box. */
const margins = 16;

/** The test server on its other loopback name: a real cross-origin frame. */
const otherOrigin = (() => {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
})();

/** Every message this window receives, in order. */
const received: MessageEvent[] = [];
window.addEventListener('message', (event) => received.push(event));

const opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

/** Frames `src` (an embed unless `marked` is false), 150 px high at first; resolves once loaded. */
async function openFrame(
  src: string,
  {width = 416, marked = true, style = ''} = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (marked) frame.setAttribute('data-cpi-embed', '');
  frame.title = 'Embed under test';
  frame.style.cssText = `display:block;border:0;width:${width}px;height:150px;${style}`;
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  return frame;
}

function childDocument(frame: HTMLIFrameElement): Document {
  const doc = frame.contentDocument;
  if (!doc) throw new Error('the frame is not same-origin');
  return doc;
}

function setBoxHeight(frame: HTMLIFrameElement, px: number) {
  childDocument(frame).getElementById('box')!.style.height = `${px}px`;
}

/** The height of the frame's viewport: what the embed page has to show its content in. */
const viewportHeight = (frame: HTMLIFrameElement) => frame.contentWindow?.innerHeight ?? Number.NaN;

/** Waits until `measure()` is within 1 px of `expected`; fails with the last value if it never is. */
async function expectSoon(measure: () => number, expected: number, what: string) {
  try {
    await waitUntil(() => Math.abs(measure() - expected) <= 1, what, {timeout: 5000});
  } catch {
    expect(measure(), what).to.be.closeTo(expected, 1);
  }
}

/** Waits for a message from `source` (received after index `after`) that passes `test`. */
async function messageFrom(
  source: MessageEventSource | null,
  test: (data: Record<string, unknown>) => boolean,
  what: string,
  after = 0,
): Promise<Record<string, unknown>> {
  const find = () =>
    received
      .slice(after)
      .find(
        (event) =>
          event.source === source &&
          typeof event.data === 'object' &&
          event.data !== null &&
          test(event.data),
      );
  await waitUntil(find, `a message from the frame: ${what}`, {timeout: 5000});
  return find()!.data;
}

const ours = (height?: number) => (data: Record<string, unknown>) =>
  data.type === 'cpi-embed-height' && (height === undefined || data.height === height);

/** Lets the frame render twice: its ResizeObservers have then seen the current layout. */
function twoFrames(win: Window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())),
  );
}

describe('embed frames: the frame reports its height, embed.js sizes the iframe', () => {
  it('fits the content as it grows and as it shrinks (body margins included)', async () => {
    const frame = await openFrame(`${pages}/child.html?h=300`);
    await expectSoon(() => viewportHeight(frame), 300 + margins, 'the first height');
    setBoxHeight(frame, 600);
    await expectSoon(() => viewportHeight(frame), 600 + margins, 'after the content grew');
    setBoxHeight(frame, 100);
    await expectSoon(() => viewportHeight(frame), 100 + margins, 'after the content shrank');
    const root = childDocument(frame).documentElement;
    expect(root.scrollHeight, 'nothing left to scroll').to.be.at.most(viewportHeight(frame) + 1);
  });

  it('follows the content when the iframe gets wider or narrower (content reflows)', async () => {
    // The box is half as high as it is wide: (frame width - 16) / 2 + 16.
    const frame = await openFrame(`${pages}/child.html?mode=ratio`, {width: 416});
    await expectSoon(() => viewportHeight(frame), 200 + margins, 'at 416 px wide');
    frame.style.width = '616px';
    await expectSoon(() => viewportHeight(frame), 300 + margins, 'at 616 px wide');
    frame.style.width = '216px';
    await expectSoon(() => viewportHeight(frame), 100 + margins, 'at 216 px wide');
  });

  it('sizes a cross-origin embed, and follows its changes', async () => {
    const frame = await openFrame(`${otherOrigin}${pages}/child.html?h=300`);
    expect(frame.contentDocument, 'the frame is cross-origin').to.equal(null);
    await expectSoon(() => frame.clientHeight, 300 + margins, 'the first height');
    frame.contentWindow!.postMessage({type: 'test-set-height', height: 180}, otherOrigin);
    await expectSoon(() => frame.clientHeight, 180 + margins, 'after the content shrank');
  });

  it("gives a border-box iframe with borders and padding a viewport of the content's height", async () => {
    const frame = await openFrame(`${pages}/child.html?h=300`, {
      style: 'box-sizing:border-box;border:4px solid;padding:3px',
    });
    await expectSoon(() => viewportHeight(frame), 300 + margins, 'the viewport');
    expect(frame.style.height).to.equal(`${300 + margins + 14}px`);
  });

  it(`clamps the height to ${MIN_FRAME_HEIGHT}–${MAX_FRAME_HEIGHT} px`, async () => {
    const small = await openFrame(`${pages}/child.html?h=20`);
    await messageFrom(small.contentWindow, ours(20 + margins), 'its small height');
    expect(viewportHeight(small)).to.equal(MIN_FRAME_HEIGHT);
    const tall = await openFrame(`${pages}/child.html?h=14000`);
    await messageFrom(tall.contentWindow, ours(14000 + margins), 'its tall height');
    expect(viewportHeight(tall)).to.equal(MAX_FRAME_HEIGHT);
  });

  it('leaves an iframe without data-cpi-embed alone, and sizes it once it is marked', async () => {
    const frame = await openFrame(`${pages}/child.html?h=300`, {marked: false});
    await messageFrom(frame.contentWindow, ours(300 + margins), 'its height');
    expect(frame.style.height).to.equal('150px');
    frame.setAttribute('data-cpi-embed', '');
    await expectSoon(() => viewportHeight(frame), 300 + margins, 'once marked');
  });

  it('asks for the height of an embed that reported it before embed.js ran', async () => {
    const page = await openFrame(`${pages}/parent-late.html`, {marked: false, width: 600});
    const win = page.contentWindow as Window & {embedLoaded?: boolean};
    await waitUntil(() => win.embedLoaded, 'embed.js to load late', {timeout: 5000});
    const embed = childDocument(page).querySelector('iframe')!;
    await expectSoon(() => viewportHeight(embed), 250 + margins, 'the embed framed first');
  });

  it('on a strict page, loaded twice: one listener, no violation, the markup iframe sized', async () => {
    const page = await openFrame(`${pages}/parent.html`, {marked: false, width: 600});
    const win = page.contentWindow as Window & {
      messageListeners: number;
      violations: string[];
      pageErrors: string[];
    };
    const embed = childDocument(page).querySelector('iframe')!;
    await expectSoon(() => viewportHeight(embed), 250 + margins, 'the iframe in the markup');
    expect(embed.style.height).to.equal(`${250 + margins}px`);
    expect(win.messageListeners, 'message listeners on the page').to.equal(1);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});

describe('embed frames: the messages', () => {
  it("posts WordPress's message, with the secret, when the URL has #?secret=", async () => {
    const after = received.length;
    const frame = await openFrame(
      `${pages}/child.html?h=120&embed=attribution-and-measurement#?secret=abc`,
    );
    const wordPress = await messageFrom(
      frame.contentWindow,
      (data) => data.message === 'height',
      "WordPress's height",
      after,
    );
    expect(wordPress).to.deep.equal({message: 'height', value: 120 + margins, secret: 'abc'});
    const own = await messageFrom(frame.contentWindow, ours(), 'our height', after);
    expect(own).to.deep.equal({
      type: 'cpi-embed-height',
      height: 120 + margins,
      id: 'attribution-and-measurement',
    });
    // WordPress's parent says it is ready: the frame answers with its height again.
    const before = received.length;
    frame.contentWindow!.postMessage({message: 'ready', secret: 'abc'}, location.origin);
    const again = await messageFrom(
      frame.contentWindow,
      (data) => data.message === 'height',
      "WordPress's height again",
      before,
    );
    expect(again).to.deep.equal({message: 'height', value: 120 + margins, secret: 'abc'});
  });

  it("posts only our message without a secret (id from the page's file name)", async () => {
    // Not marked as an embed: embed.js leaves it alone and asks it nothing.
    const after = received.length;
    const frame = await openFrame(`${pages}/child.html?h=120`, {marked: false});
    const own = await messageFrom(frame.contentWindow, ours(), 'our height', after);
    expect(own).to.deep.equal({type: 'cpi-embed-height', height: 120 + margins, id: 'child'});
    // Asked again, the frame posts again: anything it posts with its height has arrived by then.
    const before = received.length;
    frame.contentWindow!.postMessage({type: 'cpi-embed-request-height'}, location.origin);
    await messageFrom(frame.contentWindow, ours(), 'our height again', before);
    const fromFrame = received
      .slice(after)
      .filter((event) => event.source === frame.contentWindow)
      .map((event) => event.data as Record<string, unknown>);
    expect(fromFrame.filter((data) => 'message' in data)).to.deep.equal([]);
    expect(fromFrame.filter(ours())).to.have.length(2);
  });

  it('posts integer heights rounded up, and only when the height changed', async () => {
    // Not marked as an embed: embed.js leaves it alone and asks it nothing (asked, a frame posts
    // its height even when unchanged).
    const after = received.length;
    const frame = await openFrame(`${pages}/child.html?h=120`, {marked: false});
    await messageFrom(frame.contentWindow, ours(136), '136', after);
    setBoxHeight(frame, 120.2);
    await messageFrom(frame.contentWindow, ours(137), '136.2 rounded up', after);
    setBoxHeight(frame, 120.4); // still 137 px once rounded up: nothing to post
    await twoFrames(frame.contentWindow!);
    setBoxHeight(frame, 130);
    await messageFrom(frame.contentWindow, ours(146), '146', after);
    const heights = received
      .slice(after)
      .filter((event) => event.source === frame.contentWindow && ours()(event.data))
      .map((event) => event.data.height);
    expect(heights).to.deep.equal([136, 137, 146]);
  });

  it('posts nothing when the page is not in a frame', async () => {
    expect(window.parent).to.equal(window);
    const posted: unknown[] = [];
    const original = window.postMessage;
    window.postMessage = ((message: unknown) => posted.push(message)) as typeof window.postMessage;
    try {
      const stop = reportHeight();
      await twoFrames(window);
      await document.fonts.ready;
      stop();
    } finally {
      window.postMessage = original;
    }
    expect(posted).to.deep.equal([]);
  });

  it('makes links open in the top window unless the page has a base target', async () => {
    const frame = await openFrame(`${pages}/child.html?h=120`);
    const bases = [...childDocument(frame).querySelectorAll('base')].map((base) => base.target);
    expect(bases).to.deep.equal(['_top']);
    expect(childDocument(frame).head.firstElementChild?.localName).to.equal('base');
    const own = await openFrame(`${pages}/child.html?h=120&ownbase=1`);
    const ownBases = [...childDocument(own).querySelectorAll('base')].map((base) => base.target);
    expect(ownBases).to.deep.equal(['_self']);
  });
});

describe('embed frames: forged messages change nothing', () => {
  async function sizedEmbed(): Promise<HTMLIFrameElement> {
    const frame = await openFrame(`${pages}/child.html?h=300`);
    await expectSoon(() => viewportHeight(frame), 300 + margins, 'the embed');
    return frame;
  }

  it('a height message posted by the parent window itself', async () => {
    const frame = await sizedEmbed();
    const after = received.length;
    window.postMessage({type: 'cpi-embed-height', height: 9999, id: 'child'}, '*');
    window.postMessage({type: 'test-sentinel'}, '*');
    await messageFrom(window, (data) => data.type === 'test-sentinel', 'the sentinel', after);
    expect(frame.style.height).to.equal(`${300 + margins}px`);
  });

  it('a height message from a second iframe of another origin', async () => {
    const frame = await sizedEmbed();
    const forger = await openFrame(`${otherOrigin}${pages}/forger.html`, {marked: false});
    await messageFrom(forger.contentWindow, (data) => data.type === 'test-forger-done', 'done');
    expect(frame.style.height).to.equal(`${300 + margins}px`);
    expect(forger.style.height).to.equal('150px');
  });

  it('a height message from another origin the embed frame navigated to', async () => {
    const frame = await sizedEmbed();
    const win = frame.contentWindow!;
    const after = received.length;
    win.location.href = `${otherOrigin}${pages}/forger.html`;
    const done = await messageFrom(win, (data) => data.type === 'test-forger-done', 'done', after);
    expect(done).to.deep.equal({type: 'test-forger-done'});
    const forged = received
      .slice(after)
      .find((event) => event.source === win && ours(9999)(event.data));
    expect(forged?.origin, 'the forged message came through the same window').to.equal(otherOrigin);
    expect(frame.style.height).to.equal(`${300 + margins}px`);
  });

  it('malformed heights from the embed itself', async () => {
    const frame = await sizedEmbed();
    for (const payload of [
      {type: 'cpi-embed-height', height: '9999', id: 'child'},
      {type: 'cpi-embed-height', height: Number.POSITIVE_INFINITY, id: 'child'},
      {type: 'cpi-embed-height', height: Number.NaN, id: 'child'},
      {type: 'cpi-embed-height', id: 'child'},
    ]) {
      const after = received.length;
      frame.contentWindow!.postMessage({type: 'test-echo', payload}, location.origin);
      await messageFrom(
        frame.contentWindow,
        (data) => data.type === 'test-echo-done',
        'echo',
        after,
      );
      expect(frame.style.height, JSON.stringify(payload)).to.equal(`${300 + margins}px`);
    }
  });
});

describe('embed frames: helpers', () => {
  it('embedId: the embed query parameter, else the file name', () => {
    const base = 'https://example.com/embed/';
    expect(embedId(`${base}attribution-and-measurement.html`)).to.equal(
      'attribution-and-measurement',
    );
    expect(embedId(`${base}register.html?theme=dark`)).to.equal('register');
    expect(embedId(base)).to.equal('index');
    expect(embedId(`${base}index.html?embed=foundation#?secret=abc`)).to.equal('foundation');
  });

  it("wordPressSecret: WordPress's #?secret=, letters and digits only", () => {
    expect(wordPressSecret('#?secret=Ab12Cd34Ef')).to.equal('Ab12Cd34Ef');
    expect(wordPressSecret('#top#?secret=abc')).to.equal('abc');
    expect(wordPressSecret('#?secret=a"b')).to.equal(undefined);
    expect(wordPressSecret('#?other=abc')).to.equal(undefined);
    expect(wordPressSecret('')).to.equal(undefined);
  });

  it('isEmbedFrame: marked, or with a src under the embed pages beside the script', () => {
    const base = embedsBase('https://cpi.example/site/embed.js');
    expect(base).to.equal('https://cpi.example/site/embed/');
    const frame = document.createElement('iframe');
    frame.src = 'https://cpi.example/site/embed/foundation.html?theme=dark';
    expect(isEmbedFrame(frame, base)).to.equal(true);
    frame.src = 'https://cpi.example/site/other/foundation.html';
    expect(isEmbedFrame(frame, base)).to.equal(false);
    frame.setAttribute('data-cpi-embed', '');
    expect(isEmbedFrame(frame, base)).to.equal(true);
  });
});
