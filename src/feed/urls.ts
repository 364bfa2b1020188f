/** The only URL schemes a feed's links may use. Everything else is dropped before rendering. */
export const allowedProtocols: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * Resolves `raw` against `baseUrl` and returns it only if it is an http(s) or mailto URL.
 * Anything else (`javascript:`, `data:`, `vbscript:`, a protocol-relative `//host`, a URL that
 * does not parse) gives `undefined`.
 */
export function safeUrl(raw: string, baseUrl: string | URL): string | undefined {
  // Control characters and whitespace inside a URL are stripped by the URL parser, which is how
  // `java\nscript:` tricks work: refuse them outright instead.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(raw.trim())) return undefined;
  // Protocol-relative links (`//host`, and `\\host`, which parsers read the same way) take
  // whatever scheme and host the page has: a feed must say where it links.
  if (/^[\\/]{2}/.test(raw.trim())) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim(), baseUrl);
  } catch {
    return undefined;
  }
  return allowedProtocols.includes(url.protocol) ? url.href : undefined;
}

/** The parameters that tell the publisher which partner sent a reader. */
export function partnerParams(partner: string): Record<string, string> {
  return {
    utm_source: partner,
    utm_medium: 'embed',
    utm_campaign: 'creator-program-index',
  };
}

/** A query pair's name, decoded as forms encode it; the raw text when it does not decode. */
function pairName(pair: string): string {
  const name = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Adds the partner's utm parameters to an http(s) link. The rest of the query is kept as it was
 * written, byte for byte (signed URLs stay valid); a utm parameter already in the URL is replaced.
 * Other links, and an empty partner, pass as given.
 */
export function withPartner(href: string, partner: string | undefined | null): string {
  const id = partner?.trim().slice(0, 100);
  if (!id) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return href;
  const params = partnerParams(id);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !Object.prototype.hasOwnProperty.call(params, pairName(pair)));
  const added = Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  url.search = [...kept, ...added].join('&');
  return url.href;
}
