import {describe, it} from 'node:test';
import {expect} from 'chai';
import {flesch} from 'flesch';
import {syllable} from 'syllable';
import {en} from '../../src/i18n/en.js';
import {roleWords} from '../../src/i18n/resolve.js';

/** Values to fill every phrase with, as a person would see it. */
const SAMPLE = {
  ...roleWords('care co-ordinator'),
  count: 12,
  answered: 3,
  total: 12,
  n: 2,
  statement: 'My care co-ordinator really listens to me.',
  question: 'My care co-ordinator is warm and friendly with me.',
  trait: 'Really listens',
  service: 'PALS',
  date: '1 May 2026',
  plan: 'care and treatment plan',
};

/** Every English string, by its path in the copy, with phrases filled in. */
function walk(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') out.push([path, (value as (v: typeof SAMPLE) => string)(SAMPLE)]);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) walk(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, out);
  }
  return out;
}

const STRINGS = walk(en, 'en');
const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
// A sentence ends at . ! ? or : (a label before a list); a string with no full stop is one sentence.
const sentences = (text: string): string[] => text.split(/(?<=[.!?:])\s+/).filter((s) => words(s).length);
const syllables = (text: string) => words(text).reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
const counts = (text: string) => ({sentence: sentences(text).length, word: words(text).length, syllable: syllables(text)});
const ease = (text: string) => flesch(counts(text));

describe('Plain English in the English copy', () => {
  it('finds every piece of copy, phrases included', () => {
    expect(STRINGS.length).to.be.greaterThan(100);
    expect(STRINGS.map(([path]) => path)).to.include.members(['en.verdict.good', 'en.traits.accessible.statements[2]', 'en.steps.advice']);
  });

  it('scores 80 or more on Flesch reading ease, over all the copy', () => {
    const total = STRINGS.reduce(
      (sum, [, text]) => {
        const c = counts(text);
        return {sentence: sum.sentence + c.sentence, word: sum.word + c.word, syllable: sum.syllable + c.syllable};
      },
      {sentence: 0, word: 0, syllable: 0},
    );
    const score = flesch(total);
    const hardest = [...STRINGS]
      .filter(([, text]) => words(text).length >= 5)
      .sort((a, b) => ease(a[1]) - ease(b[1]))
      .slice(0, 12)
      .map(([path, text]) => `${ease(text).toFixed(0)}  ${path}: ${text}`);
    expect(score, `overall ${score.toFixed(1)}; the hardest strings:\n${hardest.join('\n')}`).to.be.at.least(80);
  });

  it('has no sentence over 20 words', () => {
    const long = STRINGS.flatMap(([path, text]) =>
      sentences(text)
        .filter((s) => words(s).length > 20)
        .map((s) => `${words(s).length} words  ${path}: ${s}`),
    );
    expect(long, long.join('\n')).to.deep.equal([]);
  });

  it('has no statement over 15 words', () => {
    const long = STRINGS.filter(([path]) => /\.statements\[/.test(path))
      .filter(([, text]) => words(text).length > 15)
      .map(([path, text]) => `${words(text).length} words  ${path}: ${text}`);
    expect(STRINGS.some(([path]) => path === 'en.traits.communication.statements[0]')).to.equal(true);
    expect(long, long.join('\n')).to.deep.equal([]);
  });

  // The measure itself, so a broken counter cannot pass everything.
  const measured: [string, number, number][] = [
    ['The cat sat on the mat.', 1, 6],
    ['Yes. No. Not sure.', 3, 4],
    ['In an emergency, call', 1, 4],
  ];
  for (const [text, sentenceCount, wordCount] of measured) {
    it(`counts "${text}" as ${sentenceCount} sentence(s) of ${wordCount} words`, () => {
      expect(counts(text).sentence).to.equal(sentenceCount);
      expect(counts(text).word).to.equal(wordCount);
    });
  }

  it('scores short words in short sentences as easy, and long ones as hard', () => {
    expect(ease('The cat sat on the mat.')).to.be.greaterThan(100);
    expect(ease('Multidisciplinary interprofessional communication necessitates organisational infrastructure.')).to.be.lessThan(0);
  });
});
