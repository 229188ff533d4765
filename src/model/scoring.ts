import type {Answer, Answers, CheckResult, Trait, TraitResult, TraitStatus, Verdict} from './types.js';

const POINTS: Readonly<Record<Answer, number | undefined>> = {
  yes: 2,
  sometimes: 1,
  no: 0,
  'not-sure': undefined,
};

/** Scores one trait from the answers to its statements. Unanswered statements count as "Not sure". */
export function scoreTrait(trait: Pick<Trait, 'id' | 'statements'>, answers: Answers): TraitResult {
  let score = 0;
  let max = 0;
  for (const {id} of trait.statements) {
    const answer = answers[id];
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

/** The overall verdict from each trait's status. */
export function verdictFor(statuses: readonly TraitStatus[]): Verdict {
  if (statuses.every((s) => s === 'met')) return 'excellent';
  if (statuses.every((s) => s === 'unsure')) return 'unsure';
  return statuses.includes('met') ? 'mixed' : 'falls-short';
}

/** Scores every trait and sums them up into the result the host page receives. */
export function scoreAnswers(
  traits: readonly Pick<Trait, 'id' | 'statements'>[],
  answers: Answers,
  completedAt: Date = new Date(),
): CheckResult {
  const results = traits.map((trait) => scoreTrait(trait, answers));
  const kept = Object.fromEntries(statementIds(traits).flatMap((id) => (answers[id] ? [[id, answers[id]]] : [])));
  return {
    verdict: verdictFor(results.map((r) => r.status)),
    traits: results,
    answers: kept,
    completedAt: completedAt.toISOString(),
  };
}

/** Every statement id, in the order they are shown. */
export function statementIds(traits: readonly Pick<Trait, 'statements'>[]): string[] {
  return traits.flatMap((t) => t.statements.map((s) => s.id));
}

/** Statement ids that still have no answer, in the order they are shown. */
export function unansweredIds(traits: readonly Pick<Trait, 'statements'>[], answers: Answers): string[] {
  return statementIds(traits).filter((id) => answers[id] === undefined);
}
