import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromiumArgs, findChromium} from './scripts/find-chromium.js';
import {screenshotPlugin} from './tests/server/screenshot-plugin.js';
import {siteMiddleware} from './tests/server/site-routes.js';
import {snippetMiddleware} from './tests/server/snippet-routes.js';
import {
  delayMiddleware,
  publishedFileMiddleware,
  strictPageMiddleware,
  testFeedMiddleware,
} from './tests/server/test-routes.js';

export default {
  files: ['src/components/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), screenshotPlugin()],
  middleware: [
    delayMiddleware,
    strictPageMiddleware,
    publishedFileMiddleware,
    testFeedMiddleware,
    snippetMiddleware,
    siteMiddleware,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {executablePath: findChromium(), args: chromiumArgs},
    }),
  ],
  testFramework: {config: {timeout: 15000}},
  // Lit's dev build says it is the dev build on every page: only other messages are worth reading.
  // The widgets' console detail of the feeds the tests break on purpose is expected output (tests
  // that check it spy on the console); CPI_LOGS=1 shows it when debugging.
  filterBrowserLogs: ({args}) =>
    !(
      typeof args[0] === 'string' &&
      (args[0].includes('Lit is in dev mode') ||
        (!process.env.CPI_LOGS && /^<cpi-[a-z-]+>: /.test(args[0])))
    ),
  testsFinishTimeout: 300000,
};
