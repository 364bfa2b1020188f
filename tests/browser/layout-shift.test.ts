import {expect, waitUntil} from '@open-wc/testing';

// The page of bench/pages/cls.html: text above, the index with the README's reserved-size
// snippet in the first screen, text below; it sums every layout-shift entry from the start.
interface ShiftWindow extends Window {
  shifts: number[];
}

async function layoutShift(query: string): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display:block;width:1000px;height:700px;border:0';
  frame.src = `/bench/pages/cls.html?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('cpi-index')
        ?.shadowRoot?.querySelector('[aria-busy="false"]'),
    'the index to show content or its error',
    {timeout: 12000},
  );
  // Shifts are reported after the frame that paints them: two frames after the content.
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  }
  const shifts = (frame.contentWindow as ShiftWindow).shifts;
  frame.remove();
  return shifts.reduce((a, b) => a + b, 0);
}

describe('layout shift caused by the widget (with the reserved-size snippet)', function () {
  this.timeout(20000);
  const cases = {
    'everything fast': 'src=/dist/cdn/feed.json',
    'the script delayed 2 s': 'script=/__delay/2000/dist/cdn/cpi.js&src=/dist/cdn/feed.json',
    'the feed delayed 2 s': 'src=/__delay/2000/dist/cdn/feed.json',
    'the feed failing': 'src=/__fail/feed.json',
  };
  for (const [name, query] of Object.entries(cases)) {
    it(`is zero with ${name}`, async () => {
      localStorage.clear();
      expect(await layoutShift(query)).to.equal(0);
    });
  }

  it('is not zero without the snippet when the script is slow (the test can see a shift)', async () => {
    expect(
      await layoutShift(
        'script=/__delay/1000/dist/cdn/cpi.js&src=/dist/cdn/feed.json&unreserved=1',
      ),
    ).to.be.greaterThan(0);
  });
});

describe('layout shift of the script form without reserved size, when the feed fails', function () {
  this.timeout(20000);

  it('keeps the skeleton’s height for the message: the page does not collapse', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'display:block;width:1000px;height:700px;border:0';
    frame.src = '/bench/pages/cls.html?unreserved=1&src=/__delay/500/__fail/feed.json';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const win = frame.contentWindow as ShiftWindow;
    const el = frame.contentDocument!.querySelector('cpi-index')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.card-skeleton'), 'the skeleton');
    // Everything up to the skeleton is the script form's cost without the reserved-size CSS.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const height = el.getBoundingClientRect().height;
    const before = win.shifts.length;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'the error', {
      timeout: 12000,
    });
    for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(win.shifts.slice(before)).to.deep.equal([]);
    frame.remove();
  });
});
