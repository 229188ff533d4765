import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {cleanEmail, draftMailto, MAILTO_LIMIT, mailtoHref, safeUrl} from '../src/internal/links.js';
import {parseConfig} from '../src/config/parse-config.js';
import {captureWarnings} from './console-capture.js';
import {$$, answerAll, NEXT_STEPS, renderCheck, submit} from './helpers.js';

/** The advice service's links, in the list under the step that names it. */
const CONTACT_LINKS = `${NEXT_STEPS} > li > ul a`;

describe('links are exact', () => {
  describe('cleanEmail keeps one plain address, trimmed, and refuses anything a mail app could read as more', () => {
    const cases: [string, string | undefined][] = [
      ['pals@leeds.nhs.uk', 'pals@leeds.nhs.uk'],
      ['  pals@leeds.nhs.uk\n', 'pals@leeds.nhs.uk'],
      ['first.last+pals@trust.nhs.uk', 'first.last+pals@trust.nhs.uk'],
      // Decoded by mail apps into two recipients: "evil@x.example,pals@nhs.uk".
      ['evil%40x.example%2Cpals@nhs.uk', undefined],
      ['pals%2Bx@nhs.uk', undefined],
      ['pals@nhs.uk#x', undefined],
      ['pals@nhs.uk,evil@x.example', undefined],
      ['pals@nhs.uk;evil@x.example', undefined],
      ['pals@evil@nhs.uk', undefined],
      ['pals @nhs.uk', undefined],
      ['pals@nhs.uk?cc=evil@x.example', undefined],
      ['pals@nhs.uk&cc=evil@x.example', undefined],
      ['.pals@nhs.uk', undefined],
      ['pals..x@nhs.uk', undefined],
      ['pals@-nhs.uk', undefined],
      ['pals@nhs', undefined],
      ['<pals@nhs.uk>', undefined],
      ['"pals"@nhs.uk', undefined],
      ['', undefined],
    ];
    for (const [email, clean] of cases) {
      it(`${JSON.stringify(email)} -> ${clean ?? 'refused'}`, () => {
        expect(cleanEmail(email)).to.equal(clean);
        expect(mailtoHref(email)).to.equal(clean && `mailto:${clean}`);
      });
    }
  });

  describe('safeUrl keeps web addresses only (https: and http:), as the browser reads them', () => {
    const cases: [string, string | undefined][] = [
      ['https://www.nhs.uk/pals', 'https://www.nhs.uk/pals'],
      [' https://www.nhs.uk/pals ', 'https://www.nhs.uk/pals'],
      ['http://example.org/help', 'http://example.org/help'],
      // The text shown is where the link goes, not what the host wrote.
      ['https:evil.example', 'https://evil.example/'],
      ['HTTPS://Example.ORG', 'https://example.org/'],
      ['https://www.nhs.uk', 'https://www.nhs.uk/'],
      ['mailto:pals@leeds.nhs.uk', undefined],
      ['tel:116123', undefined],
      ['https://www.nhs.uk@evil.example/', undefined],
      ['https://user:pass@example.org/', undefined],
      ['javascript:alert(1)', undefined],
      ['ftp://example.org/', undefined],
    ];
    for (const [url, href] of cases) {
      it(`${JSON.stringify(url)} -> ${href ?? 'dropped'}`, () => {
        expect(safeUrl(url)).to.equal(href);
      });
    }
  });

  describe('parseConfig keeps the cleaned address, so a link shows where it goes', () => {
    const cases: [object, object | undefined, string][] = [
      [{email: '  pals@leeds.nhs.uk '}, {email: 'pals@leeds.nhs.uk'}, ''],
      [{email: 'evil%40x.example%2Cpals@nhs.uk'}, undefined, 'contact.email'],
      [{email: 'pals@nhs.uk#x'}, undefined, 'contact.email'],
      [{url: 'https:evil.example'}, {url: 'https://evil.example/'}, ''],
      [{url: 'mailto:pals@nhs.uk'}, undefined, 'contact.url'],
      [{url: 'tel:01132066261'}, undefined, 'contact.url'],
    ];
    for (const [contact, parsed, warned] of cases) {
      it(`contact ${JSON.stringify(contact)} -> ${JSON.stringify(parsed) ?? 'nothing'}`, () => {
        const messages: string[] = [];
        const config = parseConfig({contact, crisis: [{label: 'Web', url: 'tel:999'}]}, (m) => messages.push(m));
        expect(config.contact === undefined ? undefined : {...config.contact}).to.deep.equal(parsed);
        // A crisis line is http(s) only too: this one is left with nothing to call or open, so it is left out.
        const urls = (config.crisis || []).map((line) => line.url).filter(Boolean);
        expect(urls, 'a crisis line url is http(s) only').to.deep.equal([]);
        expect(
          messages.some((m) => m.startsWith('crisis[0].url')),
          'a warning names crisis[0].url',
        ).to.equal(true);
        expect(messages.some((m) => m.startsWith('crisis[0].url'))).to.equal(true);
        if (warned) expect(messages.some((m) => m.startsWith(warned))).to.equal(true);
      });
    }
  });

  describe('draftMailto', () => {
    it('opens a draft to a plain address with the subject and body', () => {
      expect(draftMailto(' pals@nhs.uk ', 'Hi there', 'Line 1\nLine 2&more')).to.equal(
        'mailto:pals@nhs.uk?subject=Hi%20there&body=Line%201%0ALine%202%26more',
      );
    });

    it('leaves out an address that is not plain, so the person chooses whom to write to', () => {
      expect(draftMailto('evil%40x.example%2Cpals@nhs.uk', 'S', 'B')).to.equal('mailto:?subject=S&body=B');
      expect(draftMailto(undefined, 'S', 'B')).to.equal('mailto:?subject=S&body=B');
    });

    const sizes: [string, number, boolean][] = [
      ['a short message', 100, true],
      [`a message just inside ${MAILTO_LIMIT} characters`, MAILTO_LIMIT - 'mailto:pals@nhs.uk?subject=S&body='.length, true],
      ['one character more', MAILTO_LIMIT - 'mailto:pals@nhs.uk?subject=S&body='.length + 1, false],
      ['long notes (14,000 characters)', 14_000, false],
    ];
    for (const [name, length, offered] of sizes) {
      it(`${offered ? 'offers' : 'does not offer'} a mailto: link for ${name}`, () => {
        const href = draftMailto('pals@nhs.uk', 'S', 'x'.repeat(length));
        expect(href === undefined ? undefined : href.length <= MAILTO_LIMIT).to.equal(offered ? true : undefined);
      });
    }
  });
});

