import {describe, it} from 'node:test';
import {expect} from 'chai';
import {parseEmbedParams, parseOrigin} from '../../src/embed/embed-params.js';

const read = (search: string) => {
  const warnings: string[] = [];
  return {...parseEmbedParams(search, (message) => warnings.push(message)), warnings};
};

describe('the embed page’s URL (parseEmbedParams)', () => {
  it('passes on the attributes it is given, checked', () => {
    const {attributes, warnings} = read(
      '?region=wales&role-name=key+worker&heading-level=3&lang=cy&theme=auto&contact-name=Our+PALS&contact-phone=0113+496+0000&contact-email=pals%40example.org&contact-url=https%3A%2F%2Fexample.org%2Fpals',
    );
    expect(attributes).to.deep.equal({
      region: 'wales',
      'role-name': 'key worker',
      'heading-level': '3',
      lang: 'cy',
      theme: 'auto',
      'contact-name': 'Our PALS',
      'contact-phone': '0113 496 0000',
      'contact-email': 'pals@example.org',
      'contact-url': 'https://example.org/pals',
    });
    expect(warnings).to.deep.equal([]);
  });

  const bad: [string, string][] = [
    ['region=atlantis', 'region="atlantis" is not known; ignored. Accepted: england, scotland, wales, northern-ireland.'],
    ['heading-level=9', 'heading-level="9" is not known; ignored. Accepted: 1, 2, 3, 4, 5, 6.'],
    ['lang=%3Cb%3E', 'lang="<b>" is not a language tag; ignored.'],
    ['role-name=', 'role-name should be 1 to 60 characters; ignored.'],
    ['contact-url=javascript%3Aalert(1)', 'contact.url "javascript:alert(1)" is not a usable link (an https: or http: address); dropped.'],
    ['colour=red', 'colour is not a parameter the embed page knows; ignored.'],
    ['region=wales&region=scotland', 'region is given twice; the first is used.'],
    [
      'origin=https%3A%2F%2Fblog.example%2Fpost',
      'origin="https://blog.example/post" is not an origin such as https://blog.example; nothing will be sent to the page.',
    ],
  ];
  for (const [search, warning] of bad) {
    it(`warns and leaves out ${search}`, () => {
      const {attributes, origin, warnings} = read(search);
      expect(warnings).to.deep.equal([warning]);
      expect(attributes).to.deep.equal(search.startsWith('region=wales') ? {region: 'wales'} : {});
      expect(origin).to.equal(undefined);
    });
  }

  it('hands the config parameter to the widget, whose own parser checks it', () => {
    expect(read('config=%7B%22strings%22%3A%7B%7D%7D').config).to.equal('{"strings":{}}');
  });

  const origins: [string, string | undefined][] = [
    ['https://blog.example', 'https://blog.example'],
    ['https://blog.example/', 'https://blog.example'],
    ['http://localhost:8000', 'http://localhost:8000'],
    ['https://blog.example/post', undefined],
    ['*', undefined],
    ['javascript:alert(1)', undefined],
    ['file:///etc', undefined],
  ];
  for (const [value, origin] of origins) {
    it(`takes "${value}" as the origin ${origin ?? 'nothing is sent to'}`, () => {
      expect(parseOrigin(value)).to.equal(origin);
    });
  }
});

describe('the check page’s URL (parseEmbedParams, "check")', () => {
  const readCheck = (search: string) => {
    const warnings: string[] = [];
    return {...parseEmbedParams(search, (message) => warnings.push(message), 'check'), warnings};
  };

  it('takes the same settings as the embed page, checked the same way', () => {
    const search = '?region=scotland&role-name=lead+professional&lang=en&theme=auto&contact-url=javascript%3Aalert(1)&config=%7B%7D';
    const embed = read(search);
    const check = readCheck(search);
    expect(check.attributes).to.deep.equal(embed.attributes);
    expect(check.attributes).to.deep.equal({region: 'scotland', 'role-name': 'lead professional', lang: 'en', theme: 'auto'});
    expect(check.config).to.equal('{}');
    expect(check.warnings).to.deep.equal(embed.warnings);
  });

  const backs: [string, string | undefined, string[]][] = [
    ['https://blog.example/post?x=1#top', 'https://blog.example/post?x=1#top', []],
    ['http://blog.example', 'http://blog.example/', []],
    ['javascript:alert(1)', undefined, ['back="javascript:alert(1)" is not a web address (https: or http:); no "Back to" link is shown.']],
    [
      'data:text/html,<b>x</b>',
      undefined,
      ['back="data:text/html,<b>x</b>" is not a web address (https: or http:); no "Back to" link is shown.'],
    ],
    [
      'https://nhs.uk@evil.example/',
      undefined,
      ['back="https://nhs.uk@evil.example/" is not a web address (https: or http:); no "Back to" link is shown.'],
    ],
    ['/relative', undefined, ['back="/relative" is not a web address (https: or http:); no "Back to" link is shown.']],
  ];
  for (const [value, back, warnings] of backs) {
    it(`takes back="${value}" as ${back ?? 'no link'}`, () => {
      const read = readCheck(`back=${encodeURIComponent(value)}`);
      expect(read.back).to.equal(back);
      expect(read.warnings).to.deep.equal(warnings);
    });
  }

  it('takes the first "back" when there are two', () => {
    const twice = readCheck('back=https%3A%2F%2Fa.example%2F&back=https%3A%2F%2Fb.example%2F');
    expect(twice.back).to.equal('https://a.example/');
    expect(twice.warnings).to.deep.equal(['back is given twice; the first is used.']);
  });

  it('counts a parameter given twice once, even when its first value could not be used', () => {
    const twice = readCheck('back=javascript%3Aalert(1)&back=https%3A%2F%2Fb.example%2F&origin=x&region=mars&region=wales');
    expect(twice.back).to.equal(undefined);
    expect(twice.attributes).to.deep.equal({});
    expect(twice.warnings).to.deep.equal([
      'back="javascript:alert(1)" is not a web address (https: or http:); no "Back to" link is shown.',
      'back is given twice; the first is used.',
      'origin is not a parameter the check page knows; ignored.',
      'region="mars" is not known; ignored. Accepted: england, scotland, wales, northern-ireland.',
      'region is given twice; the first is used.',
    ]);
  });

  it('sets the heading level itself, under the page’s own title', () => {
    const check = readCheck('heading-level=1');
    expect(check.attributes).to.deep.equal({});
    expect(check.warnings).to.deep.equal(['heading-level is set by the check page itself, under its own title; ignored.']);
    expect(read('heading-level=1').attributes).to.deep.equal({'heading-level': '1'});
  });

  it('knows no "origin" (it posts nothing), and the embed page knows no "back"', () => {
    const check = readCheck('origin=https%3A%2F%2Fblog.example');
    expect(check.origin).to.equal(undefined);
    expect(check.warnings).to.deep.equal(['origin is not a parameter the check page knows; ignored.']);
    const embed = read('back=https%3A%2F%2Fblog.example');
    expect(embed.back).to.equal(undefined);
    expect(embed.warnings).to.deep.equal(['back is not a parameter the embed page knows; ignored.']);
  });
});
