// The A4 poster for a waiting room or a leaflet: the check's title, one line, the QR code of the
// check page's address, the address written out, and the crisis lines of the address's nation.
// Everything comes from its own URL (?address=…&short=…), checked; nothing is sent anywhere.
// The library's browser build (its package.json "browser" field), named so every server finds it.
import QRCode from 'qrcode/lib/browser.js';
import {en, LIMITS, parseConfig, REGION_FACTS, REGIONS, roleWords, safeUrl, telHref} from '../dist/lib/model.js';
import {CHECK_PAGE, crisisLines, NATION_NAMES, shortAddress, shortAddressOf, TYPEABLE} from './hosted-links.js';
import {QR_OPTIONS} from './qr-options.js';

const warn = (message) => console.warn(`<coordinator-check> poster: ${message}`);
const params = new URLSearchParams(location.search);
// Only the check page's address: the poster is no way to print a code to anywhere else.
const given = safeUrl(params.get('address') ?? '');
const address = given && new URL(given).pathname.endsWith(`/${CHECK_PAGE}`) ? given : undefined;
const short = params.get('short') ? shortAddressOf(params.get('short')) : undefined;
if (params.get('short') && !short) warn(`short="${params.get('short')}" is not a web address; the page's own address is written out.`);

const $ = (id) => document.getElementById(id);
document.getElementById('print').addEventListener('click', () => print());

/** Says on screen why the poster cannot be printed, and takes the Print button away. */
const cannotPrint = (why) => {
  $('poster-problem').textContent = why;
  $('poster-problem').hidden = false;
  $('print').hidden = true;
};

if (!address) {
  warn(
    params.has('address')
      ? `address="${params.get('address')}" is not the address of a check page (an https: or http: address ending in ${CHECK_PAGE}).`
      : 'no address was given.',
  );
  cannotPrint('This poster needs the check page’s address. Make one with the snippet builder: choose “A QR code and a poster”.');
  document.documentElement.dataset.posterReady = '';
} else {
  const settings = new URL(address).searchParams;
  const role = settings.get('role-name')?.trim();
  $('poster-title').textContent = en.heading(roleWords(role && role.length <= LIMITS.roleName ? role : 'care co-ordinator'));
  // With no nation in the address, every nation's lines, each named, as the check page shows them.
  const region = REGIONS.includes(settings.get('region')) ? settings.get('region') : undefined;

  // The host's own crisis or duty line first, checked by the widget's parser, then the nation's lines.
  let config = {};
  try {
    config = parseConfig(JSON.parse(settings.get('config') ?? '{}'), warn);
  } catch {
    warn('the address has a configuration that is not JSON; it is left out.');
  }
  const lines = [
    ...(config.teamCrisis ? [{label: config.teamCrisis.label ?? en.crisis.team, phone: config.teamCrisis.phone}] : []),
    // Every nation's lines, a nation's own named, unless the address names the nation.
    ...crisisLines({REGIONS, REGION_FACTS})
      .filter(({regions}) => !region || regions.includes(region))
      .map(({id, phone, regions}) => ({
        label: `${!region && regions.length === 1 ? `${NATION_NAMES[regions[0]]}: ` : ''}${en.crisis[id]}`,
        phone,
      })),
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
      cannotPrint('This address is too long for a QR code. Make it again in the snippet builder with fewer settings.');
      document.documentElement.dataset.posterReady = '';
    },
  );
}
