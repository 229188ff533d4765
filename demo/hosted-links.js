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

/** A Markdown link: brackets in the text and parentheses and spaces in the address are escaped. */
export const markdownLink = (address, text) =>
  `[${text.replace(/([\\[\]])/g, '\\$1')}](${address.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})\n`;

/** The address without its scheme, for writing out on a poster. */
export const shortAddress = (address) => address.replace(/^https?:\/\//, '');

/** Longer than this (without its scheme), an address is too much to type from a poster. */
export const TYPEABLE = 80;
