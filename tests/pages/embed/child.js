// A stand-in for an embed page: one box, whose height is `?h=` px (default 200) or, with
// `?mode=ratio`, half its width. The body keeps its default 8 px margins, and no background is set.
// The parent (the test) may resize the box with `{type: 'test-set-height', height}` or have this
// page post any message with `{type: 'test-echo', payload}`. `?ownbase=1` gives the page its own
// `<base target="_self">` first.
import {linksOpenInTop, reportHeight} from '/src/embed/frame-height.ts';

const params = new URLSearchParams(location.search);
const box = document.getElementById('box');
if (params.get('mode') === 'ratio') box.style.aspectRatio = '2 / 1';
else box.style.height = `${Number(params.get('h') ?? 200)}px`;

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || typeof event.data !== 'object' || !event.data) return;
  if (event.data.type === 'test-set-height') box.style.height = `${event.data.height}px`;
  if (event.data.type === 'test-echo') {
    window.parent.postMessage(event.data.payload, '*');
    window.parent.postMessage({type: 'test-echo-done'}, '*');
  }
});

if (params.get('ownbase') === '1') {
  const own = document.createElement('base');
  own.target = '_self';
  document.head.append(own);
}
linksOpenInTop();
reportHeight();
