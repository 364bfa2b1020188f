// Finds a Chromium for the browser tests: CHROME_PATH, then the usual commands. Run as a script
// (before `wtr`), it installs Debian's chromium and fonts-dejavu-core when none is found and it
// runs as root on Debian or Ubuntu; elsewhere it says in one line how to set CHROME_PATH.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const candidates = [
  '/usr/bin/chromium',
  'chromium',
  'google-chrome',
  'google-chrome-stable',
  'chromium-browser',
];

function which(command) {
  if (command.startsWith('/')) return existsSync(command) ? command : undefined;
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH)
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  for (const candidate of candidates) {
    const found = which(candidate);
    if (found) return found;
  }
  return undefined;
}

/** The flags that work as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const fontsInstalled = () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');

function aptInstall(packages) {
  console.log(`Installing Debian's ${packages.join(' and ')} with apt-get…`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {stdio: 'inherit', env});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const canInstall = process.getuid?.() === 0 && isDebianLike();
  const missing = [
    ...(findChromium() ? [] : ['chromium']),
    ...(fontsInstalled() ? [] : ['fonts-dejavu-core']),
  ];
  if (missing.length && canInstall) aptInstall(missing);
  if (!findChromium()) {
    console.error(
      'No Chromium found for the browser tests: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome.',
    );
    process.exit(1);
  }
  if (!fontsInstalled()) {
    console.warn(
      'fonts-dejavu-core is not installed: the screenshot tests may not match their baselines.',
    );
  }
}
