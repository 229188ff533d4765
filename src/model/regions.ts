import {EMERGENCY, LIFELINE, NHS_111_ENGLAND, NHS_111_WALES, NHS_24, PASS, PCC, SAMARITANS} from './facts.js';

/** The four UK nations, each with its own advice service and crisis lines. */
export const REGIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;

/** One of the four UK nations. */
export type Region = (typeof REGIONS)[number];

/** Crisis lines the widget knows how to describe; their words live in the locale. */
export type CrisisLineId = 'emergency' | 'nhs-111-england' | 'nhs-24' | 'nhs-111-wales' | 'lifeline' | 'samaritans';

/** A nation's crisis lines: 999, the nation's urgent line, then Samaritans. */
const crisis = (id: CrisisLineId, phone: string) => [
  {id: 'emergency' as const, phone: EMERGENCY.phone},
  {id, phone},
  {id: 'samaritans' as const, phone: SAMARITANS.phone},
];

/**
 * Phone numbers and which lines apply, per nation: the advice service's freephone number where it has
 * one, and the crisis lines in the order shown. The numbers come from the facts table (model/facts.ts),
 * where each has its source and the date it was checked.
 */
export const REGION_FACTS: Readonly<
  Record<Region, {readonly advicePhone?: string; readonly crisis: readonly {id: CrisisLineId; phone: string}[]}>
> = {
  england: {crisis: crisis('nhs-111-england', NHS_111_ENGLAND.phone)},
  scotland: {advicePhone: PASS.phone, crisis: crisis('nhs-24', NHS_24.phone)},
  wales: {crisis: crisis('nhs-111-wales', NHS_111_WALES.phone)},
  'northern-ireland': {advicePhone: PCC.phone, crisis: crisis('lifeline', LIFELINE.phone)},
};
