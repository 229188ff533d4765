// Writes what dist/check.html shows without JavaScript from the built model (dist/lib): the five
// things, by their titles, and every nation's crisis lines, each marked with the nations it is for so
// the page's script can keep only the host's nation's. Used by the build (rollup.config.mjs).
import {pathToFileURL} from 'node:url';

/** The nations' names as a person reads them. */
export const NATION_NAMES = {england: 'England', scotland: 'Scotland', wales: 'Wales', 'northern-ireland': 'Northern Ireland'};

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const indent = (lines, spaces) => lines.map((line) => ' '.repeat(spaces) + line).join('\n');

/** Crisis lines in the order the nations show them: one item per line, with the nations it serves. */
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

export async function checkPageHtml(template, modelUrl = pathToFileURL('dist/lib/model.js').href) {
  const model = await import(modelUrl);
  const things = model.BUILT_IN_TRAIT_IDS.map((id) => `<li>${escape(model.en.traits[id].title)}</li>`);
  const crisis = crisisLines(model).map(({id, phone, regions}) => {
    const nation = regions.length === 1 ? `<span class="nation">${escape(NATION_NAMES[regions[0]])}:</span> ` : '';
    const number = `<a href="${escape(model.telHref(phone))}">${escape(phone)}</a>`;
    return `<li data-regions="${regions.join(' ')}">${nation}${escape(model.en.crisis[id])} ${number}</li>`;
  });
  const fill = (html, marker, items, spaces) => {
    const at = html.indexOf(`<!-- ${marker} -->`);
    if (at < 0) throw new Error(`src/embed/check.html has no <!-- ${marker} --> marker`);
    return html.replace(`<!-- ${marker} -->`, `<ul>\n${indent(items, spaces + 2)}\n${' '.repeat(spaces)}</ul>`);
  };
  return fill(fill(template, 'five things', things, 10), 'crisis lines', crisis, 8);
}
