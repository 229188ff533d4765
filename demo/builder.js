// The snippet builder: the form's choices become a live preview and a ready-to-paste snippet.
// Choices are checked by the widget's own parser (parseConfig), and what it would leave out is
// said in words. The integrity hashes come from the build (dist/snippets.json), never by hand.
// The library's browser build (its package.json "browser" field), named so every server finds it.
import QRCode from 'qrcode/lib/browser.js';
import {LIMITS, parseConfig, safeUrl} from '../dist/lib/model.js';
import {QR_OPTIONS} from './qr-options.js';
import {
  buttonsBlock,
  checkPageAddress,
  DENSE_QR,
  escapeAttribute,
  htmlLink,
  linkText,
  markdownLink,
  shortAddress,
  shortAddressOf,
  TYPEABLE,
} from './hosted-links.js';

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const previewCheck = document.getElementById('preview-check');
const snippetBox = document.getElementById('snippet');
const warningsBox = document.getElementById('warnings');
const srcInput = document.getElementById('b-src');

const LANGUAGES = {en: 'English', cy: 'Welsh'};
const CONTACT_LABELS = {name: 'The advice service name', phone: 'The phone number', email: 'The email address', url: 'The web page'};
const ATTRIBUTES = [
  'region',
  'role-name',
  'contact-name',
  'contact-phone',
  'contact-email',
  'contact-url',
  'heading-level',
  'lang',
  'remember',
  'storage-key',
  'theme',
];

