// The entry of dist/embed.html: one widget, configured by the page's URL, for hosts that allow an
// iframe but no scripts. It posts its height and each result only to the origin the host named.
//
// The widget is the page's second script, the same coordinator-check.js that snippets load (and the
// check page): this one runs first (module scripts run in order), so the element is set up before
// it is defined and renders once, with the host's settings.
import {parseEmbedParams, type EmbedMessage} from './embed-params.js';

const warn = (message: string) => console.warn(`<coordinator-check> embed: ${message}`);
const {attributes, config, origin} = parseEmbedParams(location.search, warn);

const check = document.createElement('coordinator-check');
for (const [name, value] of Object.entries(attributes)) check.setAttribute(name, value);
if (config) check.config = config;
document.querySelector('noscript')?.remove();
document.body.append(check);

if (origin && parent !== window) {
  const post = (message: EmbedMessage) => parent.postMessage(message, origin);
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({type: 'coordinator-check:size', height: (last = height)});
  }).observe(document.documentElement);
  check.addEventListener('coordinator-check-result', (event) => post({type: 'coordinator-check:result', detail: event.detail}));
}
