import {expect, fixture, html} from '@open-wc/testing';
import '../src/coordinator-check.js';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {$, $$, answer, answerAll, describeEl, expectFocusOn, HEADING, statementIds, SOMETIMES, submit, TOTAL} from './helpers.js';

// A design system or app shell often renders its content in its own shadow root. The widget must work
// there as on a plain page: its event reaches the document, its focus moves land, its styles hold.

/** `--coordinator-check-accent`'s default, #005eb8, as the README's styling table documents it. */
const DEFAULT_ACCENT = 'rgb(0, 94, 184)';
const HOST_ACCENT = 'rgb(0, 94, 165)';

/** A host component whose shadow root holds the widget, with styles that would bend it if they leaked in. */
class ShadowHost extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    root.innerHTML = `
      <style>
        :host { display: block; font-family: serif; }
        /* Must not cross into the widget's own shadow root. */
        button { background: rgb(255, 0, 0); color: rgb(255, 255, 0); border: 0; }
        /* Theming through the public custom property is the one way in, and must work. */
        coordinator-check.themed { --coordinator-check-accent: ${HOST_ACCENT}; }
      </style>
      <button type="button" class="host-button">The host's own button</button>
      <coordinator-check layout="single"></coordinator-check>`;
  }
  get check(): CoordinatorCheck {
    return this.shadowRoot!.querySelector('coordinator-check')!;
  }
}
customElements.define('cc-shadow-host', ShadowHost);

async function renderInHost(): Promise<{host: ShadowHost; el: CoordinatorCheck}> {
  const host = await fixture<ShadowHost>(html`<cc-shadow-host></cc-shadow-host>`);
  const el = host.check;
  await customElements.whenDefined('coordinator-check');
  await el.updateComplete;
  return {host, el};
}

const background = (el: Element | null) => getComputedStyle(el!).backgroundColor;

describe('<coordinator-check> inside another component’s shadow root', () => {
  it('renders its form there', async () => {
    const {el} = await renderInHost();
    expect($$(el, 'fieldset[part~="trait"]')).to.have.length(5);
    expect(statementIds(el)).to.have.length(TOTAL);
  });

  it('sends its result event out to a listener on the document, retargeted to the host component', async () => {
    const {host, el} = await renderInHost();
    const heard: {target: string; path: boolean; detail: CoordinatorCheckResultEvent['detail']}[] = [];
    const listener = (e: Event) =>
      heard.push({
        target: describeEl(e.target as Element),
        path: e.composedPath().includes(el),
        detail: (e as CoordinatorCheckResultEvent).detail,
      });
    document.addEventListener('coordinator-check-result', listener);
    try {
      await answerAll(el, 'yes');
      await submit(el);
    } finally {
      document.removeEventListener('coordinator-check-result', listener);
    }
    expect(heard).to.have.length(1);
    expect(heard[0].target, 'the document sees the outer host as the target').to.equal(describeEl(host));
    expect(heard[0].path, 'the event came from the widget').to.equal(true);
    expect(heard[0].detail.verdict).to.equal('excellent');
    expect(heard[0].detail).to.deep.equal(el.result);
  });

  it('puts focus on the error summary after an incomplete submit, and on a statement when its link is followed', async () => {
    const {el} = await renderInHost();
    const ids = statementIds(el);
    for (const id of ids.slice(0, 7)) await answer(el, id, 'yes');
    await submit(el);
    expectFocusOn($(el, '[part~="error-summary"]'), 'focus on the error summary');
    $$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[1].click();
    await el.updateComplete;
    const ninth = $$<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.dataset.statement === ids[8])!;
    expectFocusOn(ninth, 'focus on the second unanswered statement');
  });

  it('puts focus on the result heading after a complete submit', async () => {
    const {el} = await renderInHost();
    await answerAll(el, SOMETIMES);
    await submit(el);
    expectFocusOn($(el, `[part~="result"] ${HEADING}`), 'focus on the result heading');
  });

  it('keeps its own styles: the host’s button rule stays out, its custom property comes in', async () => {
    const {host, el} = await renderInHost();
    const hostButton = host.shadowRoot!.querySelector('.host-button');
    expect(background(hostButton), 'the host rule applies to its own button').to.equal('rgb(255, 0, 0)');
    const submitButton = $(el, 'button[type="submit"]');
    expect(background(submitButton), 'the submit button has the documented default accent').to.equal(DEFAULT_ACCENT);
    expect(getComputedStyle(submitButton!).color).not.to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle($(el, '[part~="base"]')!).borderTopStyle, 'the widget is styled, not bare').not.to.equal('none');

    el.classList.add('themed');
    expect(background(submitButton), 'the host’s --coordinator-check-accent').to.equal(HOST_ACCENT);
  });
});
