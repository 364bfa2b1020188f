// What the render page can do, for bench/harness.js (run.js, profile.js, what-if.js): render an
// index from a feed object and wait for the next frame; render a long index to its first frame
// with the tasks it queues held back, then the rest. `window.benchReady` resolves once both
// elements are defined and the feeds are ready: the official feed.json, and a long one
// (`?long=N` sections, the official ones repeated under new ids).
const grid = (el) => el.shadowRoot?.querySelector('[part~="grid"]');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const make = (tag, feed) => {
  const el = document.createElement(tag);
  el.feed = feed;
  document.body.append(el);
  return el;
};

window.bench = {
  frame,
  // Removes the index rendered last if it was rendered as temporary, then waits for a frame and
  // a task after it: the page is idle.
  async settle() {
    window.bench.temporary?.remove();
    window.bench.temporary = undefined;
    await frame();
  },
  // Renders an index and resolves after the next frame. A temporary one is removed at the next
  // settle, outside the measured time.
  async render(tag, name, temporary = false) {
    const el = make(tag, window.feeds[name]);
    await frame();
    if (!grid(el)?.childElementCount) throw new Error(`${tag} did not render`);
    if (temporary) window.bench.temporary = el;
  },
  // Renders a long index up to its first frame. The tasks either element queues meanwhile (the
  // rest of its cards) are held until `rest`, so that what is measured is exactly the work of
  // the first frame; both elements queue theirs with setTimeout.
  async first(tag, name) {
    const real = window.setTimeout;
    const held = [];
    window.setTimeout = (fn, ms, ...args) => (held.push([fn, ms, args]), 0);
    const el = make(tag, window.feeds[name]);
    const painted = await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const n = grid(el)?.childElementCount ?? 0;
        real(() => resolve(n));
      }),
    );
    window.setTimeout = real;
    window.bench.long = {el, held};
    return painted;
  },
  // Lets the held tasks run and resolves once every card is painted.
  async rest(total) {
    const {el, held} = window.bench.long;
    for (const [fn, ms, args] of held) setTimeout(fn, ms, ...args);
    let frames = 0;
    while ((grid(el)?.childElementCount ?? 0) < total) {
      await frame();
      if (++frames > 1000) throw new Error('the long index never finished');
    }
    await frame();
    return frames;
  },
};

window.benchReady = (async () => {
  const long = Number(new URLSearchParams(location.search).get('long')) || 1000;
  const [feed] = await Promise.all([
    fetch('/dist/cdn/feed.json').then((r) => r.json()),
    customElements.whenDefined('cpi-index'),
    customElements.whenDefined('vanilla-index'),
  ]);
  const base = feed.sections;
  window.feeds = {
    official: feed,
    long: {
      ...feed,
      sections: Array.from({length: long}, (_, i) => ({
        ...base[i % base.length],
        id: `${base[i % base.length].id}-${i}`,
      })),
    },
  };
})();
