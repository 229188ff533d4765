// Demo page behaviour. Loaded as a file (never inline) so the page works under a strict CSP.

// A live log of every `coordinator-check-result` on the page. The detail is shown as text only
// (textContent), never parsed as HTML.
const log = document.getElementById('log');
const empty = document.getElementById('log-empty');

/** Where on the page the event came from, in words. */
function describeSource(element) {
  const label = element.closest('.host')?.querySelector('.host-label');
  return label ? label.textContent : 'The check in the blog post';
}

document.addEventListener('coordinator-check-result', (event) => {
  const {verdict, traits, answers, completedAt} = event.detail;
  const item = document.createElement('li');
  const summary = document.createElement('p');
  const time = new Date(completedAt).toLocaleTimeString('en-GB');
  summary.textContent = `${time}: ${describeSource(event.target)}. Verdict "${verdict}"; ${traits
    .map((trait) => `${trait.id} ${trait.status}`)
    .join(', ')}.`;
  const details = document.createElement('details');
  const label = document.createElement('summary');
  label.textContent = 'The full event detail';
  const detail = document.createElement('pre');
  detail.textContent = JSON.stringify({verdict, traits, answers, completedAt}, null, 2);
  details.append(label, detail);
  item.append(summary, details);
  log.prepend(item);
  empty.hidden = true;
});

// Forces dark styling on the dark-mode example's host, whatever the device's setting.
const toggle = document.getElementById('dark-toggle');
const darkHost = document.getElementById('dark-host');
toggle.addEventListener('click', () => {
  const on = toggle.getAttribute('aria-pressed') !== 'true';
  toggle.setAttribute('aria-pressed', String(on));
  darkHost.classList.toggle('forced-dark', on);
});
