// Writes what dist/check.html shows without JavaScript from the built model (dist/lib): the five
// things, by their titles, every nation's advice service, and every nation's crisis lines, each marked with the nations it is for so
// the page's script can keep only the host's nation's. Used by the build (rollup.config.mjs).
import {pathToFileURL} from 'node:url';
import {crisisLines, escapeAttribute, escapeText, NATION_NAMES} from '../demo/hosted-links.js';

const indent = (lines, spaces) => lines.map((line) => ' '.repeat(spaces) + line).join('\n');

export async function checkPageHtml(template, modelUrl = pathToFileURL('dist/lib/model.js').href) {
  const model = await import(modelUrl);
  const things = model.BUILT_IN_TRAIT_IDS.map((id) => `<li>${escapeText(model.en.traits[id].title)}</li>`);
  const crisis = crisisLines(model).map(({id, phone, regions}) => {
    const nation = regions.length === 1 ? `<span class="nation">${escapeText(NATION_NAMES[regions[0]])}:</span> ` : '';
    const number = `<a href="${escapeAttribute(model.telHref(phone))}">${escapeText(phone)}</a>`;
    return `<li data-regions="${regions.join(' ')}">${nation}${escapeText(model.en.crisis[id])} ${number}</li>`;
  });
  // The advice services, for a person who cannot run the check: a freephone number where the service
  // has one, otherwise how to find it.
  const services = model.REGIONS.map((region) => {
    const {name, reach} = model.en.advice[region];
    const phone = model.REGION_FACTS[region].advicePhone;
    const how = phone ? `Call free on <a href="${escapeAttribute(model.telHref(phone))}">${escapeText(phone)}</a>` : escapeText(reach);
    return `<li><span class="nation">${escapeText(NATION_NAMES[region])}:</span> ${escapeText(name)}. ${how}</li>`;
  });
  const fill = (html, marker, items, spaces) => {
    const at = html.indexOf(`<!-- ${marker} -->`);
    if (at < 0) throw new Error(`src/embed/check.html has no <!-- ${marker} --> marker`);
    return html.replace(`<!-- ${marker} -->`, `<ul>\n${indent(items, spaces + 2)}\n${' '.repeat(spaces)}</ul>`);
  };
  return fill(fill(fill(template, 'five things', things, 10), 'advice services', services, 10), 'crisis lines', crisis, 8);
}