describe('<coordinator-check> links', () => {
  it("shows each contact link's text as the cleaned address it goes to", async () => {
    const el = await renderCheck(
      html`<coordinator-check layout="single" contact-name="PALS" contact-email="  pals@leeds.nhs.uk " contact-url="https:evil.example"></coordinator-check>`,
    );
    await answerAll(el, 'no');
    await submit(el);
    const links = $$<HTMLAnchorElement>(el, CONTACT_LINKS).map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    expect(links).to.deep.include(['pals@leeds.nhs.uk', 'mailto:pals@leeds.nhs.uk']);
    expect(links).to.deep.include(['https://evil.example/', 'https://evil.example/']);
  });

  it('never links contact-url="mailto:..." or "tel:...", documented as https: or http: only', async () => {
    const warnings = captureWarnings();
    try {
      for (const url of ['mailto:pals@nhs.uk', 'tel:999']) {
        const el = await renderCheck(html`<coordinator-check layout="single" contact-name="PALS" contact-url=${url}></coordinator-check>`);
        await answerAll(el, 'no');
        await submit(el);
        expect($$<HTMLAnchorElement>(el, CONTACT_LINKS).map((a) => a.getAttribute('href'))).not.to.include(url);
      }
      expect(warnings.messages.filter((m) => m.includes('contact-url'))).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });
});
