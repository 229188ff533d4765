import {expect, fixture} from '@open-wc/testing';
import '../src/coordinator-check.js';
import {parseConfig} from '../src/config/parse-config.js';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {stepCaption} from './helpers.js';

/** The README's configuration examples, each a complete <coordinator-check> snippet. */
async function readmeExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => /<coordinator-check[\s\S]*<\/coordinator-check>/.exec(block) ?? []);
}

describe('the README', () => {
  it('has a configuration example for a blog, a charity and a trust', async () => {
    expect((await readmeExamples()).filter((html) => html.includes('application/json'))).to.have.length(3);
  });

  it('shows only configurations the widget accepts without a warning', async () => {
    for (const example of await readmeExamples()) {
      const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(example)?.[1];
      if (!json) continue;
      const warnings: string[] = [];
      parseConfig(json, (message) => warnings.push(message));
      expect(warnings, example.slice(0, 80)).to.deep.equal([]);
    }
  });

  it('shows snippets that render without a console warning', async () => {
    const original = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const example of await readmeExamples()) {
        const wrapper = await fixture<HTMLDivElement>(`<div>${example}</div>`);
        const el = wrapper.querySelector<CoordinatorCheck>('coordinator-check')!;
        await el.updateComplete;
        // The step-by-step flow opens on the first trait, and counts the steps to come.
        expect(stepCaption(el)?.closest('legend'), 'the caption heads a step').to.exist;
        expect(stepCaption(el)!.textContent).to.match(/^Step 1 of [6-9]$/);
        if (el.remember) localStorage.removeItem('coordinator-check:cmht');
      }
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});
