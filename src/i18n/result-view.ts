import type {RoleWords, Strings} from './strings.js';
import type {ContactConfig, CrisisLineConfig, TeamCrisisConfig} from '../model/contacts.js';
import {mailtoHref, safeUrl, telHref} from '../internal/links.js';
import {planSteps, type StepId} from '../model/advice.js';
import {ownCopy} from '../internal/own-copy.js';
import {REGION_FACTS, type Region} from '../model/regions.js';
import {scoreAnswers} from '../model/scoring.js';
import {changeFor, type Change, type PastCheck} from '../model/history.js';
import {fellShort, type Answers, type CheckResult, type Raised, type Trait, type TraitStatus} from '../model/types.js';

/** Free text the person wrote about a trait, by trait id. Never part of the result event. */
export type {Notes} from '../model/types.js';
import type {Notes} from '../model/types.js';

/** Everything needed to put a result into words. */
export interface ResultContext {
  readonly strings: Strings;
  readonly words: RoleWords;
  readonly traits: readonly Trait[];
  readonly answers: Answers;
  readonly notes: Notes;
  readonly region: Region;
  /** The answer to "have you raised it?", if it was asked and answered. */
  readonly raised?: Raised | undefined;
  /** The host's own advice service, if it named one. */
  readonly contact?: ContactConfig | undefined;
  /** The host's crisis lines; `false` hides the box; left out or empty, the nation's. */
  readonly crisis?: readonly CrisisLineConfig[] | false | undefined;
  /** The team's own crisis or duty number, shown first. */
  readonly teamCrisis?: TeamCrisisConfig | undefined;
  /** Traits the person picked to raise first, in their order, and what was agreed about them. */
  readonly agenda?: readonly string[] | undefined;
  readonly agreed?: Readonly<Record<string, string>> | undefined;
  /** The check before this one on the device, and its date in the copy's language. */
  readonly previous?: {readonly check: PastCheck; readonly date: string} | undefined;
}

/** One trait as the result shows it. */
export interface TraitLine {
  readonly trait: Trait;
  readonly status: TraitStatus;
  readonly note: string;
  /** Words to use: things to say when it fell short, questions to ask when not sure; none when met. */
  readonly prompts?: {readonly intro: string; readonly lines: readonly string[]};
  /** "What we agreed", for a trait picked to raise first. */
  readonly agreed?: string;
  /** Picked at the check before: whether it has changed since, for the screen and (first person) to share. */
  readonly raisedThen?: {readonly yours: string; readonly mine: string};
  /** What was agreed about it then, if anything. */
  readonly agreedThen?: string;
}

/** One trait against the check before. */
export interface SinceLine {
  readonly trait: Trait;
  readonly change: Change;
}

/** Which group a trait is shown in. */
export type GroupId = 'first' | 'going-well' | 'could-be-better' | 'not-sure';

/** One next step, worded; the advice step carries the contact details to show with it. */
export interface NextStep {
  readonly id: StepId;
  readonly text: string;
  readonly contact?: ContactConfig;
}

/** A result in words: what the screen, the summary, print and the draft message all show. */
export interface ResultDocument {
  readonly result: CheckResult;
  /** The hedged verdict, for the result's heading. */
  readonly verdict: string;
  /** A warm line or two under the verdict. */
  readonly verdictDetail: string;
  /** What the "have you raised it?" answer means for the steps; only when it was asked and answered. */
  readonly raisedNote?: string;
  /** How each trait changed since the check before, when there is one on the device. */
  readonly since?: {readonly heading: string; readonly lines: readonly SinceLine[]};
  /** The traits picked to raise first lead, under their own heading; each trait is in one group. */
  readonly groups: readonly {readonly id: GroupId; readonly heading: string; readonly lines: readonly TraitLine[]}[];
  /** Next steps in the order offered. */
  readonly steps: readonly NextStep[];
  /** The contact shown with the advice step, when there is one. */
  readonly contact?: ContactConfig;
  readonly crisis: readonly CrisisLineConfig[];
}

const GROUPS: readonly [GroupId, 'goingWell' | 'couldBeBetter' | 'notSureHeading', readonly TraitStatus[]][] = [
  ['going-well', 'goingWell', ['met']],
  ['could-be-better', 'couldBeBetter', ['not-met', 'partly-met']],
  ['not-sure', 'notSureHeading', ['unsure']],
];

/**
 * The crisis lines in force: the team's first, then the host's or the nation's; none only for
 * `crisis: false`. With no prototype: a line without a url never reads a polluted Object.prototype.url.
 */
