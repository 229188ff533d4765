import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {parseConfig} from '../src/config/parse-config.js';
import {parseSaved, storageName} from '../src/platform/storage.js';
import {captureWarnings} from './console-capture.js';
import {$, $$, answerAll, renderCheck, submit} from './helpers.js';

const EVIL = {
  email: 'evil@x.example',
  url: 'https://evil.example/',
  phone: '0900 000 000',
  name: 'Evil Inc',
  contact: {name: 'Evil Inc', email: 'evil@x.example'},
  crisis: [{label: 'Call evil', phone: '0900 000 000'}],
  strings: {heading: 'Hacked'},
  locales: {en: {heading: 'Hacked'}},
  traits: [{id: 'evil', title: 'Evil', statements: [{id: 'x', text: 'Evil?'}]}],
  answers: {'communication-1': 'no'},
  notes: {communication: 'planted'},
  v: 1,
  'communication-1': 'no',
  0: 'planted',
};

/**
 * Runs `step` with Object.prototype polluted as a hostile script would (enumerable, by assignment),
 * always cleaning up. Only the named keys while other code may run (the test runner itself reads them).
 */
async function polluted<T>(step: () => T | Promise<T>, keys: readonly (keyof typeof EVIL)[] = Object.keys(EVIL) as never): Promise<T> {
  const proto = Object.prototype as Record<string, unknown>;
  for (const key of keys) proto[key] = EVIL[key];
  try {
    return await step();
  } finally {
    for (const key of keys) delete proto[key];
  }
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('a polluted Object.prototype changes nothing', () => {
  afterEach(() => expect(({} as Record<string, unknown>).email, 'cleaned up').to.equal(undefined));

  const configs: [string, unknown][] = [
    ['no configuration', undefined],
    ['an empty object', {}],
    ['empty JSON', '{}'],
    ['a contact with a name only', {contact: {name: 'PALS'}}],
    ['a crisis line with a label only', '{"crisis":[{"label":"Our team"}]}'],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the bad input under test
    ['a host trait with a sparse statement list', {traits: [{id: 'extra', statements: [, {id: 'one', text: 'One'}]}]}],
  ];
  for (const [name, input] of configs) {
    it(`parseConfig reads ${name} exactly as it would on a clean page`, async () => {
      const clean = parseConfig(input, () => {});
      const messages: string[] = [];
      const dirty = await polluted(() => {
        const parsed = parseConfig(input, (m) => messages.push(m));
        // Read every field as the element would, while the prototype is still polluted.
        return {
          contact: parsed.contact && {...parsed.contact, email: parsed.contact.email, url: parsed.contact.url},
          crisis: parsed.crisis,
          strings: parsed.strings,
          traits: parsed.traits,
          locales: Object.keys(parsed.locales),
          en: parsed.locales.en,
        };
      });
      expect(plain(dirty)).to.deep.equal(
        plain({contact: clean.contact, crisis: clean.crisis, strings: clean.strings, traits: clean.traits, locales: [], en: undefined}),
      );
      expect(messages.join('\n')).not.to.contain('evil');
    });
  }

  const records: [string, string | null, string][] = [
    ['an empty object', '{}', 'unreadable'],
    ['a record with no answers', '{"v":1,"notes":{}}', 'unreadable'],
    ['nothing stored', null, 'empty'],
  ];
  for (const [name, raw, status] of records) {
    it(`parseSaved reads ${name} as ${status}, not as the planted .v and .answers`, async () => {
      const record = await polluted(() => parseSaved(raw, storageName(), () => {}));
      expect(record.status).to.equal(status);
    });
  }

  it('parseSaved gives answers and notes that inherit nothing', async () => {
    const seen = await polluted(() => {
      const record = parseSaved('{"v":1,"answers":{"listening-1":"yes"},"notes":{}}', storageName(), () => {});
      if (record.status !== 'saved') return record.status;
      return [record.saved.answers['communication-1'], record.saved.notes.communication, Object.keys(record.saved.answers)];
    });
    expect(seen).to.deep.equal([undefined, undefined, ['listening-1']]);
  });

  it('<coordinator-check> shows no planted contact, crisis line or copy', async () => {
    const warnings = captureWarnings();
    const shown = await polluted(async () => {
      const el = await renderCheck(html`<coordinator-check layout="single"></coordinator-check>`);
      await answerAll(el, 'no');
      await submit(el);
      const text = el.shadowRoot!.textContent;
      const hrefs = $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
      const crisis = $(el, '[part~="crisis"]')!.textContent;
      el.remove();
      return {text, hrefs, crisis};
      // Not .strings: Lit itself reads that name from its template parts.
    }, ['email', 'url', 'contact', 'crisis']).finally(warnings.restore);
    expect(shown.text).not.to.match(/evil|Hacked|planted/i);
    expect(shown.crisis).to.contain('999');
    expect(shown.hrefs.filter((href) => /evil|0900/.test(href))).to.deep.equal([]);
  });
});
