/**
 * Minifies a CSS text: comments and the whitespace CSS never needs, around `{ } ;` and after
 * `,` and `:` (a space before `:` is kept, since `.a :hover` differs from `.a:hover`). Used on the
 * CDN build's css`` templates and on the styles of a server render.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
