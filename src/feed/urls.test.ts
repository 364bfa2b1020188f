import {describe, expect, it} from 'vitest';
import {safeUrl, withPartner} from './urls.js';

describe('safeUrl', () => {
  it('resolves relative URLs, keeping only http(s) and mailto, and refuses protocol-relative ones', () => {
    expect(safeUrl('a.html', 'https://x.example/dir/feed.json')).toBe(
      'https://x.example/dir/a.html',
    );
    expect(safeUrl('//other.example/p', 'https://x.example/')).toBeUndefined();
    expect(safeUrl('\\\\other.example/p', 'https://x.example/')).toBeUndefined();
    expect(safeUrl('/\\other.example/p', 'https://x.example/')).toBeUndefined();
    expect(safeUrl('/read/a', 'https://x.example/dir/feed.json')).toBe('https://x.example/read/a');
    expect(safeUrl('mailto:a@b.example', 'https://x.example/')).toBe('mailto:a@b.example');
    expect(safeUrl('javascript:alert(1)', 'https://x.example/')).toBeUndefined();
    expect(safeUrl('\tjavascript:alert(1)', 'https://x.example/')).toBeUndefined();
    expect(safeUrl('blob:https://x.example/1', 'https://x.example/')).toBeUndefined();
  });
});

describe('withPartner', () => {
  const tags = 'utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index';
  it('adds the partner parameters', () => {
    expect(withPartner('https://x.example/register', 'acme')).toBe(
      `https://x.example/register?${tags}`,
    );
  });
  it('merges them with a query the URL already has, keeping its fragment', () => {
    expect(withPartner('https://x.example/r?ref=1&utm_source=old#top', 'acme')).toBe(
      'https://x.example/r?ref=1&utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index#top',
    );
  });
  it('leaves the rest of the query as it was written (signed URLs stay valid)', () => {
    expect(withPartner('https://x.example/r?q=a%20b&flag&sig=A%2FB%3D', 'acme')).toBe(
      `https://x.example/r?q=a%20b&flag&sig=A%2FB%3D&${tags}`,
    );
  });
  it('encodes an odd partner id instead of breaking the URL', () => {
    expect(withPartner('https://x.example/', 'a&b=c')).toBe(
      'https://x.example/?utm_source=a%26b%3Dc&utm_medium=embed&utm_campaign=creator-program-index',
    );
  });
  it('leaves mailto links and an empty partner alone', () => {
    expect(withPartner('mailto:a@b.example', 'acme')).toBe('mailto:a@b.example');
    expect(withPartner('https://x.example/', '  ')).toBe('https://x.example/');
    expect(withPartner('https://x.example/', null)).toBe('https://x.example/');
  });
});
