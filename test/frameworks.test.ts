// The README's framework snippets, rendered for real: each sets attributes and the `config`
// property its framework's way, and receives the result in its framework's own handler.
import {expect} from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import {createApp} from 'vue/dist/vue.esm-browser.prod.js';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {$, answerAll, submit} from './helpers.js';

const config = {strings: {submit: 'Show my result'}};

/** What every snippet must achieve: its attribute and its config in force, and the result in its handler. */
async function completeAndExpectResult(container: HTMLElement, results: CoordinatorCheckResultEvent[]): Promise<void> {
  const el = container.querySelector<CoordinatorCheck>('coordinator-check')!;
  await el.updateComplete;
  expect(el.shadowRoot!.textContent).to.include('key worker');
  expect($(el, 'button[type="submit"]')!.textContent.trim()).to.equal('Show my result');
  await answerAll(el, 'yes');
  expect(results).to.have.length(0);
  await submit(el);
  expect(results).to.have.length(1);
  expect(results[0].detail.verdict).to.equal('excellent');
}

describe('<coordinator-check> in frameworks', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => container.remove());

  it('works in plain HTML: attributes in the markup, config as a property, an event listener', async () => {
    const results: CoordinatorCheckResultEvent[] = [];
    container.innerHTML = `<coordinator-check layout="single" region="wales" role-name="key worker">
      <p>Check how well your key worker is doing. This check needs JavaScript.</p>
    </coordinator-check>`;
    const check = container.querySelector('coordinator-check')!;
    check.config = config;
    check.addEventListener('coordinator-check-result', (event) => results.push(event));
    await completeAndExpectResult(container, results);
  });

  it('works in React 19: props become properties or attributes, and oncoordinator-check-result listens', async () => {
    const results: CoordinatorCheckResultEvent[] = [];
    const root = ReactDOMClient.createRoot(container);
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement('coordinator-check', {
          layout: 'single',
          region: 'wales',
          'role-name': 'key worker',
          config,
          'oncoordinator-check-result': (event: CoordinatorCheckResultEvent) => results.push(event),
        }),
      ),
    );
    const el = container.querySelector<CoordinatorCheck>('coordinator-check')!;
    // React set a property where the element has one, and an attribute otherwise.
    expect(el.config).to.equal(config);
    expect(el.hasAttribute('config')).to.be.false;
    expect(el.getAttribute('role-name')).to.equal('key worker');
    await completeAndExpectResult(container, results);
    root.unmount();
  });

  it('works in Vue 3: a template with :config.prop and @coordinator-check-result', async () => {
    const results: CoordinatorCheckResultEvent[] = [];
    const app = createApp({
      setup: () => ({config, onResult: (event: CoordinatorCheckResultEvent) => results.push(event)}),
      template: `<coordinator-check layout="single"
        region="wales"
        role-name="key worker"
        :config.prop="config"
        @coordinator-check-result="onResult"
      />`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'coordinator-check';
    app.mount(container);
    const el = container.querySelector<CoordinatorCheck>('coordinator-check')!;
    expect(el.config).to.equal(config);
    await completeAndExpectResult(container, results);
    app.unmount();
  });
});
