import type {Change} from '../model/history.js';
import type {Answer, Raised, TraitStatus, Verdict} from '../model/types.js';
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
  /** One idea each; their answers (kinds) are set in `BUILT_IN_STATEMENT_KINDS`. */
  readonly statements: readonly Phrase<RoleWords>[];
  /** Things the person could say when the trait falls short. */
  readonly suggestions: readonly string[];
  /** Questions to ask when the person is not sure. */
  readonly questions: readonly string[];
  /** A line shown with the trait's statements. */
  readonly hint?: Phrase<RoleWords>;
}

/** The words of each next step (see `StepId`), with the variants the ladder needs. */
export interface StepCopy {
  readonly keep: Phrase<RoleWords>;
  /** `keep` after "yes, and it got better". */
  readonly keepBetter: Phrase<RoleWords>;
  readonly talk: Phrase<RoleWords>;
  /** `talk` when only one trait falls short, named by its title. */
  readonly talkOne: Phrase<RoleWords & {trait: string}>;
  readonly someoneWithYou: Phrase<RoleWords>;
  readonly manager: Phrase<RoleWords>;
  /** `manager`, offered in case talking does not help. */
  readonly managerIfNeeded: Phrase<RoleWords>;
  readonly advice: Phrase<RoleWords & {service: string}>;
  readonly questions: Phrase<RoleWords>;
}

/** Picking up to three things to raise first, and noting what was agreed. */
export interface AgendaCopy {
  /** Heading of the picked traits on the result; `headingMine` in the summary and printout. */
  readonly heading: string;
  readonly headingMine: string;
  /** The same, in an opened past check. */
  readonly pastHeading: string;
  readonly legend: string;
  readonly hint: Phrase<{limit: number}>;
  /** Said when the limit is reached, and the other boxes are not available. */
  readonly full: Phrase<{limit: number}>;
  /** Said when a box is ticked or unticked, as the picked trait moves to (or leaves) the top. */
  readonly added: Phrase<{trait: string}>;
  readonly removed: Phrase<{trait: string}>;
  readonly agreedLabel: Phrase<RoleWords & {trait: string}>;
  /** Under the agreed note: with `remember` it is kept; without, it lasts as long as the page. */
  readonly agreedHint: string;
  readonly agreedHintOnce: string;
  /** Before the agreed note in the summary and printout. */
  readonly agreed: string;
  /** Before what was agreed at the last check: on screen, and in the summary. */
  readonly agreedThen: string;
  readonly agreedThenMine: string;
}

/** Past checks on this device (`remember` only), and moving them in a file. */
export interface HistoryCopy {
  /** Heading of the comparison with the check before, and a line under it. */
  readonly since: Phrase<{date: string}>;
  readonly sinceIntro: string;
  readonly change: Readonly<Record<Change, string>>;
  /** Under a trait picked at the last check: on screen, then (first person) in the summary and draft. */
  readonly raisedOn: Phrase<{date: string}>;
  readonly raisedOnMine: Phrase<{date: string}>;
  readonly raisedChange: Readonly<Record<Change, string>>;
  readonly raisedChangeMine: Readonly<Record<Change, string>>;
  readonly heading: string;
  readonly intro: Phrase<{limit: number}>;
  /** Nothing kept yet: a file from another device can still be added. */
  readonly none: string;
  readonly item: Phrase<{date: string}>;
  /** After the item that is the check on screen. */
  readonly thisCheck: string;
  readonly open: string;
  readonly close: string;
  readonly remove: string;
  /** Visually hidden words after "Open", "Close" and "Delete": which check. */
  readonly which: Phrase<{date: string}>;
  readonly removeConfirm: Phrase<{date: string}>;
  readonly removeYes: string;
  readonly removeNo: string;
  readonly removed: Phrase<{date: string}>;
  readonly dropped: Phrase<{limit: number; count: number}>;
  readonly clear: string;
  readonly clearConfirm: string;
  readonly clearYes: string;
  readonly clearNo: string;
  readonly cleared: string;
  /** With "Start again" asking first: past checks are not cleared by it. */
  readonly startAgainKeeps: string;
  readonly exportFile: string;
  readonly exportHint: string;
  readonly importLabel: string;
  readonly importHint: string;
  readonly imported: Phrase<{count: number}>;
  readonly importedNone: string;
  /** Every check in the file is older than the twelve kept. */
  readonly importedOlder: string;
  readonly importFailed: string;
  /** Asked before a file pushes out checks kept here: `count` of them, dated `from` (the oldest) to `to`. */
  readonly importConfirm: Phrase<{limit: number; count: number; from: string; to: string}>;
  readonly importYes: Phrase<{count: number}>;
  readonly importNo: string;
  readonly importCancelled: string;
}

/**
 * For the person who is not sure who their named person is, or thinks they have none: a disclosure on
 * the first screen, before any question. A host may replace any of it (a trust has its own way to
 * find out).
 */
