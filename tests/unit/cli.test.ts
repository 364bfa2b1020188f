import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/cpi-feed.js');
const official = JSON.parse(readFileSync(join(root, 'feed.json'), 'utf8'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8'});
  return {code: result.status, out: result.stdout, err: result.stderr};
}

function file(value: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cpi-')), 'feed.json');
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

beforeAll(() => {
  // The command runs the built feed module, as it does from the npm package.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {cwd: root},
  );
}, 60_000);

describe('cpi-feed validate', () => {
  it('says ok for the official feed', () => {
    expect(run('validate', 'feed.json')).toEqual({
      code: 0,
      out: 'ok: 22 sections (1 live)\n',
      err: '',
    });
  });

  it('prints every problem with its path and exits 1', () => {
    const feed = structuredClone(official);
    feed.sections[4].status = 42;
    feed.sections[5].id = feed.sections[3].id;
    const result = run('validate', file(feed));
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('2 problems');
    expect(result.err).toContain('  sections[4].status: expected a string, got 42\n');
    expect(result.err).toContain('  sections: two sections have the id "brief-writing"\n');
  });

  it('counts a link the widget would drop as a problem', () => {
    const feed = structuredClone(official);
    feed.register.url = 'javascript:alert(1)';
    const result = run('validate', file(feed));
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'register.url: the text "javascript:alert(1)" is not an http, https or mailto link',
    );
  });

  it('names a file that is not JSON, and one that does not exist', () => {
    expect(run('validate', file('{oops')).code).toBe(1);
    expect(run('validate', file('{oops')).err).toMatch(/not valid JSON/);
    expect(run('validate', 'no-such-feed.json')).toMatchObject({
      code: 2,
      err: expect.stringContaining('cannot be read (ENOENT)'),
    });
  });

  it('shows how to use it when called wrongly', () => {
    expect(run()).toMatchObject({code: 2, err: 'usage: cpi-feed validate <path-or-url>\n'});
  });
});
