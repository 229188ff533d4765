// Every fact the widget's copy states about the world: phone numbers, services, and who does what.
// One row each, with where it comes from and when it was last checked. The numbers in the copy are
// taken from here (model/regions.ts); the words about each fact are the copy's (i18n/en.ts), and
// test/unit/facts.test.ts fails when the copy states a number or names a service that is not here.
// docs/facts-and-sources.md is this table for people.

/** When the facts below were last checked against their sources, as a whole. */
export const FACTS_CHECKED = '2026-12-03';

/** Check them all again by this date: `npm test` warns once it has passed. */
export const FACTS_REVIEW_BY = '2027-06-03';

/** Which nations a fact holds for. */
export type FactNation = 'england' | 'scotland' | 'wales' | 'northern-ireland' | 'uk';

/** One fact: a service, its number where the copy gives one, what is said of it, and its source. */
export interface Fact {
  readonly id: string;
  readonly nation: FactNation;
  /** The service or body, as the copy names it. */
  readonly service: string;
  /** The number the copy gives, written as the copy writes it. */
  readonly phone?: string;
  /** What the copy says of it, in short. */
  readonly claim: string;
  /** Where the fact was checked: a public page. */
  readonly source: string;
  /** When it was last checked (YYYY-MM-DD). */
  readonly checked: string;
}

const NHS_URGENT = 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/';
const C = FACTS_CHECKED;

// One constant per fact, so a bundle that reads only a number keeps only that number (terser hoists
// the property and drops the rest): the sources, dates and claims cost the widget nothing.

export const EMERGENCY = {
  id: 'emergency',
  nation: 'uk',
  service: '999',
  phone: '999',
  claim: 'Emergency services, when a life is in danger now',
  source: NHS_URGENT,
  checked: C,
} as const satisfies Fact;

export const NHS_111_ENGLAND = {
  id: 'nhs-111-england',
  nation: 'england',
  service: 'NHS 111',
  phone: '111',
  claim: 'Urgent mental health help: call 111 and choose the mental health option',
  source: NHS_URGENT,
  checked: C,
} as const satisfies Fact;

export const NHS_24 = {
  id: 'nhs-24',
  nation: 'scotland',
  service: 'NHS 24',
  phone: '111',
  claim: 'Urgent help, on 111',
  source: 'https://www.nhs24.scot/',
  checked: C,
} as const satisfies Fact;

export const NHS_111_WALES = {
  id: 'nhs-111-wales',
  nation: 'wales',
  service: 'NHS 111',
  phone: '111',
  claim: 'Urgent mental health help: call 111 and press 2',
  source: 'https://111.wales.nhs.uk/',
  checked: C,
} as const satisfies Fact;

export const LIFELINE = {
  id: 'lifeline',
  nation: 'northern-ireland',
  service: 'Lifeline',
  phone: '0808 808 8000',
  claim: 'Mental health crisis line, free, day or night',
  source: 'https://www.lifelinehelpline.info/',
  checked: C,
} as const satisfies Fact;

export const SAMARITANS = {
  id: 'samaritans',
  nation: 'uk',
  service: 'Samaritans',
  phone: '116 123',
  claim: 'Someone to talk to, free, day or night',
  source: 'https://www.samaritans.org/',
  checked: C,
} as const satisfies Fact;

export const PALS = {
  id: 'pals',
  nation: 'england',
  service: 'PALS (Patient Advice and Liaison Service)',
  claim: 'One in every NHS trust; helps raise a concern and can speak to staff; found through the NHS website, a GP surgery or NHS 111',
  source: 'https://www.nhs.uk/nhs-services/hospitals/what-is-pals-patient-advice-and-liaison-service/',
  checked: C,
} as const satisfies Fact;

export const COMPLAINTS_ADVOCACY = {
  id: 'complaints-advocacy',
  nation: 'england',
  service: 'NHS complaints advocacy',
  claim: 'Free help with an NHS complaint, arranged by local councils; a council social worker’s care goes to the council’s complaints team',
  source: 'https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/',
  checked: C,
} as const satisfies Fact;

export const PASS = {
  id: 'pass',
  nation: 'scotland',
  service: 'PASS (Patient Advice and Support Service)',
  phone: '0800 917 2127',
  claim: 'Free help to raise a concern or complain about the NHS; run by Citizens Advice',
  source: 'https://pass-scotland.org.uk/',
  checked: C,
} as const satisfies Fact;

export const LLAIS = {
  id: 'llais',
  nation: 'wales',
  service: 'Llais',
  claim: 'Free help to raise a concern or complain about the NHS, with local teams; the NHS Wales process is Putting Things Right',
  source: 'https://www.llaiswales.org/',
  checked: C,
} as const satisfies Fact;

export const PUTTING_THINGS_RIGHT = {
  id: 'putting-things-right',
  nation: 'wales',
  service: 'Putting Things Right',
  claim: 'The NHS in Wales’s way of handling concerns and complaints; Llais can help people use it',
  source: 'https://www.gov.wales/nhs-wales-complaints-and-concerns-putting-things-right',
  checked: C,
} as const satisfies Fact;

export const PCC = {
  id: 'pcc',
  nation: 'northern-ireland',
  service: 'The Patient and Client Council',
  phone: '0800 917 0222',
  claim: 'Free help to raise a concern or complain about health and social care',
  source: 'https://pcc-ni.net/',
  checked: C,
} as const satisfies Fact;

export const KEY_WORKER = {
  id: 'key-worker',
  nation: 'england',
  service: 'key worker',
  claim: 'The Community Mental Health Framework replaced the Care Programme Approach: a named key worker for everyone',
  source: 'https://www.england.nhs.uk/publication/care-programme-approach-position-statement/',
  checked: C,
} as const satisfies Fact;

export const NOT_TOLD = {
  id: 'not-told',
  nation: 'england',
  service: 'Community Mental Health Survey',
  claim: 'Many people have not been told who organises their care: 31% in 2022 (28% in 2021), CQC',
  source: 'https://www.cqc.org.uk/publications/surveys/community-mental-health-survey',
  checked: C,
} as const satisfies Fact;

export const WALES_MEASURE = {
  id: 'wales-measure',
  nation: 'wales',
  service: 'care and treatment plan',
  claim: 'Under the Mental Health (Wales) Measure 2010, a right to a care co-ordinator and a care and treatment plan',
  source: 'https://www.legislation.gov.uk/mwa/2010/7/part/2',
  checked: C,
} as const satisfies Fact;

/** The table, in order: crisis lines, advice services, then who does what. */
export const FACTS: readonly Fact[] = [
  EMERGENCY,
  NHS_111_ENGLAND,
  NHS_24,
  NHS_111_WALES,
  LIFELINE,
  SAMARITANS,
  PALS,
  COMPLAINTS_ADVOCACY,
  PASS,
  LLAIS,
  PUTTING_THINGS_RIGHT,
  PCC,
  KEY_WORKER,
  NOT_TOLD,
  WALES_MEASURE,
];

/** Past the review date: the line `npm test` prints, asking for the facts to be checked again; otherwise undefined. */
export function factsReviewDue(today: Date, reviewBy = FACTS_REVIEW_BY): string | undefined {
  if (today.toISOString().slice(0, 10) <= reviewBy) return undefined;
  return `The facts in src/model/facts.ts were due to be checked again by ${reviewBy}: check each against its source, then move FACTS_CHECKED and FACTS_REVIEW_BY on.`;
}
