// Builds the page the isolation test asks for: ?el=cpi-index&hostile=1 adds the global CSS of a
// careless host page. Everything else about the two pages is the same.
import '/src/index.ts';

const params = new URLSearchParams(location.search);
if (params.has('hostile')) {
  const style = document.createElement('style');
  style.textContent = `
    body { line-height: 2.2; letter-spacing: .1em; text-align: center; text-transform: uppercase;
      color: red; font-size: 22px }
    div { display: flex; color: red !important }
    h3 { font-size: 40px }
    a { text-decoration: line-through }
    * { box-sizing: content-box }
  `;
  document.head.append(style);
}
const feed = await (await fetch('/feed.json')).json();
const el = document.createElement(params.get('el') ?? 'cpi-index');
if (params.get('section')) el.setAttribute('section', params.get('section'));
if (params.get('sections')) el.setAttribute('sections', params.get('sections'));
el.setAttribute('theme', params.get('theme') ?? 'light');
el.feed = feed;
// Inside a div, as partners place it: the hostile page makes that div a flex container.
const wrapper = document.createElement('div');
wrapper.append(el);
document.body.append(wrapper);
await customElements.whenDefined(el.localName);
await el.updateComplete;
document.body.dataset.ready = 'true';
