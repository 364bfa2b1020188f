import {spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const script = fileURLToPath(new URL('../../scripts/size.js', import.meta.url));

/** A fake dist/cdn whose files are random (incompressible) bytes of the given sizes. */
function dist(sizes: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'cpi-size-'));
  mkdirSync(join(root, 'dist/cdn'), {recursive: true});
  for (const [name, size] of Object.entries(sizes)) {
    writeFileSync(join(root, 'dist/cdn', name), randomBytes(size));
  }
  return root;
}

function size(root: string) {
  const result = spawnSync(process.execPath, [script, '--root', root], {encoding: 'utf8'});
  return {code: result.status, out: result.stdout, err: result.stderr};
}

const small = {
  'cpi.js': 1000,
  'cpi-section-card.js': 1000,
  'cpi-register-cta.js': 1000,
  'feed.json': 1000,
};

describe('the size check (scripts/size.js)', () => {
  it('passes and prints every figure when every file is within its limit', () => {
    const {code, out} = size(dist(small));
    expect(code).toBe(0);
    for (const name of Object.keys(small)) expect(out).toContain(`dist/cdn/${name}`);
    expect(out.match(/ ok /g)).toHaveLength(4);
  });

  it('fails, naming the file and the excess, when one file grows past its limit', () => {
    const {code, out, err} = size(dist({...small, 'cpi-section-card.js': 18_000}));
    expect(code).toBe(1);
    expect(out).toMatch(/dist\/cdn\/cpi-section-card\.js .* OVER LIMIT by \d+ bytes/);
    expect(err).toContain('1 file(s) over their size limit');
  });

  it('fails when the official feed is over its 3 KB budget', () => {
    const {code, out} = size(dist({...small, 'feed.json': 3200}));
    expect(code).toBe(1);
    expect(out).toMatch(/dist\/cdn\/feed\.json .* OVER LIMIT/);
  });

  it('stops with a hint when the build is missing', () => {
    const {code, err} = size(mkdtempSync(join(tmpdir(), 'cpi-size-')));
    expect(code).toBe(2);
    expect(err).toContain('run npm run build first');
  });
});

describe('the CDN files (npm test builds them first)', () => {
  const built = (name: string) =>
    readFileSync(fileURLToPath(new URL(`../../dist/cdn/${name}`, import.meta.url)), 'utf8');

  it('the register block alone carries no section events, which it never fires', () => {
    const has = (name: string, text: string) => built(name).includes(text);
    expect(has('cpi-register-cta.js', 'cpi-section-click')).toBe(false);
    expect(has('cpi-register-cta.js', 'cpi-register-click')).toBe(true);
    expect(has('cpi-section-card.js', 'cpi-section-click')).toBe(true);
    expect(has('cpi.js', 'cpi-section-click')).toBe(true);
  });
});
