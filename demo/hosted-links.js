// The ways onto a page that survive a host that strips scripts, iframes and unknown tags: a link, a
// WordPress Buttons block and a Markdown link to the check page (dist/check.html), and its address
// for a QR code. Pure functions, no DOM: the builder uses them, and so do the Node tests that paste
// their output into a real WordPress.

/** The check page's file name, beside the widget's files. */
export const CHECK_PAGE = 'check.html';

/** The words on every link and button: what the person will get, in the host's role name. */
export const linkText = (roleName) => `Check how well your ${roleName || 'care co-ordinator'} is doing`;

/** Text for an HTML attribute value in double quotes. */
export const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Text for HTML content. */
export const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The check page's address: `base` (the folder of the widget's files, ending in "/"), then the
 * parameters in a fixed order, so one set of choices always makes one address.
 */
export function checkPageAddress(base, params) {
  const query = new URLSearchParams(params).toString();
  return `${base}${CHECK_PAGE}${query ? `?${query}` : ''}`;
}

/** A plain HTML link. */
export const htmlLink = (address, text) => `<a href="${escapeAttribute(address)}">${escapeText(text)}</a>\n`;

/**
 * A WordPress Buttons block holding one Button, in the block editor's own comment markup (as
 * WordPress 6.1 saves it), so it pastes into the editor as a button an author can restyle.
 */
export const buttonsBlock = (address, text) =>
  '<!-- wp:buttons -->\n' +
  '<div class="wp-block-buttons"><!-- wp:button -->\n' +
  `<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="${escapeAttribute(address)}">${escapeText(text)}</a></div>\n` +
  '<!-- /wp:button --></div>\n' +
  '<!-- /wp:buttons -->\n';

/**
 * A Markdown link: in the text, every character Markdown reads as formatting or HTML is escaped; in
 * the address, parentheses and spaces.
 */
export const markdownLink = (address, text) =>
  `[${text.replace(/([\\`*_{}[\]<>()|~])/g, '\\$1')}](${address.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})\n`;

/** The address without its scheme, for writing out on a poster. */
export const shortAddress = (address) => address.replace(/^https?:\/\//, '');

/** Longer than this (without its scheme), an address is too much to type from a poster. */
export const TYPEABLE = 80;

/** Longer than this, the QR code gets dense (past version 10 or so): hard to scan from across a room. */
export const DENSE_QR = 300;

/** The nations' names as a person reads them, for lines that say which nation they are for. */
export const NATION_NAMES = {england: 'England', scotland: 'Scotland', wales: 'Wales', 'northern-ireland': 'Northern Ireland'};

/**
 * A short address of the host's own for a poster (`our-trust.example/check`, with or without
 * `https://`), as a full address; undefined unless it is an http(s) address with a dotted host name
 * and no user name or password.
 */
export function shortAddressOf(value) {
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every nation's crisis lines from the model's table (`REGIONS`, `REGION_FACTS`), each once, with the
 * nations it serves: the ones for all first (999), then each nation's own, then the rest for all
 * (Samaritans). For the check page without JavaScript and the poster without a nation.
 */
export function crisisLines(model) {
  const lines = new Map();
  for (const region of model.REGIONS) {
    for (const {id, phone} of model.REGION_FACTS[region].crisis) {
      const line = lines.get(id) ?? {id, phone, regions: []};
      line.regions.push(region);
      lines.set(id, line);
    }
  }
  // Lines for every nation first (999), then each nation's own, then the ones for all again (Samaritans).
  const all = [...lines.values()];
  const everywhere = (line) => line.regions.length === model.REGIONS.length;
  const first = all.findIndex((line) => !everywhere(line));
  return [...all.slice(0, first).filter(everywhere), ...all.filter((line) => !everywhere(line)), ...all.slice(first).filter(everywhere)];
}
