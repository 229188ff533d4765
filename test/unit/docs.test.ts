// The documents for a trust (docs/) against the project: what they say that the code or the test run
// can confirm, they must say truly. The facts table has its own test (facts.test.ts); whether each
// test the hazard log names ran and passed is checked at the end of `npm test` (test/run-tests.mjs).
import {describe, it} from 'node:test';
import {existsSync, readFileSync} from 'node:fs';
import {expect} from 'chai';
import {MAILTO_LIMIT} from '../../src/internal/links.js';
import {AGENDA_LIMIT, AGREED_LIMIT, HISTORY_FILE_TYPE, HISTORY_LIMIT, IMPORT_LIMIT} from '../../src/model/history.js';
import {NOTE_LIMIT, STORAGE_VERSION, storageName} from '../../src/platform/storage.js';
import {namedTests} from '../hazard-tests.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the documents for a trust (docs/)', () => {
  it('privacy: names the storage key, its version and every limit as the code has them', () => {
    const doc = read('docs/privacy.md');
    expect(doc).to.contain(`\`${storageName(undefined)}\``);
    expect(storageName('clinic')).to.equal('coordinator-check:clinic');
    expect(doc).to.contain('`coordinator-check:` followed by the `storage-key` attribute');
    expect(doc).to.contain(`STORAGE_VERSION = ${STORAGE_VERSION}`);
    expect(doc).to.contain(`"v": ${STORAGE_VERSION}`);
    for (const [name, value] of Object.entries({NOTE_LIMIT, HISTORY_LIMIT, AGREED_LIMIT, AGENDA_LIMIT, MAILTO_LIMIT, IMPORT_LIMIT})) {
      expect(doc, name).to.contain(`${name} = ${value}`);
    }
    expect(doc).to.contain(HISTORY_FILE_TYPE);
    // It matches the README's privacy section on the one thing that matters most.
    const readme = read('README.md');
    expect(readme).to.contain('remember');
    expect(doc).to.contain('Without the `remember` attribute (the default), nothing is written to any storage.');
  });

  it('accessibility statement: names the engines, the driver and the axe-core that the test run really uses', () => {
    const doc = read('docs/accessibility-statement.md');
    const config = read('web-test-runner.config.mjs') + read('test/browsers.mjs');
    expect(config).to.contain("browser: 'firefox'");
    expect(config).to.contain('/usr/bin/chromium');
    expect(config).to.contain('/usr/bin/firefox-esr');
    expect(doc).to.contain('**Chromium** (Blink)');
    expect(doc).to.contain('**Firefox ESR** (Gecko)');
    expect(doc).to.contain('puppeteer-core');
    const axe = (JSON.parse(read('node_modules/axe-core/package.json')) as {version: string}).version;
    expect(doc).to.contain(`axe-core ${axe.split('.').slice(0, 2).join('.')}`);
    expect(read('package.json')).to.contain('"@open-wc/testing"');
    // The files it points to for each kind of test exist.
    for (const [, file] of doc.matchAll(/`(test\/[\w./-]+\.(?:ts|mjs))`/g))
      expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).to.equal(true);
  });

  it('clinical safety: every hazard names tests, and each is in the file it names', () => {
    const doc = read('docs/clinical-safety.md');
    const hazards = doc.split('\n').filter((line) => /^\| H\d+ /.test(line));
    expect(hazards.length).to.be.at.least(6);
    for (const hazard of hazards) expect(namedTests(hazard).length, hazard.slice(0, 60)).to.be.at.least(1);
    for (const hazard of [
      'Crisis help missing or wrong',
      'held up by the form',
      'out of proportion',
      'wrong nation',
      'lost or leaked',
      'fails to load',
    ]) {
      expect(
        hazards.some((line) => line.includes(hazard)),
        hazard,
      ).to.equal(true);
    }
    for (const {file, name} of namedTests(doc)) {
      expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).to.equal(true);
      // A title a loop makes is checked to its first words here, and whole when the run ends.
      expect(read(file), `${file} › "${name}"`).to.contain(name.slice(0, 24));
    }
  });
});