export interface FindOutCopy {
  /** The disclosure's summary, in the host's role name. */
  readonly toggle: Phrase<RoleWords>;
  readonly everyone: string;
  /** A line for one nation only, after `everyone`: Scotland and Northern Ireland have no national name for the role. */
  readonly england: string;
  readonly wales: string;
  readonly waysIntro: string;
  /** Ways to find out, as list items; `{plan}` is what the nation calls the person's plan. */
  readonly ways: readonly Phrase<RoleWords & {plan: string}>[];
  /** If they have none: ask the team, and the advice service (its name) can help them ask. */
  readonly noOne: Phrase<RoleWords & {service: string}>;
  /** Under the crisis lines, when the host gave no team number of its own. */
  readonly teamLine: string;
}

/** Every piece of copy the widget shows, for one language. */
export interface Strings {
  readonly heading: Phrase<RoleWords>;
  readonly intro: Phrase<RoleWords & {count: number}>;
  readonly notSureHint: string;
  /** What the person's plan of care is called: a care and treatment plan in Wales (Mental Health (Wales) Measure 2010). */
  readonly plan: {readonly default: string; readonly wales: string};
  readonly findOut: FindOutCopy;
  readonly answers: Readonly<Record<Answer, string>>;
  readonly progress: Phrase<{answered: number; total: number}>;
  /** "Step 2 of 7", over each step of the stepped flow. */
  readonly stepOf: Phrase<{n: number; total: number}>;
  readonly continue: string;
  readonly back: string;
  readonly checkAnswers: string;
  readonly checkAnswersIntro: string;
  readonly change: string;
  /** Visually hidden words after "Change", so each link says what it changes. */
  readonly changeContext: Phrase<{question: string}>;
  readonly submit: string;
  readonly notAnswered: string;
  readonly errorTitle: string;
  readonly errorLink: Phrase<{statement: string}>;
  readonly errorInline: string;
  /** "Have you raised it?": asked only when something fell short. */
  readonly raisedQuestion: Phrase<RoleWords>;
  readonly raisedHint: string;
  readonly raisedAnswers: Readonly<Record<Raised, string>>;
  /** What the raised answer means for the steps; on the result and in the summary. */
  readonly raisedNote: Readonly<Record<Raised, Phrase<RoleWords>>>;
  readonly resultHeading: string;
  /** The verdict, hedged: the result's heading. */
  readonly verdict: Readonly<Record<Verdict, Phrase<RoleWords>>>;
  /** A warm line or two under the verdict. */
  readonly verdictDetail: Readonly<Record<Verdict, Phrase<RoleWords>>>;
  readonly goingWell: string;
  readonly couldBeBetter: string;
  readonly notSureHeading: string;
  readonly status: Readonly<Record<TraitStatus, string>>;
  readonly suggestionsIntro: string;
  readonly questionsIntro: string;
  readonly nextStepsHeading: string;
  readonly nextStepsIntro: string;
  readonly steps: StepCopy;
  readonly contactPhone: string;
  readonly contactEmail: string;
  readonly contactWeb: string;
  /** Each nation's advice service: its name, what it does, and how to reach it. */
  readonly advice: Readonly<Record<Region, {readonly name: string; readonly about: string; readonly reach: string}>>;
  readonly crisisHeading: string;
  /** Labels of the nation's crisis lines, each followed by its number; `team` labels the host's `teamCrisis`. */
  readonly crisis: Readonly<Record<CrisisLineId | 'team', string>>;
  readonly changeAnswers: string;
  readonly startAgain: string;
  readonly startAgainConfirm: string;
  readonly startAgainYes: string;
  readonly startAgainNo: string;
  readonly noteToggle: Phrase<{trait: string}>;
  readonly noteLabel: Phrase<{trait: string}>;
  readonly noteHint: string;
  readonly yourExample: string;
  readonly checkedOn: Phrase<{date: string}>;
  /** The result's quiet line saying when its facts (model/facts.ts) were last checked. */
  readonly factsChecked: Phrase<{date: string}>;
  readonly print: string;
  readonly copySummary: string;
  readonly download: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly draftToggle: string;
  readonly draftLabel: Phrase<RoleWords>;
  /** The tick box that adds the person's examples to the draft (off by default). */
  readonly draftIncludeNotes: string;
  readonly draftCopy: string;
  readonly draftEmail: string;
  readonly draftSubject: string;
  readonly draftGreeting: string;
  readonly draftIntro: string;
  readonly draftWell: string;
  readonly draftRaise: string;
  /** With picks: the picked traits lead the draft, and the rest follow as "also". */
  readonly draftFirst: string;
  readonly draftRaiseMore: string;
  readonly draftAsk: string;
  readonly draftClose: string;
  readonly remembered: string;
  readonly clearSaved: string;
  readonly storageFailed: string;
  /** Saved answers this version cannot read: kept, and not saved over until the person clears them. */
  readonly storagePaused: string;
  /** Another window or tab saved different answers under the same key. */
  readonly storageChanged: string;
  readonly storageLoad: string;
  readonly storageKeep: string;
  /** Without `remember`, answers from an earlier visit are still on the device. */
  readonly savedEarlier: string;
  /** The same, when that record holds past checks too: clearing it deletes them. */
  readonly savedEarlierChecks: string;
  /** The draft is too long to open in an email app. */
  readonly draftTooLong: string;
  /** A download or copy failed or did not finish. */
  readonly takeAwayFailed: string;
  readonly agenda: AgendaCopy;
  readonly history: HistoryCopy;
  readonly traits: Readonly<Record<BuiltInTraitId, TraitCopy>>;
}
