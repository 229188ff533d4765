// The entry of dist/check.html: the check as a page of its own, for people who follow a link, a
// button or a QR code from a site that strips scripts and iframes. Configured by its URL, like the
// embed page; it posts nothing anywhere. The page's own words, the five things and the crisis lines
// are in the HTML, so they show without JavaScript. Its "If you need help now" box is the nations'
// own lines, from the model, and nothing in the address changes it: a link made by anyone can set the
// check's contacts, but cannot take the real crisis lines off the page.
//
// The widget is the page's second script, the same coordinator-check.js that snippets load: this one
// runs first (module scripts run in order), so the element is set up before it is defined and
// renders once, with the host's settings.
import {parseEmbedParams} from './embed-params.js';

const warn = (message: string) => console.warn(`<coordinator-check> check page: ${message}`);
const {attributes, config, back} = parseEmbedParams(location.search, warn, 'check');

const check = document.querySelector('coordinator-check');
if (check) {
  for (const [name, value] of Object.entries(attributes)) check.setAttribute(name, value);
  // The fallback stays: the widget's shadow root shows none of it, and should the widget's script not
  // load (a weak signal, an old browser), the person still reads it.
  if (config) check.config = config;
}

const role = attributes['role-name'];
if (role) {
  const title = `Check how well your ${role} is doing`;
  document.title = title;
  const heading = document.getElementById('page-title');
  if (heading) heading.textContent = title;
}

// The crisis lines of the host's nation only; with no nation given, every nation's stay.
const region = attributes.region;
if (region) {
  for (const line of document.querySelectorAll<HTMLElement>('#help-now [data-regions]')) {
    line.hidden = !(line.dataset.regions ?? '').split(' ').includes(region);
  }
  for (const nation of document.querySelectorAll<HTMLElement>('#help-now .nation')) nation.hidden = true;
}

if (attributes.theme === 'auto') document.documentElement.dataset.theme = 'auto';

// "Back to blog.example": the address's own host name, as text, so no parameter can put words or
// markup on the page.
if (back) {
  const link = document.createElement('a');
  link.href = back;
  link.className = 'back-link';
  link.textContent = `Back to ${new URL(back).hostname}`;
  document.getElementById('page-header')?.append(link);
}
