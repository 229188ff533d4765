import {expect} from '@open-wc/testing';
import {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {defineElement} from '../src/coordinator-check/define.js';
import {captureWarnings} from './console-capture.js';

let n = 0;
const freshTag = () => `define-test-${++n}-${Math.random().toString(36).slice(2, 8)}`;

/** The console warnings `step` gives. */
function warningsOf(step: () => void): string[] {
  const capture = captureWarnings();
  try {
    step();
  } finally {
    capture.restore();
  }
  return capture.messages;
}

describe('CoordinatorCheck.define', () => {
  it('registers the widget under a free tag, quietly', () => {
    const tag = freshTag();
    expect(warningsOf(() => CoordinatorCheck.define(tag))).to.deep.equal([]);
    expect(document.createElement(tag)).to.be.instanceOf(CoordinatorCheck);
  });

  it('is harmless when called twice, or after another copy of the widget registered the tag', () => {
    const tag = freshTag();
    // Another copy of this code on the page (the classic script beside the module) has a class of its own.
    class AnotherCopy extends HTMLElement {}
    defineElement(tag, AnotherCopy);
    expect(warningsOf(() => CoordinatorCheck.define(tag))).to.deep.equal([]);
    const again = freshTag();
    expect(warningsOf(() => (CoordinatorCheck.define(again), CoordinatorCheck.define(again)))).to.deep.equal([]);
  });

  it('stays quiet when the host registered its own subclass of the widget under the tag', () => {
    const tag = freshTag();
    customElements.define(tag, class HostCheck extends CoordinatorCheck {});
    expect(warningsOf(() => CoordinatorCheck.define(tag))).to.deep.equal([]);
  });

  it('warns, naming the tag, when another script has already taken it, and leaves that element alone', () => {
    const tag = freshTag();
    class SomeoneElses extends HTMLElement {}
    customElements.define(tag, SomeoneElses);
    const messages = warningsOf(() => CoordinatorCheck.define(tag));
    expect(messages).to.have.length(1);
    expect(messages[0])
      .to.match(/^<coordinator-check>: /)
      .and.contain(`<${tag}>`)
      .and.contain('already defined');
    expect(customElements.get(tag)).to.equal(SomeoneElses);
  });
});
