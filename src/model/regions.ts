/** The four UK nations, each with its own advice service and crisis lines. */
export const REGIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;

/** One of the four UK nations. */
export type Region = (typeof REGIONS)[number];

/** Crisis lines the widget knows how to describe; their words live in the locale. */
export type CrisisLineId = 'emergency' | 'nhs-111-england' | 'nhs-24' | 'nhs-111-wales' | 'lifeline' | 'samaritans';

/**
 * Phone numbers and which lines apply, per nation: the advice service's freephone number where it has
 * one, and the crisis lines in the order shown. The only place these facts live.
 */
export const REGION_FACTS: Readonly<
  Record<Region, {readonly advicePhone?: string; readonly crisis: readonly {id: CrisisLineId; phone: string}[]}>
> = {
  england: {
    crisis: [
      {id: 'emergency', phone: '999'},
      {id: 'nhs-111-england', phone: '111'},
      {id: 'samaritans', phone: '116 123'},
    ],
  },
  scotland: {
    advicePhone: '0800 917 2127',
    crisis: [
      {id: 'emergency', phone: '999'},
      {id: 'nhs-24', phone: '111'},
      {id: 'samaritans', phone: '116 123'},
    ],
  },
  wales: {
    crisis: [
      {id: 'emergency', phone: '999'},
      {id: 'nhs-111-wales', phone: '111'},
      {id: 'samaritans', phone: '116 123'},
    ],
  },
  'northern-ireland': {
    advicePhone: '0800 917 0222',
    crisis: [
      {id: 'emergency', phone: '999'},
      {id: 'lifeline', phone: '0808 808 8000'},
      {id: 'samaritans', phone: '116 123'},
    ],
  },
};