export function crisisLines(ctx: Pick<ResultContext, 'strings' | 'region' | 'crisis' | 'teamCrisis'>): CrisisLineConfig[] {
  if (ctx.crisis === false) return [];
  const {strings: s, region} = ctx;
  const team = ctx.teamCrisis ? [{label: ctx.teamCrisis.label ?? s.crisis.team, phone: ctx.teamCrisis.phone}] : [];
  const nation = REGION_FACTS[region].crisis.map(({id, phone}) => ({label: s.crisis[id], phone}));
  return ownCopy([...team, ...(ctx.crisis?.length ? ctx.crisis : nation)]);
}

/** Who helps with concerns, by name, and how to reach them. */
export interface AdviceService {
  readonly service: string;
  readonly contact: ContactConfig;
  /** The nation's service (not the host's own): what it does and how to reach it, in words. */
  readonly nation?: {readonly about: string; readonly reach: string};
}

/** The host's contact, which replaces the nation's service; or the nation's, with its freephone number where it has one. */
export function adviceService(ctx: Pick<ResultContext, 'strings' | 'region' | 'contact'>): AdviceService {
  const advice = ctx.strings.advice[ctx.region];
  if (ctx.contact) {
    const service = ctx.contact.name ?? advice.name;
    return {service, contact: {...ctx.contact, name: service}};
  }
  const phone = REGION_FACTS[ctx.region].advicePhone;
  return {service: advice.name, contact: {name: advice.name, ...(phone && {phone})}, nation: advice};
}

/** Scores the answers and words the result for this page's copy, nation and contacts. */
export function describeResult(ctx: ResultContext, completedAt?: Date): ResultDocument {
  const {strings: s, words} = ctx;
  const result = scoreAnswers(ctx.traits, ctx.answers, completedAt, ctx.raised);
  const agenda = (ctx.agenda ?? []).filter((id) => ctx.traits.some((t) => t.id === id));
  const previous = ctx.previous;
  const since: SinceLine[] = [];
  const lines = ctx.traits.map((trait, i): TraitLine => {
    const status = result.traits[i].status;
    const [intro, prompts] =
      status === 'met' ? ['', []] : status === 'unsure' ? [s.questionsIntro, trait.questions] : [s.suggestionsIntro, trait.suggestions];
    const change = previous && changeFor(previous.check.traits[trait.id], status);
    if (change) since.push({trait, change});
    // Own keys only: an `agreed` with a prototype never lends an inherited value.
    const own = (notes: Readonly<Record<string, string>> | undefined) =>
      notes && Object.hasOwn(notes, trait.id) && typeof notes[trait.id] == 'string' ? notes[trait.id].trim() : '';
    const agreed = agenda.includes(trait.id) && own(ctx.agreed);
    const pickedThen = change && previous.check.agenda.includes(trait.id);
    const h = s.history;
    const raisedThen = pickedThen && {
      yours: `${h.raisedOn({date: previous.date})} ${h.raisedChange[change]}`.trim(),
      mine: `${h.raisedOnMine({date: previous.date})} ${h.raisedChangeMine[change]}`.trim(),
    };
    const agreedThen = pickedThen && own(previous.check.agreed);
    return {
      trait,
      status,
      note: own(ctx.notes),
      ...(prompts.length && {prompts: {intro, lines: prompts}}),
      ...(agreed && {agreed}),
      ...(raisedThen && {raisedThen}),
      ...(agreedThen && {agreedThen}),
    };
  });
  const short = lines.filter((l) => fellShort(l.status));

  const {service, contact, nation: advice} = adviceService(ctx);
  const stepText = (id: StepId, ifNeeded?: boolean): string => {
    switch (id) {
      case 'keep':
        return (result.raised === 'better' ? s.steps.keepBetter : s.steps.keep)(words);
      case 'talk':
        return short.length === 1 ? s.steps.talkOne({...words, trait: short[0].trait.title}) : s.steps.talk(words);
      case 'someone-with-you':
        return s.steps.someoneWithYou(words);
      case 'manager':
        return (ifNeeded ? s.steps.managerIfNeeded : s.steps.manager)(words);
      case 'advice':
        return [s.steps.advice({...words, service}), ...(advice ? [advice.about, advice.reach] : [])].join(' ');
      case 'questions':
        return s.steps.questions(words);
    }
  };
  const steps = planSteps(result).map(({id, ifNeeded}): NextStep => ({
    id,
    text: stepText(id, ifNeeded),
    ...(id === 'advice' && {contact}),
  }));
  const shownContact = steps.some((step) => step.id === 'advice') ? contact : undefined;
  return {
    result,
    verdict: s.verdict[result.verdict](words),
    verdictDetail: s.verdictDetail[result.verdict](words),
    ...(result.raised && {raisedNote: s.raisedNote[result.raised](words)}),
    ...(previous && since.length && {since: {heading: s.history.since({date: previous.date}), lines: since}}),
    groups: [
      {id: 'first' as const, heading: s.agenda.heading, lines: agenda.map((id) => lines.find((l) => l.trait.id === id)!)},
      ...GROUPS.map(([id, key, statuses]) => ({
        id,
        heading: s[key],
        lines: lines.filter((line) => statuses.includes(line.status) && !agenda.includes(line.trait.id)),
      })),
    ].filter((group) => group.lines.length),
    // No prototype: a step without a contact never reads a polluted Object.prototype.contact.
    steps: ownCopy(steps),
    ...(shownContact && {contact: shownContact}),
    crisis: crisisLines(ctx),
  };
}

