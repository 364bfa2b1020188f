// Takes a full-page screenshot of a page in headless Chromium, for a person to look at:
//   node scripts/screenshot.js <url> <out.png> [width] [light|dark] [height: clip to the top]
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from './find-chromium.js';

const [url, out, width = '1280', scheme = 'light', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js <url> <out.png> [width] [light|dark]');
  process.exit(2);
}
const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});
const page = await browser.newPage({
  viewport: {width: Number(width), height: 900},
  colorScheme: scheme,
});
page.on('console', (m) => m.type() !== 'debug' && console.log(`[${m.type()}] ${m.text()}`));
page.on('response', (r) => r.status() >= 400 && console.log(`[${r.status()}] ${r.url()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, {waitUntil: 'load'});
await page.waitForLoadState('networkidle', {timeout: 3000}).catch(() => {});
await page.waitForTimeout(300);
await page.screenshot(
  height
    ? {path: out, clip: {x: 0, y: 0, width: Number(width), height: Number(height)}}
    : {path: out, fullPage: true},
);
await browser.close();
