// The link, the WordPress button and the Markdown link to the check page: what a blogger pastes into
// a site that strips scripts. Each must point at exactly the address, and no text may become markup.
import {expect} from '@open-wc/testing';
// @ts-expect-error: the demo's plain JavaScript module has no type declarations.
import * as links from '../demo/hosted-links.js';

interface Links {
  checkPageAddress: (base: string, params: Record<string, string>) => string;
  linkText: (roleName?: string) => string;
  htmlLink: (address: string, text: string) => string;
  buttonsBlock: (address: string, text: string) => string;
  markdownLink: (address: string, text: string) => string;
  shortAddress: (address: string) => string;
}
const {checkPageAddress, linkText, htmlLink, buttonsBlock, markdownLink, shortAddress} = links as Links;

const BASE = 'https://example.github.io/coordinator-check/dist/';
const HOSTILE = 'Ward "A" <b>&</b> (east) [x]';

/** Parses HTML inertly, as a page would, and returns its links. */
const anchors = (html: string) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('a')];

describe('links to the check page (demo/hosted-links.js)', () => {
  it('make the check page’s address from the settings, in order', () => {
    expect(checkPageAddress(BASE, {})).to.equal(`${BASE}check.html`);
    expect(checkPageAddress(BASE, {region: 'wales', 'role-name': 'key worker', 'contact-name': 'A & B'})).to.equal(
      `${BASE}check.html?region=wales&role-name=key+worker&contact-name=A+%26+B`,
    );
  });

  it('word the link in the host’s role name', () => {
    expect(linkText()).to.equal('Check how well your care co-ordinator is doing');
    expect(linkText('key worker')).to.equal('Check how well your key worker is doing');
  });

  const address = checkPageAddress(BASE, {'contact-name': HOSTILE, config: '{"a":"<script>"}'});

  it('a plain link points at exactly the address, and its text stays text', () => {
    const [a, ...more] = anchors(htmlLink(address, HOSTILE));
    expect(more).to.have.length(0);
    expect(a.href).to.equal(address);
    expect(a.textContent).to.equal(HOSTILE);
    expect(a.children).to.have.length(0);
  });

  it('a WordPress Buttons block holds one button to exactly the address, in the block editor’s markup', () => {
    const block = buttonsBlock(address, HOSTILE);
    expect(block.startsWith('<!-- wp:buttons -->\n<div class="wp-block-buttons"><!-- wp:button -->\n')).to.equal(true);
    expect(block.endsWith('<!-- /wp:button --></div>\n<!-- /wp:buttons -->\n')).to.equal(true);
    const [a, ...more] = anchors(block);
    expect(more).to.have.length(0);
    expect(a.className).to.equal('wp-block-button__link wp-element-button');
    expect(a.parentElement!.className).to.equal('wp-block-button');
    expect(a.href).to.equal(address);
    expect(a.textContent).to.equal(HOSTILE);
  });

  const markdown: [string, string, string][] = [
    ['https://a.example/check.html?x=1', 'Check', '[Check](https://a.example/check.html?x=1)\n'],
    ['https://a.example/(x) y', 'Check [it]', '[Check \\[it\\]](https://a.example/%28x%29%20y)\n'],
    ['https://a.example/', 'back\\slash', '[back\\\\slash](https://a.example/)\n'],
    [
      'https://a.example/',
      'co-ordinator *not* _this_ <b>`x`</b>',
      '[co-ordinator \\*not\\* \\_this\\_ \\<b\\>\\`x\\`\\</b\\>](https://a.example/)\n',
    ],
  ];
  for (const [to, text, expected] of markdown) {
    it(`a Markdown link to ${to} with the text ${text} escapes what Markdown reads`, () => expect(markdownLink(to, text)).to.equal(expected));
  }

  it('a poster writes the address out without its scheme', () => {
    expect(shortAddress('https://our-trust.example/check')).to.equal('our-trust.example/check');
    expect(shortAddress('http://a.example/')).to.equal('a.example/');
  });
});
