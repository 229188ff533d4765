// The package as npm would publish it: packed, installed into a fresh project, imported from a
// browser and from TypeScript, and every file a CDN snippet names present, with the hash it gives.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {startDevServer} from '@web/dev-server';
import {SNIPPET_FILES, cdnBase, classicSnippet, moduleSnippet, snippetData} from '../../scripts/snippets.mjs';
import {completeCheck, launchChromium, localPage} from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

describe('the packed package, installed in a fresh project', () => {
  let dir;
  let packed;
  let installed;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'coordinator-check-pack-'));
    // The build is done (npm test builds first): pack it as it is.
    [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'a-blog', private: true, type: 'module'}));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(dir, packed.filename)], dir);
    installed = join(dir, 'node_modules/coordinator-check');
  });
  after(() => dir && rmSync(dir, {recursive: true, force: true}));

  it('holds every file a CDN snippet names, and the embed page', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of [
      ...SNIPPET_FILES,
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed.css',
      'dist/check.html',
      'dist/check.js',
      'dist/check.css',
      'README.md',
      'LICENSE',
    ]) {
      assert.ok(files.includes(file), `${file} is in the package`);
      assert.ok(existsSync(join(installed, file)), `${file} is installed`);
    }
    // Snippets, WordPress files and tests stay out of what is published.
    assert.deepEqual(
      files.filter((f) => /^(test|scripts|wordpress|src|demo)\/|snippets\.json|wordpress\.zip/.test(f)),
      [],
    );
  });

  it('type-checks when imported from TypeScript, and its types are real', () => {
    writeFileSync(
      join(dir, 'check.ts'),
      `import type {CheckResult, CoordinatorCheckConfig} from 'coordinator-check';
import {CoordinatorCheck} from 'coordinator-check/element.js';
import {parseConfig, scoreAnswers} from 'coordinator-check/model.js';

const config: CoordinatorCheckConfig = {strings: {submit: 'Show my result'}, contact: {name: 'Our PALS'}};
parseConfig(config, (message: string) => console.warn(message));
CoordinatorCheck.define('my-check');
export const verdict = (result: CheckResult): 'excellent' | 'good' | 'mixed' | 'falls-short' | 'little-to-go-on' | 'unsure' => result.verdict;
document.querySelector('coordinator-check')?.addEventListener('coordinator-check-result', (event) => verdict(event.detail));
export {scoreAnswers};
// @ts-expect-error: a verdict the package does not have
export const wrong: CheckResult['verdict'] = 'brilliant';
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const compilerOptions = {
      noEmit: true,
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2021',
      lib: ['es2021', 'dom'],
      types: [],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions, files: ['check.ts']}));
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], {cwd: dir, encoding: 'utf8', stdio: 'pipe'});
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });

  describe('in a browser', () => {
    let server;
    let browser;
    before(async () => {
      const base = '/node_modules/coordinator-check/';
      // The README's snippets with the CDN address swapped for the installed copy: the hashes stay.
      const snippet = (make) => make(snippetData(), 'region="wales"').replaceAll(cdnBase(), base);
      writeFileSync(join(dir, 'module.html'), `<!doctype html><link rel="icon" href="data:,"><title>ES module</title>${snippet(moduleSnippet)}`);
      writeFileSync(join(dir, 'classic.html'), `<!doctype html><link rel="icon" href="data:,"><title>Classic</title>${snippet(classicSnippet)}`);
      writeFileSync(
        join(dir, 'remember.html'),
        `<!doctype html><link rel="icon" href="data:,"><title>Remember</title>${snippet(classicSnippet).replace('region="wales"', 'region="wales" remember')}`,
      );
      writeFileSync(
        join(dir, 'app.html'),
        '<!doctype html><link rel="icon" href="data:,"><title>App</title><script type="module" src="app.js"></script><coordinator-check></coordinator-check>',
      );
      writeFileSync(
        join(dir, 'app.js'),
        "import 'coordinator-check';\nimport {scoreAnswers} from 'coordinator-check/model.js';\nwindow.modelLoaded = typeof scoreAnswers === 'function';\n",
      );
      server = await startDevServer({
        config: {rootDir: dir, port: 0, hostname: '127.0.0.1', nodeResolve: true},
        readCliArgs: false,
        readFileConfig: false,
        logStartMessage: false,
      });
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    for (const [page, what] of [
      ['app.html', 'imported by its package name, with Lit from the project'],
      ['module.html', 'from the ES module snippet, integrity hash and all'],
      ['classic.html', 'from the classic-script snippet, integrity hash and all'],
    ]) {
      it(`runs ${what}`, async () => {
        const {page: tab, outside, errors} = await localPage(browser);
        await tab.goto(`http://127.0.0.1:${server.server.address().port}/${page}`, {waitUntil: 'load'});
        const seen = await completeCheck(tab);
        assert.equal(seen.verdict, 'excellent');
        if (page === 'app.html') assert.equal(await tab.evaluate(() => window.modelLoaded), true);
        assert.deepEqual(outside, []);
        assert.deepEqual(errors, []);
        await tab.close();
      });
    }

    // The minified templates, not the sources the browser tests run: a screen reader hears each
    // past check's buttons as "Open your check on 3 December 2026", not "Openyour check on".
    it('keeps the words of the visually hidden text apart in the built bundle', async () => {
      const {page: tab, errors} = await localPage(browser);
      await tab.goto(`http://127.0.0.1:${server.server.address().port}/remember.html`, {waitUntil: 'load'});
      assert.equal((await completeCheck(tab)).verdict, 'excellent');
      const buttons = await tab.evaluate(() =>
        [...document.querySelector('coordinator-check').shadowRoot.querySelectorAll('button')]
          .map((b) => b.textContent.replace(/\s+/g, ' ').trim())
          .filter((text) => text.includes('your check on')),
      );
      assert.deepEqual(
        buttons.map((text) => text.replace(/\d+ \w+ \d{4}/, 'DATE')),
        ['Open your check on DATE', 'Delete your check on DATE'],
      );
      assert.deepEqual(errors, []);
      await tab.close();
    });
  });
});
