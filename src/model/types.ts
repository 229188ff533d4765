/** One of the four answers a person can give to a statement, in the order shown. */
export type Answer = 'yes' | 'sometimes' | 'no' | 'not-sure';

/** Every answer, in the order the radios appear. */
export const ANSWERS: readonly Answer[] = ['yes', 'sometimes', 'no', 'not-sure'];

/** Answers given so far, keyed by statement id. */
export type Answers = Readonly<Record<string, Answer>>;

/** How one trait came out. */
export type TraitStatus = 'met' | 'partly-met' | 'not-met' | 'unsure';

/** The overall picture across every trait. */
export type Verdict = 'excellent' | 'mixed' | 'falls-short' | 'unsure';

/** A statement the person rates, already worded for this page. */
export interface Statement {
  readonly id: string;
  readonly text: string;
}

/** A trait, resolved to the words this page shows. */
export interface Trait {
  readonly id: string;
  readonly title: string;
  readonly statements: readonly Statement[];
  /** Things the person could say or ask when this trait falls short. */
  readonly suggestions: readonly string[];
}

/** One trait's outcome, as the host page receives it. */
export interface TraitResult {
  readonly id: string;
  readonly status: TraitStatus;
  /** Points from the answered statements: Yes 2, Sometimes 1, No 0 ("Not sure" left out). */
  readonly score: number;
  /** The most `score` could be: 2 for each statement answered other than "Not sure". */
  readonly max: number;
}

/** The whole result: what the `coordinator-check-result` event carries. */
export interface CheckResult {
  readonly verdict: Verdict;
  readonly traits: readonly TraitResult[];
  readonly answers: Answers;
  /** When the person submitted, as an ISO 8601 string. */
  readonly completedAt: string;
}
