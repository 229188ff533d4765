import type {Answer, TraitStatus, Verdict} from '../model/types.js';
import type {BuiltInTraitId} from '../model/traits.js';
import type {CrisisLineId, Region} from '../model/regions.js';

/** How the copy names the person's professional, ready for any place in a sentence. */
export interface RoleWords {
  /** As written mid-sentence: "care co-ordinator". */
  readonly role: string;
  /** At the start of a sentence: "Care co-ordinator". */
  readonly Role: string;
  /** With its article: "a care co-ordinator", "an advocate". */
  readonly aRole: string;
}

/** A piece of copy that depends on named values. */
export type Phrase<V> = (values: V) => string;

/** The words of one built-in trait. */
export interface TraitCopy {
  readonly title: string;
  readonly statements: readonly Phrase<RoleWords>[];
  readonly suggestions: readonly string[];
}

/** Every piece of copy the widget shows, for one language. */
export interface Strings {
  readonly heading: Phrase<RoleWords>;
  readonly intro: Phrase<RoleWords & {count: number}>;
  readonly notSureHint: string;
  readonly answers: Readonly<Record<Answer, string>>;
  readonly progress: Phrase<{answered: number; total: number}>;
  readonly submit: string;
  readonly stepOf: Phrase<{step: number; total: number}>;
  readonly continue: string;
  readonly back: string;
  readonly checkHeading: string;
  readonly checkIntro: string;
  readonly change: string;
  /** Read after "Change" by screen readers only, so each link says what it changes. */
  readonly changeHidden: Phrase<{statement: string}>;
  readonly notAnswered: string;
  readonly errorTitle: string;
  readonly errorLink: Phrase<{statement: string}>;
  readonly errorInline: string;
  readonly resultHeading: string;
  readonly verdict: Readonly<Record<Verdict, Phrase<RoleWords>>>;
  readonly goingWell: string;
  readonly couldBeBetter: string;
  readonly notSureHeading: string;
  readonly status: Readonly<Record<TraitStatus, string>>;
  readonly suggestionsIntro: string;
  readonly nextStepsHeading: string;
  readonly stepTalk: Phrase<RoleWords>;
  readonly stepManager: Phrase<RoleWords>;
  readonly stepAdvice: Phrase<RoleWords & {service: string}>;
  readonly stepKeepGoing: Phrase<RoleWords>;
  readonly contactPhone: string;
  readonly contactEmail: string;
  readonly contactWeb: string;
  readonly advice: Readonly<Record<Region, {readonly name: string; readonly about: string}>>;
  readonly crisisHeading: string;
  readonly crisis: Readonly<Record<CrisisLineId, string>>;
  readonly changeAnswers: string;
  readonly startAgain: string;
  readonly noteToggle: string;
  readonly noteLabel: Phrase<{trait: string}>;
  readonly noteHint: string;
  readonly yourExample: string;
  readonly checkedOn: Phrase<{date: string}>;
  readonly print: string;
  readonly copySummary: string;
  readonly download: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly draftToggle: string;
  readonly draftLabel: Phrase<RoleWords>;
  readonly draftCopy: string;
  readonly draftEmail: string;
  readonly draftSubject: string;
  readonly draftGreeting: string;
  readonly draftIntro: string;
  readonly draftWell: string;
  readonly draftRaise: string;
  readonly draftClose: string;
  readonly remembered: string;
  readonly clearSaved: string;
  readonly storageFailed: string;
  readonly traits: Readonly<Record<BuiltInTraitId, TraitCopy>>;
}