/** The contact's details that are set, each as label, text and (where safe) link. */
export function contactFields(input: ContactConfig | undefined, s: Strings): [string, string, string | undefined][] {
  // Own fields only: a contact with no email never reads a polluted Object.prototype.email.
  const contact = ownCopy(input);
  const fields: [string, string | undefined, (v: string) => string | undefined][] = [
    [s.contactPhone, contact?.phone, telHref],
    [s.contactEmail, contact?.email, mailtoHref],
    [s.contactWeb, contact?.url, safeUrl],
  ];
  return fields.flatMap(([label, value, href]) => (value ? [[label, value, href(value)]] : []));
}

/**
 * What the summary and the printout say under a trait, a line each, in the person's own words: the
 * change since it was picked, what was agreed then and now, their example.
 */
export function traitDetails(line: TraitLine, s: Strings): string[] {
  const out: string[] = [];
  if (line.raisedThen) out.push(line.raisedThen.mine);
  if (line.agreedThen) out.push(`${s.agenda.agreedThenMine} ${line.agreedThen}`);
  if (line.note) out.push(`${s.yourExample} ${line.note}`);
  if (line.agreed) out.push(`${s.agenda.agreed} ${line.agreed}`);
  return out;
}

/** A plain-text summary to copy, download or bring to an appointment. Notes are always in it. */
export function summaryText(doc: ResultDocument, s: Strings, title: string, date: string): string {
  const out = [title, s.checkedOn({date}), '', doc.verdict, doc.verdictDetail];
  if (doc.raisedNote) out.push(doc.raisedNote);
  if (doc.since) {
    out.push('', `${doc.since.heading}:`, ...doc.since.lines.map((l) => `- ${l.trait.title}: ${s.history.change[l.change]}`));
  }
  for (const group of doc.groups) {
    out.push('', `${group.id === 'first' ? s.agenda.headingMine : group.heading}:`);
    for (const line of group.lines) {
      out.push(`- ${line.trait.title}: ${s.status[line.status]}`, ...traitDetails(line, s).map((detail) => `  ${detail}`));
      if (line.prompts) out.push(`  ${line.prompts.intro}`, ...line.prompts.lines.map((prompt) => `  “${prompt}”`));
    }
  }
  out.push('', `${s.nextStepsHeading}:`);
  doc.steps.forEach((step, i) => {
    out.push(`${i + 1}. ${step.text}`, ...contactFields(step.contact, s).map(([label, value]) => `   ${label}: ${value}`));
  });
  if (doc.crisis.length) {
    out.push('', `${s.crisisHeading}:`, ...doc.crisis.map((c) => `- ${[c.label, c.phone, c.url].filter(Boolean).join(' ')}`));
  }
  return out.join('\n') + '\n';
}

/** How the draft message is put together. */
export interface DraftOptions {
  /** Add the person's examples beside each trait. Off unless they tick the box. */
  readonly includeNotes?: boolean;
}

/**
 * A first draft of a message to the professional or the advice service. What went well is only ever
 * listed as going well; what the person is not sure of is something to ask about.
 */
export function draftText(doc: ResultDocument, s: Strings, {includeNotes = false}: DraftOptions = {}): string {
  const first = doc.groups.find((g) => g.id === 'first')?.lines ?? [];
  const lines = doc.groups.flatMap((g) => (g.id === 'first' ? [] : g.lines));
  const item = (l: TraitLine) =>
    `- ${l.trait.title}${includeNotes && l.note ? `: ${l.note}` : ''}${l.raisedThen ? ` (${l.raisedThen.mine})` : ''}`;
  const out = [s.draftGreeting, '', s.draftIntro];
  const sections: [string, readonly TraitLine[]][] = [
    [s.draftFirst, first],
    [s.draftWell, lines.filter((l) => l.status === 'met')],
    // With picks, the rest of what could be better is "also".
    [first.length ? s.draftRaiseMore : s.draftRaise, lines.filter((l) => fellShort(l.status))],
    [s.draftAsk, lines.filter((l) => l.status === 'unsure')],
  ];
  for (const [heading, these] of sections) if (these.length) out.push('', heading, ...these.map(item));
  out.push('', s.draftClose);
  return out.join('\n');
}
