import {
  answersFor,
  fellShort,
  type Answer,
  type Answers,
  type CheckResult,
  type Raised,
  type Statement,
  type StatementKind,
  type Trait,
  type TraitResult,
  type TraitStatus,
  type Verdict,
} from './types.js';

/** A statement as scoring needs it; one without a kind is a `frequency` statement. */
type Rated = Pick<Statement, 'id'> & {readonly kind?: StatementKind};
type Scored = Pick<Trait, 'id'> & {readonly statements: readonly Rated[]};

const POINTS: Readonly<Record<Answer, number | undefined>> = {
  yes: 2,
  sometimes: 1,
  no: 0,
  'not-sure': undefined,
};

/** The answer given to a statement, if it is one that fits it ("Sometimes" never fits a fact). */
export function answerTo(statement: Rated, answers: Answers): Answer | undefined {
  const answer = answers[statement.id];
  return answer !== undefined && answersFor(statement.kind).includes(answer) ? answer : undefined;
}

/** Scores one trait from the answers to its statements. Unanswered statements count as "Not sure". */
export function scoreTrait(trait: Scored, answers: Answers): TraitResult {
  let score = 0;
  let max = 0;
  for (const statement of trait.statements) {
    const answer = answerTo(statement, answers);
    const points = answer === undefined ? undefined : POINTS[answer];
    if (points === undefined) continue;
    score += points;
    max += 2;
  }
  return {id: trait.id, status: statusFor(score, max), score, max};
}

function statusFor(score: number, max: number): TraitStatus {
  if (max === 0) return 'unsure';
  if (score === max) return 'met';
  return score * 2 < max ? 'not-met' : 'partly-met';
}

/** How many traits came out each way. */
export function countStatuses(statuses: readonly TraitStatus[]): Readonly<Record<TraitStatus, number>> {
  const counts = {met: 0, 'partly-met': 0, 'not-met': 0, unsure: 0};
  for (const status of statuses) counts[status]++;
  return counts;
}

/**
 * The overall verdict from each trait's status: the first row of the README's table that fits.
 * In proportion: one thing partly met among many met is "good", not a case for a new co-ordinator.
 */
export function verdictFor(statuses: readonly TraitStatus[]): Verdict {
  const {met, 'partly-met': partly, 'not-met': notMet, unsure} = countStatuses(statuses);
  const total = statuses.length;
  if (unsure === total) return 'unsure';
  if (notMet >= 2) return 'falls-short';
  // Half or more "Not sure": too little to judge by, whatever the rest says.
  if (unsure * 2 >= total) return 'little-to-go-on';
  if (met === total) return 'excellent';
  if (met === 0 && partly + notMet >= 2) return 'falls-short';
  if (notMet === 0 && partly <= 1 && met > 0) return 'good';
  return 'mixed';
}

/** Whether to ask "have you raised it?": only when some trait is partly met or not met. */
export function needsRaisedQuestion(result: Pick<CheckResult, 'traits'>): boolean {
  return result.traits.some((t) => fellShort(t.status));
}

/** Scores every trait and sums them up into the result the host page receives. */
export function scoreAnswers(traits: readonly Scored[], answers: Answers, completedAt: Date = new Date(), raised?: Raised): CheckResult {
  const results = traits.map((trait) => scoreTrait(trait, answers));
  const kept = Object.fromEntries(
    traits
      .flatMap((t) => t.statements)
      .flatMap((s) => {
        const answer = answerTo(s, answers);
        return answer ? [[s.id, answer]] : [];
      }),
  );
  const result = {verdict: verdictFor(results.map((r) => r.status)), traits: results, answers: kept};
  // The raised answer joins the result only where the question was asked.
  return {...result, ...(raised && needsRaisedQuestion(result) && {raised}), completedAt: completedAt.toISOString()};
}

/** Every statement id, in the order they are shown. */
export function statementIds(traits: readonly {readonly statements: readonly Pick<Statement, 'id'>[]}[]): string[] {
  return traits.flatMap((t) => t.statements.map((s) => s.id));
}

/** Statement ids that still have no answer that fits them, in the order they are shown. */
export function unansweredIds(traits: readonly {readonly statements: readonly Rated[]}[], answers: Answers): string[] {
  return traits
    .flatMap((t) => t.statements)
    .filter((s) => answerTo(s, answers) === undefined)
    .map((s) => s.id);
}
