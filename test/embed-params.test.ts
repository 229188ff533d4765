import {expect} from '@open-wc/testing';
import {parseEmbedParams, parseOrigin} from '../src/embed-params.js';

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
    it(`takes "${value}" as the origin ${origin ?? 'nothing is sent to'}`, () => expect(parseOrigin(value)).to.equal(origin));
  }
});