/** The build's addresses and hashes; the builder still works without them, minus the hashes. */
const data = await fetch(new URL('../dist/snippets.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : undefined))
  .catch(() => undefined);
const cdnBase = data ? `${data.cdnBase}dist/` : 'https://cdn.jsdelivr.net/npm/coordinator-check/dist/';
// On a published site (not this computer), the files are right here: the site's own dist/ folder.
const local = (url) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(url).hostname);
const defaultBase = /^https?:$/.test(location.protocol) && !local(location.href) ? new URL('../dist/', location.href).href : cdnBase;
srcInput.value = defaultBase;

/** The kinds that point at the check page instead of putting the widget on the host's page. */
const LINK_KINDS = ['link', 'button', 'markdown', 'qr'];

/** Reads the form into plain choices. */
function readChoices() {
  const f = new FormData(form);
  const text = (name) => String(f.get(name) ?? '').trim();
  return {
    region: text('region'),
    roleName: text('role-name'),
    headingLevel: text('heading-level'),
    contact: {name: text('contact-name'), phone: text('contact-phone'), email: text('contact-email'), url: text('contact-url')},
    lang: text('lang'),
    remember: f.get('remember') === 'on',
    storageKey: text('storage-key'),
    theme: text('theme'),
    heading: text('heading'),
    submit: text('submit'),
    configText: String(f.get('config') ?? ''),
    kind: text('kind') || 'module',
    src: text('src'),
    origin: text('origin'),
    short: text('short'),
  };
}

/** The snippet, the attributes and configuration it sets, and every warning, in words. */
export function build(c) {
  const warnings = [];
  const say = (message) => warnings.push(message);

  // The configuration: the JSON box, with the title and button text laid over it.
  let config = {};
  if (c.configText.trim()) {
    try {
      config = JSON.parse(c.configText);
      if (typeof config !== 'object' || config === null || Array.isArray(config)) {
        say('The configuration should be a JSON object, in { }; it is left out.');
        config = {};
      }
    } catch (error) {
      say(`The configuration is not valid JSON (${error.message}); it is left out.`);
      config = {};
    }
  }
  const strings = {...(c.heading ? {heading: c.heading} : {}), ...(c.submit ? {submit: c.submit} : {})};
  if (Object.keys(strings).length) config = {...config, strings: {...config.strings, ...strings}};
  // The widget's own parser: whatever it would leave out is said here, with its path.
  const parsed = parseConfig(config, (message) => say(`In the configuration: ${message}`));

  // Attributes, the contact checked by the same parser.
  const attributes = {region: c.region};
  if (c.roleName) attributes['role-name'] = c.roleName;
  const contact = Object.fromEntries(Object.entries(c.contact).filter(([, value]) => value));
  if (Object.keys(contact).length) {
    const checked = parseConfig({contact}, (message) =>
      say(message.replace(/^contact\.(\w+)/, (_, key) => CONTACT_LABELS[key] ?? key).replace('; dropped.', ', so it is left out.')),
    ).contact;
    for (const [key, value] of Object.entries(checked ?? {})) attributes[`contact-${key}`] = value;
  }
  if (c.headingLevel && c.headingLevel !== '2') attributes['heading-level'] = c.headingLevel;
  if (c.lang) {
    attributes.lang = c.lang;
    if (c.lang !== 'en' && !parsed.locales[c.lang]) {
      say(
        `${LANGUAGES[c.lang] ?? c.lang} has no translation in your configuration yet, so the check shows English. Add one under "locales": {"${c.lang}": {…}}.`,
      );
    }
  }
  if (c.remember) attributes.remember = '';
  if (c.storageKey) {
    if (c.remember) attributes['storage-key'] = c.storageKey;
    else say('The name for saved answers only matters when answers are remembered; it is left out.');
  }
  if (c.theme) attributes.theme = c.theme;

  let base = c.src || defaultBase;
  let folder;
  try {
    folder = new URL(base);
    if (!/^https?:$/.test(folder.protocol)) throw new Error('not a web address');
  } catch {
    say(`"${base}" is not an https: or http: address; the default is used.`);
    folder = new URL((base = defaultBase));
  }
  // The folder the files are in: a file's address (".../coordinator-check.js") gives its folder, a
  // folder's without its last "/" gets one, and a query or a "#" part is dropped.
  if (folder.search || folder.hash) say(`"${base}" has a "?" or "#" part, which is left out.`);
  folder.search = folder.hash = '';
  base = /\/[^/]*\.[a-z0-9]+$/i.test(folder.pathname) ? folder.href.replace(/[^/]*$/, '') : folder.href.replace(/\/?$/, '/');
  const file = (name) => ({url: base + name, integrity: data?.files[`dist/${name}`]?.integrity});
  const scriptTag = ({url, integrity}, extra) => {
    if (!integrity)
      say('The build’s hashes (dist/snippets.json) were not found: run `npm run build`. The snippet has no integrity hash until then.');
    const hash = integrity ? `\n        integrity="${integrity}" crossorigin="anonymous"` : '';
    return `<script${extra.type ? ` type="${extra.type}"` : ''} src="${escapeAttribute(url)}"${hash}${extra.defer ? ' defer' : ''}></script>`;
  };
  const hasConfig = Object.keys(config).length > 0;
  const element = () => {
    const attrs = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
    // Indented for people; "<" escaped so no text can close the script early.
    const json = hasConfig
      ? `\n  <script type="application/json">\n    ${JSON.stringify(config, null, 2).replace(/</g, '\\u003c').replace(/\n/g, '\n    ')}\n  </script>\n`
      : '';
    return `<coordinator-check${attrs.join('')}>${json}</coordinator-check>`;
  };

  let snippet;
  let shown = {attributes, config: hasConfig ? config : undefined};
  if (c.kind === 'classic') {
    snippet = `${scriptTag(file('coordinator-check.iife.js'), {defer: true})}\n\n${element()}\n`;
  } else if (c.kind === 'wordpress') {
    const names = {
      region: 'region',
      'role-name': 'role_name',
      'contact-name': 'contact_name',
      'contact-phone': 'contact_phone',
      'contact-email': 'contact_email',
      'contact-url': 'contact_url',
      'heading-level': 'heading_level',
    };
    const left = Object.keys(attributes).filter((name) => !names[name]);
    if (left.length || hasConfig)
      say(
        `The WordPress plugin takes the nation, role name, contact and heading level only, so ${[...left, ...(hasConfig ? ['your own words and configuration'] : [])].join(', ')} ${left.length + (hasConfig ? 1 : 0) > 1 ? 'are' : 'is'} left out. Use a script snippet for the rest.`,
      );
    const kept = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (!names[name]) continue;
      // A shortcode cannot hold these characters in a value.
      if (/["[\]]/.test(value)) say(`${name} holds " [ or ], which a shortcode cannot take; those characters are left out.`);
      kept[name] = value.replace(/["[\]]/g, '');
    }
    snippet = `[coordinator_check${Object.entries(kept)
      .map(([name, value]) => ` ${names[name]}="${value}"`)
      .join('')}]\n`;
    shown = {attributes: kept, config: undefined};
  } else if (c.kind === 'iframe') {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(attributes)) if (!['remember', 'storage-key'].includes(name)) params.set(name, value);
    if (c.remember) say('Remembering answers is not offered in the iframe; it is left out.');
    if (hasConfig) params.set('config', JSON.stringify(config));
    let origin;
    try {
      origin = c.origin && new URL(c.origin).origin;
    } catch {
      origin = undefined;
    }
    if (!c.origin) say('Without your page’s address, the frame cannot resize itself or pass on results; it still works.');
    else if (!origin || !/^https?:/.test(origin)) say(`"${c.origin}" is not a web address such as https://your-blog.example; it is left out.`);
    else params.set('origin', origin);
    if (base.startsWith('https://cdn.jsdelivr.net/'))
      say(
        'jsDelivr serves HTML as plain text, so the frame needs embed.html from your own site: copy dist/embed.html, embed.js, embed.css and coordinator-check.js there and put its address above.',
      );
    const src = `${base}embed.html?${params}`;
    snippet =
      `<iframe data-coordinator-check title="Check how well your care co-ordinator is doing"\n        src="${escapeAttribute(src)}"\n        width="100%" height="1800"></iframe>\n` +
      `${scriptTag(file('embed-resize.js'), {})}\n`;
    shown = {
      attributes,
      config: undefined,
      iframe: `../dist/embed.html?${new URLSearchParams({...Object.fromEntries(params), origin: location.origin})}`,
    };
  } else if (LINK_KINDS.includes(c.kind)) {
    const params = {};
    for (const [name, value] of Object.entries(attributes))
      if (!['remember', 'storage-key', 'heading-level'].includes(name)) params[name] = value;
    if (c.remember) say('Remembering answers is not offered on the check page; it is left out.');
    if (attributes['heading-level']) say('The check page has its own title, so the heading level is left out.');
    if (params['role-name'] && params['role-name'].length > LIMITS.roleName) {
      say(`The check page takes a name for the professional of up to ${LIMITS.roleName} characters, so yours is left out.`);
      delete params['role-name'];
    }
    if (hasConfig) params.config = JSON.stringify(config);
    if (c.origin) {
      // Checked as the check page checks it, so what the link carries is what the page shows.
      const back = safeUrl(c.origin);
      if (back) params.back = back;
      else say(`"${c.origin}" is not a web address such as https://your-blog.example/your-post; it is left out.`);
    }
    if (base.startsWith('https://cdn.jsdelivr.net/'))
      say(
        'The check page must be published on a website first: jsDelivr serves HTML as plain text. Run “npm run site” and publish the site folder (or let the GitHub Pages workflow do it), then put the address of its dist/ folder above.',
      );
    else if (local(base))
      say('This address is on this computer, so the link works only here. Publish the site first, then put its address above.');
    const address = checkPageAddress(base, params);
    const short = c.short ? shortAddressOf(c.short) : undefined;
    if (c.kind === 'qr' && c.short && !short)
      say(`"${c.short}" is not a web address such as https://your-trust.example/check; the poster writes out the check page’s own address.`);
    else if (c.kind === 'qr' && !short && shortAddress(address).length > TYPEABLE)
      say(
        `The address is ${shortAddress(address).length} characters long, too long to type from a poster, so the poster shows the QR code without it. For one written out, make a short address of your own that leads to it, and put it in the box for the poster.`,
      );
    if (c.kind === 'qr' && address.length > DENSE_QR)
      say(
        `The QR code holds an address of ${address.length} characters, so its squares are small. Print it large (the poster does), and try scanning it from where people will stand. Fewer settings make a simpler code.`,
      );
    const text = linkText(params['role-name']);
    snippet =
      c.kind === 'link'
        ? htmlLink(address, text)
        : c.kind === 'button'
          ? buttonsBlock(address, text)
          : c.kind === 'markdown'
            ? markdownLink(address, text)
            : `${address}\n`;
    // The preview is the check page itself, here (its "Back to" would lead out of the builder).
    const preview = {...params};
    delete preview.back;
    shown = {attributes, config: undefined, iframe: checkPageAddress('../dist/', preview), address, short};
  } else {
    snippet = `${scriptTag(file('coordinator-check.js'), {type: 'module'})}\n\n${element()}\n`;
  }
  return {snippet, warnings: [...new Set(warnings)], shown};
}

const qrBox = document.getElementById('qr');
const qrImage = document.getElementById('qr-image');
const qrSvg = document.getElementById('qr-svg');
const qrPng = document.getElementById('qr-png');
const posterLink = document.getElementById('poster-link');
const qrStatus = document.getElementById('qr-status');

let qrShown = 0;
/** Draws the QR code of `address`, with its downloads and the poster's link; an address too long for one says so. */
async function showQr(address, short) {
  const turn = ++qrShown;
  qrBox.hidden = !address;
  if (!address) return;
  try {
    const svg = await QRCode.toString(address, {...QR_OPTIONS, type: 'svg'});
    const png = await QRCode.toDataURL(address, {...QR_OPTIONS, width: 1024});
    if (turn !== qrShown) return; // the choices changed while it was drawn
    qrImage.src = qrSvg.href = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    qrPng.href = png;
    posterLink.href = `poster.html?${new URLSearchParams({address, ...(short ? {short} : {})})}`;
    qrStatus.textContent = '';
    for (const el of [qrImage, qrSvg.parentElement, posterLink.parentElement]) el.hidden = false;
  } catch {
    if (turn !== qrShown) return;
    for (const el of [qrImage, qrSvg.parentElement, posterLink.parentElement]) el.hidden = true;
    qrStatus.textContent = 'This address is too long for a QR code. Leave out some of the configuration.';
  }
  qrBox.dataset.address = address;
}

let frame;
let lastFrameSrc;
function update() {
  const choices = readChoices();
  const {snippet, warnings, shown} = build(choices);
  snippetBox.value = snippet;
  snippetBox.rows = Math.min(30, snippet.split('\n').length + 1);
  warningsBox.replaceChildren();
  if (warnings.length) {
    const heading = document.createElement('p');
    heading.textContent = warnings.length === 1 ? 'One thing to check:' : `${warnings.length} things to check:`;
    const list = document.createElement('ul');
    for (const warning of warnings) list.append(Object.assign(document.createElement('li'), {textContent: warning}));
    warningsBox.append(heading, list);
  }
  void showQr(choices.kind === 'qr' ? shown.address : undefined, shown.short);
  if (shown.iframe) {
    previewCheck.hidden = true;
    if (!frame) {
      frame = Object.assign(document.createElement('iframe'), {title: 'The check, as the iframe shows it'});
      frame.setAttribute('data-coordinator-check', '');
      frame.className = 'preview-frame';
      preview.append(frame);
    }
    frame.hidden = false;
    if (shown.iframe !== lastFrameSrc) frame.src = lastFrameSrc = shown.iframe;
    return;
  }
  if (frame) frame.hidden = true;
  previewCheck.hidden = false;
  for (const name of ATTRIBUTES) if (!(name in shown.attributes)) previewCheck.removeAttribute(name);
  for (const [name, value] of Object.entries(shown.attributes)) previewCheck.setAttribute(name, value);
  previewCheck.config = shown.config;
}

let timer;
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
};
form.addEventListener('input', later);
form.addEventListener('change', later);
form.addEventListener('submit', (event) => event.preventDefault());
update();

const copyStatus = document.getElementById('copy-status');
document.getElementById('copy').addEventListener('click', async () => {
  update();
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    snippetBox.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (or ⌘C on a Mac) to copy.';
  }
});
document.documentElement.dataset.builderReady = '';
