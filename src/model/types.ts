/** One of the four answers a person can give to a statement, in the order shown. */
export type Answer = 'yes' | 'sometimes' | 'no' | 'not-sure';

/** Every answer, in the order the radios appear. */
export const ANSWERS: readonly Answer[] = ['yes', 'sometimes', 'no', 'not-sure'];

/**
 * What a statement asks about: how often something happens (Yes / Sometimes / No / Not sure),
 * or whether something is so (Yes / No / Not sure), where "Sometimes" makes no sense.
 */
export type StatementKind = 'frequency' | 'fact';

/** Every kind of statement; a host's statement without one is a `frequency` statement. */
export const STATEMENT_KINDS: readonly StatementKind[] = ['frequency', 'fact'];

const FACT_ANSWERS: readonly Answer[] = ['yes', 'no', 'not-sure'];

/** The answers that fit a statement of this kind, in the order the radios appear. */
export const answersFor = (kind: StatementKind = 'frequency'): readonly Answer[] => (kind === 'fact' ? FACT_ANSWERS : ANSWERS);

/** Answers given so far, keyed by statement id. */
export type Answers = Readonly<Record<string, Answer>>;

/** How one trait came out. */
export type TraitStatus = 'met' | 'partly-met' | 'not-met' | 'unsure';

/** A trait that fell short: partly or not met ("not sure" is neither). */
export const fellShort = (status: TraitStatus): boolean => status === 'partly-met' || status === 'not-met';

/** Every verdict, from the best picture to the least known. The rule is in `verdictFor` and the README. */
export const VERDICTS = ['excellent', 'good', 'mixed', 'falls-short', 'little-to-go-on', 'unsure'] as const;

/** The overall picture across every trait. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * Whether the person has already raised what fell short with their professional: yes and it got
 * better; yes but nothing changed; not yet; or they do not feel able to.
 */
export type Raised = 'better' | 'no-change' | 'not-yet' | 'not-able';

/** Every answer to "have you raised it?", in the order shown. */
export const RAISED: readonly Raised[] = ['better', 'no-change', 'not-yet', 'not-able'];

/** A statement the person rates, already worded for this page. */
export interface Statement {
  readonly id: string;
  readonly text: string;
  /** Which answers fit it; see `answersFor`. */
  readonly kind: StatementKind;
}

/** A trait, resolved to the words this page shows. */
export interface Trait {
  readonly id: string;
  readonly title: string;
  readonly statements: readonly Statement[];
  /** Things the person could say or ask when this trait falls short. */
  readonly suggestions: readonly string[];
  /** Questions the person could ask to find out, when they are not sure about this trait. */
  readonly questions: readonly string[];
  /** A line shown with the trait's statements, e.g. that a co-ordinator is not on call all the time. */
  readonly hint?: string;
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
  /** The answer to "have you raised it?": only there when it was asked (something fell short) and answered. */
  readonly raised?: Raised;
  /** When the person submitted, as an ISO 8601 string. */
  readonly completedAt: string;
}

/** The person's own examples, by trait id: on their screen, print, copy and download only. */
export type Notes = Readonly<Record<string, string>>;
