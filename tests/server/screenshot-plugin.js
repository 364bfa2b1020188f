// A web-test-runner command that screenshots one element of the test page with Playwright, for
// the visual tests. With a name, it also returns the committed baseline of that name
// (tests/screenshots/baseline/NAME.png) and writes what it saw to tests/screenshots/actual/.
// A missing baseline is written (and reported as new) unless CI is set, where it is an error.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const dir = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function screenshotPlugin() {
  return {
    name: 'cpi-screenshot',
    async executeCommand({command, payload, session}) {
      if (command !== 'cpi-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      const png = await page
        .locator(payload.selector)
        .screenshot({animations: 'disabled', caret: 'hide'});
      const result = {actual: png.toString('base64')};
      if (!payload.name) return result;
      mkdirSync(`${dir}actual`, {recursive: true});
      writeFileSync(`${dir}actual/${payload.name}.png`, png);
      const baseline = `${dir}baseline/${payload.name}.png`;
      if (existsSync(baseline) && !process.env.UPDATE_SCREENSHOTS) {
        result.baseline = readFileSync(baseline).toString('base64');
      } else if (process.env.CI && !process.env.UPDATE_SCREENSHOTS) {
        result.missing = true;
      } else {
        mkdirSync(`${dir}baseline`, {recursive: true});
        writeFileSync(baseline, png);
        result.baseline = result.actual;
        result.written = true;
      }
      return result;
    },
  };
}
