/** The five traits of a good care co-ordinator, all equally important, in the order shown. */
export const BUILT_IN_TRAIT_IDS = ['communication', 'organisation', 'listening', 'approachable', 'accessible'] as const;

/** The id of one of the five built-in traits. */
export type BuiltInTraitId = (typeof BUILT_IN_TRAIT_IDS)[number];

/** Statement ids of a built-in trait: `communication-1`, `communication-2`... */
export const builtInStatementId = (traitId: BuiltInTraitId, index: number): string => `${traitId}-${index + 1}`;
