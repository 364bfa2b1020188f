import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {Ajv2020} from 'ajv/dist/2020.js';
import {knownStatuses} from '../../src/feed/statuses.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/feed-v1.schema.json', import.meta.url), 'utf8'),
);
const official = JSON.parse(readFileSync(new URL('../../feed.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({allErrors: true}).compile(schema);

function withSection(change: Record<string, unknown>) {
  const feed = structuredClone(official);
  Object.assign(feed.sections[1], change);
  return feed;
}

describe('the published JSON Schema', () => {
  it('names the statuses of the status table (src/feed/statuses.ts), and no others', () => {
    const status = schema.properties.sections.items.properties.status;
    expect(status.anyOf[0].enum, 'update the status enum in schema/feed-v1.schema.json').toEqual(
      knownStatuses,
    );
  });

  it('accepts the official feed, and unknown fields', () => {
    expect(validate(official)).toBe(true);
    expect(validate({...official, publishedBy: 'x'})).toBe(true);
    expect(validate(withSection({status: 'archived'}))).toBe(true);
  });

  it.each([
    ['a missing title', {title: undefined}],
    ['a status that is a number', {status: 42}],
    ['an id with capitals', {id: 'Scaling'}],
    ['a negative count', {conversations: -1}],
    ['a month 13', {updated: '2026-13'}],
    ['a javascript: link', {url: 'javascript:alert(1)'}],
    ['a data: link', {url: 'data:text/html,x'}],
    ['a protocol-relative link', {url: '//evil.example/x'}],
  ])('rejects %s', (_what, change) => {
    expect(validate(withSection(change))).toBe(false);
  });

  it('accepts relative, https and mailto links', () => {
    for (const url of [
      'read/a.html',
      '/a',
      'https://x.example/a',
      'mailto:a@b.example',
      'HTTPS://X.EXAMPLE',
    ]) {
      expect(validate(withSection({url}))).toBe(true);
    }
  });
});
