import type {StatementKind} from './types.js';

/** The five traits of a good care co-ordinator, all equally important, in the order shown. */
export const BUILT_IN_TRAIT_IDS = ['communication', 'organisation', 'listening', 'approachable', 'accessible'] as const;

/** The id of one of the five built-in traits. */
export type BuiltInTraitId = (typeof BUILT_IN_TRAIT_IDS)[number];

/**
 * The kind of each built-in statement, in order: the copy gives the words, this gives the answers
 * that fit. Whether something has been agreed is a fact; whether it happens is a matter of how often.
 */
export const BUILT_IN_STATEMENT_KINDS: Readonly<Record<BuiltInTraitId, readonly StatementKind[]>> = {
  communication: ['frequency', 'frequency'],
  organisation: ['frequency', 'frequency', 'frequency'],
  listening: ['frequency', 'frequency'],
  approachable: ['frequency', 'frequency'],
  accessible: ['fact', 'fact', 'frequency'],
};

/** Statement ids of a built-in trait: `communication-1`, `communication-2`... */
export const builtInStatementId = (traitId: BuiltInTraitId, index: number): string => `${traitId}-${index + 1}`;
