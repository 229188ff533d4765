// web-test-runner: every test/**/*.test.ts in headless Chromium and Firefox ESR,
// both driven by puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi).
// Browsers come from Debian (apt-get install chromium firefox-esr); nothing here
// downloads one. Override the paths with CHROMIUM_BIN / FIREFOX_BIN.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import puppeteerCore from 'puppeteer-core';
import {STRICT_CSP, STRICT_CSP_PATH_PREFIX} from './test/pages/strict-csp.js';
import {summaryReporter} from './test/summary-reporter.mjs';

const chromiumPath = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The strict-CSP test pages get the policy as a response header, as an NHS trust would send it.
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith(STRICT_CSP_PATH_PREFIX)) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  // The tsconfig must be named: it turns on experimentalDecorators and
  // useDefineForClassFields: false, without which Lit's decorators reach the
  // browser untranslated (or as standard decorators with different semantics).
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [
    chromeLauncher({
      // Passing puppeteer-core explicitly only makes the reporter say
      // "Chromium" instead of "Chrome"; the binary is executablePath either way.
      puppeteer: puppeteerCore,
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
      },
    }),
  ],
  // 2 cores: one test file per browser at a time.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 10000}},
  // Tests run Lit in dev mode (more warnings); drop only its one-line banner.
  filterBrowserLogs: ({args}) =>
    !args.some((arg) => typeof arg === 'string' && arg.startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
