/**
 * Writing HTML by hand for the static site: escaping, the site's base URL, and URLs from one page
 * to another. The element markup itself comes from the server render; these helpers are for the
 * page around it.
 */

/** Text for an element's content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * The URL of the site file `target` as written in the page `from` (both paths inside the site,
 * `sections/foundation/index.html`): relative, so the site also works from any host it is
 * previewed on. A target ending in `/` (or empty, the home page) names a directory's index.
 */
export function relativeUrl(from: string, target: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let common = 0;
  while (
    common < fromDirs.length &&
    common < targetParts.length - 1 &&
    fromDirs[common] === targetParts[common]
  ) {
    common++;
  }
  const up = '../'.repeat(fromDirs.length - common);
  const rest = targetParts.slice(common).join('/');
  return up + rest || './';
}
/** A base URL with its final slash; undefined unless absolute http(s). */
export function normalizeBase(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
