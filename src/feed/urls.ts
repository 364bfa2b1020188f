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

/**
 * Adds the partner's utm parameters to an http(s) link, keeping the query it already has
 * (a utm parameter already in the URL is replaced). Other links, and an empty partner, pass as given.
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
  for (const [key, value] of Object.entries(partnerParams(id))) url.searchParams.set(key, value);
  return url.href;
}
