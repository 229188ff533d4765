// Put before a snippet (the README's, the builder's) by test/snippet-frame.ts: records what the snippet says on
// the console and every result that reaches the page, without changing the snippet itself.
window.said = {warn: [], error: [], log: []};
for (const level of ['warn', 'error', 'log']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.said[level].push(args.map(String).join(' '));
    original(...args);
  };
}
addEventListener('error', (event) => window.said.error.push(String(event.message)));
window.results = [];
document.addEventListener('coordinator-check-result', (event) => window.results.push(event.detail), true);
