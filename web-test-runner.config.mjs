// web-test-runner: every test/**/*.test.ts in headless Chromium and Firefox ESR,
// both driven by puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi).
// Browsers come from Debian (apt-get install chromium firefox-esr); nothing here
// downloads one. Override the paths with CHROMIUM_BIN / FIREFOX_BIN.
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import rollupReplace from '@rollup/plugin-replace';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import puppeteerCore from 'puppeteer-core';
import {STRICT_CSP, STRICT_CSP_PATH_PREFIX} from './test/pages/strict-csp.js';
import {chromiumLaunch, firefoxPath, tolerateNoOrientation} from './test/browsers.mjs';
import {summaryReporter} from './test/summary-reporter.mjs';
import {printPdfPlugin} from './test/print-pdf-plugin.mjs';

// The browsers keep the time of the people who use the widget, the UK's, with its summer time, so
// a check late in a summer evening is tested on the day the person made it. TZ=... overrides.
process.env.TZ ||= 'Europe/London';

const REACT = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
// CommonJS dependencies of `syllable`, which test/readability.test.ts uses, and the QR code library
// the snippet builder and the poster use (demo/ only: it is in no bundle of the widget).
const CJS = [
  ...REACT,
  '**/node_modules/pluralize/**',
  '**/node_modules/normalize-strings/**',
  '**/node_modules/qrcode/**',
  '**/node_modules/dijkstrajs/**',
];

// Screenshot baselines live in test/screenshots/baseline/ and are committed. A run compares against
// them and fails when one is missing; only `npm run test:update-screenshots` (this flag) writes them.
const updateScreenshots = process.argv.includes('--update-visual-baseline');
const VISUAL_TESTS = 'test/**/*.visual.test.ts';
// Printouts rendered to PDF through the Chromium page (puppeteer's page.pdf), so Chromium only.
const PDF_TESTS = 'test/**/*.pdf.test.ts';

const screenshotOptions = {
  baseDir: 'test/screenshots',
  // A "sabotaged/" screenshot is compared with the real state's baseline (see the visual test).
  getBaselineName: ({name}) => `baseline/${name.replace(/^sabotaged\//, '')}`,
  getFailedName: ({name}) => `failed/${name.replace('/', '-')}`,
  getDiffName: ({name}) => `failed/${name.replace('/', '-')}-diff`,
  // Per pixel: ignore anti-aliasing and faint colour noise...
  diffOptions: {threshold: 0.1, includeAA: false},
  // ...but a real change (a 1px border gone, a button moved) differs in hundreds of pixels or more.
  failureThresholdType: 'pixel',
  failureThreshold: 100,
};
const writeOrCompare = visualRegressionPlugin({...screenshotOptions, update: updateScreenshots});
const compareOnly = visualRegressionPlugin({...screenshotOptions, update: false});
/** Sabotaged screenshots are always compared, never written, even while baselines are being updated. */
const screenshotsPlugin = {
  name: 'visual-regression',
  executeCommand: (args) => (String(args.payload?.name).startsWith('sabotaged/') ? compareOnly : writeOrCompare).executeCommand(args),
};

const chromium = chromeLauncher({
  // Passing puppeteer-core explicitly only makes the reporter say
  // "Chromium" instead of "Chrome"; the binary is executablePath either way.
  puppeteer: puppeteerCore,
  launchOptions: chromiumLaunch,
});

const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
  },
  createPage: async ({browser}) => tolerateNoOrientation(await browser.newPage()),
});

// One file, optionally one browser: `npm run test:file -- test/layout.test.ts --browser firefox`
// (or TEST_BROWSER=firefox). wtr ignores the unknown `--browser` flag; it is read here.
const argv = process.argv.slice(2);
const flag = (name) => {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice(name.length + 1) : argv[at + 1];
};
const BROWSERS = {chromium, firefox};
const browserName = flag('--browser') ?? process.env.TEST_BROWSER;
if (browserName !== undefined && !Object.hasOwn(BROWSERS, browserName)) {
  throw new Error(`--browser ${browserName}: use one of ${Object.keys(BROWSERS).join(', ')}`);
}
// Files named on the command line replace the default set: then the visual group is not added on
// top, and a visual test named there runs in Chromium only, against its Chromium baselines.
const afterFiles = argv.includes('--files') ? argv.slice(argv.indexOf('--files') + 1) : [];
const nextFlag = afterFiles.findIndex((a) => a.startsWith('--'));
const cliFiles = nextFlag < 0 ? afterFiles : afterFiles.slice(0, nextFlag);
const onlyVisual = cliFiles.length > 0 && cliFiles.every((f) => f.endsWith('.visual.test.ts'));
const browsers = onlyVisual ? [chromium] : browserName ? [BROWSERS[browserName]] : [chromium, firefox];

export default {
  rootDir: '.',
  // Visual tests are left out here: the `visual` group below runs them once, in Chromium only.
  // test/unit/ is the pure modules': node's test runner runs them (test/run-node-tests.mjs).
  files: ['test/**/*.test.ts', '!test/unit/**', `!${VISUAL_TESTS}`, `!${PDF_TESTS}`],
  nodeResolve: true,
  // The strict-CSP test pages get the policy as a response header, as an NHS trust would send it.
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith(STRICT_CSP_PATH_PREFIX)) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    // The tsconfig must be named: its useDefineForClassFields: false keeps a class field from hiding
    // Lit's accessor for a reactive property of the same name.
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    // React ships CommonJS only: test/frameworks.test.ts needs it as ES modules.
    fromRollup(rollupReplace)({
      include: REACT,
      preventAssignment: true,
      values: {'process.env.NODE_ENV': JSON.stringify('development')},
    }),
    // The dev server converts one file at a time: without these two, a converted file has no default
    // export, and `require('react')` inside react-dom gets a namespace instead of React's exports.
    fromRollup(rollupCommonjs)({include: CJS, strictRequires: false, requireReturnsDefault: 'preferred'}),
    // normalize-strings (under `syllable`) requires a JSON file.
    fromRollup(rollupJson)({include: '**/node_modules/normalize-strings/**'}),
    {name: 'json-as-module', resolveMimeType: ({path}) => (path.endsWith('/normalize-strings/charmap.json') ? 'js' : undefined)},
    screenshotsPlugin,
    printPdfPlugin(),
    // Tells a visual test whether this run writes baselines or compares against them.
    {
      name: 'screenshot-mode',
      executeCommand: ({command}) => (command === 'screenshot-mode' ? {update: updateScreenshots} : undefined),
    },
  ],
  browsers,
  groups: cliFiles.length
    ? []
    : [
        {name: 'visual', files: VISUAL_TESTS, browsers: [chromium]},
        {name: 'print-pdf', files: PDF_TESTS, browsers: [chromium]},
      ],
  // 2 cores: one test file per browser at a time.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 10000}},
  // Tests run Lit in dev mode (more warnings); drop only its one-line banner.
  filterBrowserLogs: ({args}) => !args.some((arg) => typeof arg === 'string' && arg.startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
