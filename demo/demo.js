// Demo page behaviour. Loaded as a file (never inline) so the page works under a strict CSP.

// A live log of every `coordinator-check-result` on the page. The detail is shown as text only
// (textContent), never parsed as HTML.
const log = document.getElementById('log');
const empty = document.getElementById('log-empty');

/** Where on the page the event came from, in words. */
function describeSource(target) {
  if (target instanceof HTMLIFrameElement) return 'The iframe in the snippet builder';
  const host = target.closest('.host');
  if (host) return document.querySelector(`label[for="host-${host.dataset.host}"]`).textContent;
  return 'The preview in the snippet builder';
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

// One check, moved between host pages: each host sets its own attributes; the answers stay.
const HOSTS = {
  wordpress: {},
  nhs: {
    'role-name': 'key worker',
    'contact-name': 'Riverside Patient Advice and Liaison Service',
    'contact-phone': '0118 496 0000',
    'contact-email': 'pals@riverside.example',
    'contact-url': 'https://riverside.example/pals',
  },
  charity: {region: 'scotland'},
  dark: {theme: 'auto'},
};
const check = document.getElementById('host-check');
const hostAttributes = new Set(Object.values(HOSTS).flatMap((attributes) => Object.keys(attributes)));
for (const radio of document.querySelectorAll('input[name="host"]')) {
  radio.addEventListener('change', () => {
    for (const host of document.querySelectorAll('.host')) host.hidden = host.dataset.host !== radio.value;
    const slot = document.querySelector(`.host[data-host="${radio.value}"] .host-slot`);
    for (const name of hostAttributes) check.removeAttribute(name);
    for (const [name, value] of Object.entries(HOSTS[radio.value])) check.setAttribute(name, value);
    slot.append(check);
  });
}
