// Builds the package, packs it with `npm pack` and installs the tarball into examples/node_modules,
// where every example resolves `creator-program-index` by its name, exactly as a partner's app
// would after `npm install creator-program-index`. React 18 goes into react18/node_modules (it
// cannot sit beside the repository's React 19). Run: node examples/install-package.js
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);
const examples = fileURLToPath(new URL('.', import.meta.url));
const repository = join(examples, '..');
// Lit and the other dependencies come from npm's cache, where the repository's own install put
// them; the network is asked only for what the cache lacks.
const install = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];

async function npm(cwd, args) {
  try {
    return (await run('npm', args, {cwd, maxBuffer: 16 * 1024 * 1024})).stdout;
  } catch (error) {
    // tsc reports on stdout, npm on stderr: say both.
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`, {
      cause: error,
    });
  }
}

async function timed(label, work, times) {
  const start = performance.now();
  const result = await work();
  times[label] = Math.round(performance.now() - start);
  return result;
}

/** React 18 for the react18 example, from npm's cache or the registry, unless it is there. */
async function installReact18() {
  const manifest = join(examples, 'react18/node_modules/react/package.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version.startsWith('18.'))
    return;
  await npm(join(examples, 'react18'), [...install, '--no-package-lock']);
}

/**
 * Packs the package (built by `npm test`'s one build; built here only when dist/ has none, as
 * when this runs on its own) into a temporary folder and installs the tarball (and React 18)
 * fresh. Returns the tarball's name and size, and how long each step took (ms).
 */
export async function installPackage() {
  /** @type {Record<string, number>} */
  const times = {};
  const react18 = timed('react 18', installReact18, times);
  if (!existsSync(join(repository, 'dist/index.js'))) {
    await timed('build:lib', () => npm(repository, ['run', 'build:lib', '--silent']), times);
  }
  const packed = mkdtempSync(join(tmpdir(), 'cpi-packed-'));
  const [{filename}] = JSON.parse(
    await timed(
      'npm pack',
      // The build ran just now: --ignore-scripts skips `prepare`, which would run it again.
      () => npm(repository, ['pack', '--json', '--ignore-scripts', '--pack-destination', packed]),
      times,
    ),
  );
  const tarball = join(packed, filename);
  rmSync(join(examples, 'node_modules'), {recursive: true, force: true});
  await timed(
    'npm install',
    () => npm(examples, [...install, '--no-save', '--no-package-lock', tarball]),
    times,
  );
  const bytes = statSync(tarball).size;
  rmSync(packed, {recursive: true, force: true});
  await react18;
  return {tarball: filename, bytes, times};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {tarball, bytes, times} = await installPackage();
  console.log(`Installed ${tarball} (${bytes} bytes) into examples/node_modules`, times);
}
