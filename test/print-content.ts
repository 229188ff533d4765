// A full result to print: every status, a note on every trait, a host contact and the crisis lines.
import {en} from '../src/i18n/en.js';
import {resolveTraits, roleWords} from '../src/i18n/resolve.js';
import {describeResult} from '../src/i18n/result-view.js';
import type {Answer} from '../src/model/types.js';
import type {PrintContent} from '../src/platform/print-frame.js';

const words = roleWords('care co-ordinator');
const traits = resolveTraits(en, words);
// Trait by trait: met, partly met, not met, not sure, partly met (a fact takes no "Sometimes").
const PATTERN: Answer[] = ['yes', 'yes', 'yes', 'sometimes', 'yes', 'no', 'no', 'not-sure', 'not-sure', 'yes', 'no', 'yes'];

/** A note of about `length` characters, in sentences, as a person might write one. */
const note = (length: number, seed: string) =>
  Array.from({length: Math.ceil(length / 60)}, (_, i) => `${seed} ${i + 1}: my appointment was moved at short notice again.`)
    .join(' ')
    .slice(0, length);

export function printContent(noteLength = 300): PrintContent {
  const answers = Object.fromEntries(traits.flatMap((t) => t.statements).map((s, i) => [s.id, PATTERN[i]]));
  const notes = Object.fromEntries(traits.map((t) => [t.id, note(noteLength, t.title)]));
  const doc = describeResult(
    {
      strings: en,
      words,
      traits,
      answers,
      notes,
      region: 'england',
      contact: {name: 'Leeds PALS', phone: '0113 206 6261', email: 'pals@leeds.nhs.uk'},
    },
    new Date('2026-12-02T10:00:00Z'),
  );
  return {doc, strings: en, title: en.heading(words), date: '2 December 2026', lang: 'en'};
}
