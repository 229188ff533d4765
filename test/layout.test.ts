import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {renderCheck, STATES} from './helpers.js';

// WCAG 1.4.10 Reflow and 1.4.4 Resize text: at 320px wide, and with the page's text at 200%
// (the widget follows the inherited font size, so a 32px root font stands in for browser text zoom),
// nothing scrolls sideways and no text is cut off.

/** The states to check; in the result, the draft panel (its widest text) is open too. */
const LAYOUT_STATES: Record<string, (el: CoordinatorCheck) => Promise<void>> = {
  ...STATES,
  result: async (el) => {
    await STATES.result(el);
    el.shadowRoot!.querySelector('details[part~="draft"]')!.setAttribute('open', '');
  },
};

const SIZES = [
  {width: 320, zoom: 100},
  {width: 320, zoom: 200},
  {width: 1024, zoom: 200},
];

/** The page scrolls sideways. */
const horizontalOverflow = () => {
  const root = document.documentElement;
  return root.scrollWidth > window.innerWidth ? [`page is ${root.scrollWidth}px wide in a ${window.innerWidth}px viewport`] : [];
};

/** Text clipped away on purpose, for screen readers only (the widget's visually-hidden text). */
function clippedAway(node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement) if (getComputedStyle(n).clipPath !== 'none') return true;
  return false;
}

/** Rendered boxes in the shadow root holding text, whose content is wider than the box (cut off or spilling). */
function clippedText(el: CoordinatorCheck): string[] {
  const problems: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(node);
    // Inline boxes have no scroll size of their own; their block container is checked instead.
    if (style.display === 'inline' || style.display === 'contents' || !node.getClientRects().length) continue;
    if (clippedAway(node)) continue;
    const text =
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) ||
      (node.textContent.trim() !== '' && node.children.length > 0 && [...node.children].every((c) => getComputedStyle(c).display === 'inline'));
    const field = node instanceof HTMLTextAreaElement;
    if (!text && !field) continue;
    if (node.scrollWidth > node.clientWidth + 1) {
      const label = `${node.localName}${node.className ? `.${String(node.className).trim().split(/\s+/).join('.')}` : ''}`;
      problems.push(`${label} "${node.textContent.trim().slice(0, 40)}": scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`);
    }
  }
  return problems;
}

describe('<coordinator-check> layout', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({width: 800, height: 600});
  });

  for (const {width, zoom} of SIZES) {
    for (const state of Object.keys(LAYOUT_STATES)) {
      it(`has no sideways scrolling and no cut-off text in the ${state} state at ${width}px wide, text at ${zoom}%`, async () => {
        await setViewport({width, height: 800});
        document.documentElement.style.fontSize = `${zoom}%`;
        const el = await renderCheck(html`<coordinator-check layout="single"></coordinator-check>`);
        await LAYOUT_STATES[state](el);
        await el.updateComplete;
        // The zoom really reached the widget's text.
        const fontSize = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).fontSize);
        expect(fontSize).to.equal(16 * (zoom / 100));
        expect(horizontalOverflow()).to.deep.equal([]);
        expect(clippedText(el)).to.deep.equal([]);
      });
    }
  }

  it('notices what it looks for: a nowrap line in the widget is reported as cut off and as sideways scrolling', async () => {
    await setViewport({width: 320, height: 800});
    const el = await renderCheck(html`<coordinator-check layout="single"></coordinator-check>`);
    const line = document.createElement('p');
    line.textContent = 'A long line of text that never wraps and so cannot fit at 320 pixels';
    line.style.cssText = 'white-space: nowrap; overflow: hidden';
    el.shadowRoot!.querySelector('[part~="base"]')!.append(line);
    expect(clippedText(el).join('\n')).to.contain('A long line of text');
    line.style.overflow = 'visible';
    el.style.width = '600px';
    expect(horizontalOverflow()).to.have.length(1);
  });
});

/** Where the first statement's radios sit, in scale order: 'row', 'column', or else their positions. */
function answerLayout(el: CoordinatorCheck): string {
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const boxes = radios.filter((r) => r.name === radios[0].name).map((r) => r.getBoundingClientRect());
  const pairs = boxes.slice(1).map((box, i) => [boxes[i], box]);
  if (pairs.every(([a, b]) => Math.abs(a.top - b.top) < 1 && b.left > a.right)) return 'row';
  if (pairs.every(([a, b]) => Math.abs(a.left - b.left) < 1 && b.top > a.bottom)) return 'column';
  return boxes.map((b) => `${Math.round(b.left)},${Math.round(b.top)}`).join(' ');
}

const frames = (n: number) =>
  new Promise<void>((done) =>
    (function next(i) {
      if (i) requestAnimationFrame(() => next(i - 1));
      else done();
    })(n),
  );

// The answers sit in one row where the widget is 36em wide or more, and stack in scale order
// below that (never 3 and 1, or 2 and 2). In a box sized by its content the widget is as wide as
// its text would make it, and the switch settles.
describe('<coordinator-check> answers: one row or one column', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  const CASES = [
    {width: '800px', zoom: 100, expected: 'row'},
    {width: '560px', zoom: 100, expected: 'column'},
    {width: '320px', zoom: 100, expected: 'column'},
    {width: '800px', zoom: 200, expected: 'column'},
  ];
  for (const {width, zoom, expected} of CASES)
    it(`lays the answers out in a ${expected} in a ${width} box with the text at ${zoom}%`, async () => {
      document.documentElement.style.fontSize = `${zoom}%`;
      const el = await renderCheck(html`<coordinator-check layout="single" style="width: ${width}"></coordinator-check>`);
      expect(answerLayout(el)).to.equal(expected);
    });

  const CONTAINERS = {
    'an inline-block': 'display: inline-block',
    'a float': 'float: left',
    'a grid of flexible columns (the snippet builder)':
      'display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); width: 760px',
    'a max-content box': 'width: max-content; max-width: 700px',
  };
  for (const [name, style] of Object.entries(CONTAINERS))
    it(`takes its text's width and settles in ${name} sized by its content`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="${style}"><coordinator-check layout="single"></coordinator-check></div>`);
      const el = wrapper.querySelector<CoordinatorCheck>('coordinator-check')!;
      await el.updateComplete;
      let resizes = 0;
      const observer = new ResizeObserver(() => resizes++);
      observer.observe(el);
      await frames(3);
      const settled = resizes;
      const before = el.getBoundingClientRect();
      await frames(10);
      observer.disconnect();
      expect(resizes, 'resized after it settled').to.equal(settled);
      expect(el.getBoundingClientRect().height).to.equal(before.height);
      expect(['row', 'column']).to.include(answerLayout(el));
      // As a paragraph would: the room its text takes, not its padding alone.
      expect(before.width).to.be.greaterThan(300);
    });
});
