// The "floor" for `npm run bench`: the least a hand-written, dependency-free custom
// element needs to show the same form as <coordinator-check> (10 statements x 4
// native radios with labels, a submit button) in an open shadow root, and a
// minimal result view on a complete submit. No Lit, no framework, no config,
// no localisation: one <template> parsed once and cloned per instance.
const STATEMENTS = [
  'My care co-ordinator keeps the other people in my care team up to date.',
  'When something changes for me, the right people in my team get told.',
  'My appointments happen regularly and are planned ahead.',
  'I get all the time I was promised at my appointments.',
  'My care co-ordinator really listens to me, not just nods along.',
  'What I say is used when decisions are made about my care.',
  'I feel able to tell my care co-ordinator how I really feel.',
  'I can say what I need without worrying about how they will react.',
  'We have agreed how I can contact my care co-ordinator between appointments.',
  'I know how soon I should hear back, and I usually do.',
];
const ANSWERS = [
  ['yes', 'Yes'],
  ['sometimes', 'Sometimes'],
  ['no', 'No'],
  ['not-sure', 'Not sure'],
];

const template = document.createElement('template');
template.innerHTML = `<style>
  :host { display: block; }
  .base { font-size: max(1em, 16px); line-height: 1.5; border: 1px solid #4c6272; border-radius: 8px; padding: 16px; }
  fieldset { border: 0; margin: 0 0 16px; padding: 0; }
  legend { font-weight: bold; }
  label { display: block; padding: 4px 0; }
  button { font: inherit; padding: 8px 16px; }
</style>
<div class="base">
  <h2>How is your care co-ordinator doing?</h2>
  <form novalidate>
    ${STATEMENTS.map(
      (text, i) =>
        `<fieldset class="statement"><legend>${text}</legend>${ANSWERS.map(
          ([value, label]) => `<label><input type="radio" name="s${i}" value="${value}" data-statement="s${i}"> ${label}</label>`,
        ).join('')}</fieldset>`,
    ).join('')}
    <button type="submit">See my results</button>
  </form>
</div>`;

let instances = 0;

class FloorCheck extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    root.append(template.content.cloneNode(true));
    // Radio names must be unique per instance only within one shadow root, but keep them unique anyway.
    const uid = `floor-${++instances}-`;
    for (const input of root.querySelectorAll('input')) input.name = uid + input.name;
    root.querySelector('form').addEventListener('submit', (event) => this.onSubmit(event));
  }

  onSubmit(event) {
    event.preventDefault();
    const root = this.shadowRoot;
    const checked = [...root.querySelectorAll('input:checked')];
    if (checked.length < STATEMENTS.length) return;
    const yes = checked.filter((input) => input.value === 'yes').length;
    const result = document.createElement('div');
    result.className = 'result';
    result.setAttribute('part', 'result');
    const heading = document.createElement('h3');
    heading.textContent = 'Your results';
    const verdict = document.createElement('p');
    verdict.textContent = `${yes} of ${STATEMENTS.length} statements answered "Yes".`;
    result.append(heading, verdict);
    root.querySelector('form').replaceWith(result);
    this.dispatchEvent(new CustomEvent('floor-check-result', {bubbles: true, composed: true, detail: {yes}}));
  }
}

if (!customElements.get('floor-check')) customElements.define('floor-check', FloorCheck);
