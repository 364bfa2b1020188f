// The script of an embed page (`embed/frame.js`, a classic script placed after the element, so
// it runs before the module script upgrades the element): applies the query's `theme`, `lang`,
// `partner` and `heading-level` to the element (which then re-renders its server content where
// they differ), reports the page's height to the parent in WordPress's protocol and ours, and
// makes links open in the top window.
//
// WordPress frames discovered embeds with `sandbox="allow-scripts"`: an opaque origin that may
// not navigate the top window. There, as in WordPress's own embeds, a click on a link asks the
// parent to follow it (`{message: 'link', value, secret}`); WordPress follows links to the
// embed's own host only.
import {linksOpenInTop, reportHeight, wordPressSecret} from '../embed/frame-height.js';

const elements = 'cpi-index, cpi-section-card, cpi-register-cta';
const themes = ['light', 'dark', 'auto'];
const languageTag = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** The attributes the query asks for, each only if its value is one the element takes. */
export function queryAttributes(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const wanted: Record<string, string> = {};
  const theme = params.get('theme');
  if (theme && themes.includes(theme)) wanted.theme = theme;
  const lang = params.get('lang');
  if (lang && lang.length <= 35 && languageTag.test(lang)) wanted.lang = lang;
  const partner = params.get('partner')?.trim();
  if (partner) wanted.partner = partner.slice(0, 100);
  const level = Number(params.get('heading-level'));
  if (Number.isInteger(level) && level >= 1 && level <= 6) wanted['heading-level'] = String(level);
  return wanted;
}

function applyQuery(): void {
  const wanted = Object.entries(queryAttributes(location.search));
  for (const element of document.querySelectorAll(elements)) {
    for (const [name, value] of wanted) element.setAttribute(name, value);
  }
}

/** In a sandboxed frame (WordPress), links are followed by the parent, on request. */
function linksThroughParent(secret: string): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
    if (!link || !/^https?:/.test(link.href)) return;
    event.preventDefault();
    window.parent.postMessage({message: 'link', value: link.href, secret}, '*');
  });
}

applyQuery();
linksOpenInTop();
reportHeight();
const secret = wordPressSecret(location.hash);
if (secret && window.origin === 'null') linksThroughParent(secret);
