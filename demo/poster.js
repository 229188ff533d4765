// The A4 poster for a waiting room or a leaflet: the check's title, one line, the QR code of the
// check page's address, the address written out, and the crisis lines of the address's nation.
// Everything comes from its own URL (?address=…&short=…), checked; nothing is sent anywhere.
// The library's browser build (its package.json "browser" field), named so every server finds it.
import QRCode from 'qrcode/lib/browser.js';
import {en, parseConfig, REGION_FACTS, REGIONS, roleWords, safeUrl, telHref} from '../dist/lib/model.js';
import {shortAddress, TYPEABLE} from './hosted-links.js';
import {QR_OPTIONS} from './qr-options.js';

const warn = (message) => console.warn(`<coordinator-check> poster: ${message}`);
const params = new URLSearchParams(location.search);
const address = safeUrl(params.get('address') ?? '');
const short = params.get('short')
  ? safeUrl(/^https?:/.test(params.get('short')) ? params.get('short') : `https://${params.get('short')}`)
  : undefined;
if (params.get('short') && !short) warn(`short="${params.get('short')}" is not a web address; the page's own address is written out.`);

const $ = (id) => document.getElementById(id);
document.getElementById('print').addEventListener('click', () => print());

if (!address) {
  warn(params.has('address') ? `address="${params.get('address')}" is not a web address (https: or http:).` : 'no address was given.');
  $('poster-address').textContent =
    'This poster needs the check page’s address. Make one with the snippet builder: choose “A QR code and a poster”.';
} else {
  const settings = new URL(address).searchParams;
  const role = settings.get('role-name')?.trim();
  $('poster-title').textContent = en.heading(roleWords(role && role.length <= 60 ? role : 'care co-ordinator'));
  const region = REGIONS.includes(settings.get('region')) ? settings.get('region') : 'england';

  // The host's own crisis or duty line first, checked by the widget's parser, then the nation's lines.
  let config = {};
  try {
    config = parseConfig(JSON.parse(settings.get('config') ?? '{}'), warn);
  } catch {
    warn('the address has a configuration that is not JSON; it is left out.');
  }
  const lines = [
    ...(config.teamCrisis ? [{label: config.teamCrisis.label ?? en.crisis.team, phone: config.teamCrisis.phone}] : []),
    ...REGION_FACTS[region].crisis.map(({id, phone}) => ({label: en.crisis[id], phone})),
  ];
  $('poster-crisis').replaceChildren(
    ...lines.map(({label, phone}) => {
      const item = document.createElement('li');
      const href = telHref(phone);
      const number = document.createElement(href ? 'a' : 'span');
      if (href) number.href = href;
      number.textContent = phone;
      item.append(`${label} `, number);
      return item;
    }),
  );

  const written = short ?? (shortAddress(address).length <= TYPEABLE ? address : undefined);
  $('poster-address').textContent = written ? shortAddress(written) : '';
  $('poster-scan').textContent = written
    ? 'Scan the code with your phone’s camera, or type this address:'
    : 'Scan the code with your phone’s camera to open the check.';
  QRCode.toString(address, {...QR_OPTIONS, type: 'svg'}).then(
    (svg) => {
      $('poster-qr').src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      $('poster-qr').hidden = $('poster-scan').hidden = false;
      document.documentElement.dataset.posterReady = '';
    },
    (error) => {
      warn(`the address is too long for a QR code (${error.message}).`);
      document.documentElement.dataset.posterReady = '';
    },
  );
}
if (!address) document.documentElement.dataset.posterReady = '';
