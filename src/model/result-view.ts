import type {RoleWords, Strings} from '../locales/strings.js';
import type {ContactConfig, CrisisLineConfig} from '../config/parse-config.js';
import {mailtoHref, safeUrl, telHref} from '../config/links.js';
import {ownCopy} from '../own-copy.js';
import {REGION_FACTS, type Region} from './regions.js';
import {scoreAnswers} from './scoring.js';
import type {Answers, CheckResult, Trait, TraitStatus} from './types.js';

/** Free text the person wrote about a trait, by trait id. Never part of the result event. */
export type Notes = Readonly<Record<string, string>>;

/** Everything needed to put a result into words. */
export interface ResultContext {
  readonly strings: Strings;
  readonly words: RoleWords;
  readonly traits: readonly Trait[];
  readonly answers: Answers;
  readonly notes: Notes;
  readonly region: Region;
  /** The host's own advice service, if it named one. */
  readonly contact?: ContactConfig | undefined;
  /** The host's crisis lines; `false` hides them. */
  readonly crisis?: readonly CrisisLineConfig[] | false | undefined;
}

/** One trait as the result shows it. */
export interface TraitLine {
  readonly trait: Trait;
  readonly status: TraitStatus;
  readonly note: string;
}

/** A result in words: what the screen, the summary, print and the draft message all show. */
export interface ResultDocument {
  readonly result: CheckResult;
  readonly verdict: string;
  readonly groups: readonly {readonly heading: string; readonly lines: readonly TraitLine[]}[];
  /** Next steps in order; the last one is where the contact belongs. */
  readonly steps: readonly string[];
  readonly contact?: ContactConfig;
  readonly crisis: readonly CrisisLineConfig[];
}

const GROUPS: readonly [keyof Strings, readonly TraitStatus[]][] = [
  ['goingWell', ['met']],
  ['couldBeBetter', ['not-met', 'partly-met']],
  ['notSureHeading', ['unsure']],
];

/** Scores the answers and words the result for this page's copy, nation and contacts. */
export function describeResult(ctx: ResultContext, completedAt?: Date): ResultDocument {
  const {strings: s, words, region} = ctx;
  const result = scoreAnswers(ctx.traits, ctx.answers, completedAt);
  const lines = ctx.traits.map((trait, i): TraitLine => ({
    trait,
    status: result.traits[i]!.status,
    note: ctx.notes[trait.id]?.trim() ?? '',
  }));
  const advice = s.advice[region];
  const advicePhone = REGION_FACTS[region].advicePhone;
  const contact = ctx.contact ?? (advicePhone ? {phone: advicePhone} : undefined);
  const service = ctx.contact?.name ?? advice.name;
  // Asking for someone else is for a co-ordinator who falls short, not for what the person is unsure of.
  const short = result.traits.some((t) => t.status === 'partly-met' || t.status === 'not-met');
  const steps =
    result.verdict === 'excellent'
      ? [s.stepKeepGoing(words)]
      : [
          s.stepTalk(words),
          ...(short
            ? [
                s.stepManager(words),
                s.stepAdvice({...words, service}) +
                  (ctx.contact ? '' : ` ${advice.about}`),
              ]
            : []),
        ];
  return {
    result,
    verdict: s.verdict[result.verdict](words),
    groups: GROUPS.map(([key, statuses]) => ({
      heading: s[key] as string,
      lines: lines.filter((line) => statuses.includes(line.status)),
    })).filter((group) => group.lines.length),
    steps,
    // Always an own property: with no contact, a polluted Object.prototype.contact is never read.
    contact: short && contact ? {name: service, ...contact} : undefined,
    // No prototype: a line without a url never reads a polluted Object.prototype.url.
    crisis: ownCopy(
      ctx.crisis === false
        ? []
        : (ctx.crisis ?? REGION_FACTS[region].crisis.map(({id, phone}) => ({label: s.crisis[id], phone}))),
    ),
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

/** A plain-text summary to copy, download or bring to an appointment. */
export function summaryText(doc: ResultDocument, s: Strings, title: string, date: string): string {
  const out = [title, s.checkedOn({date}), '', doc.verdict];
  for (const group of doc.groups) {
    out.push('', `${group.heading}:`);
    for (const {trait, status, note} of group.lines) {
      out.push(`- ${trait.title}: ${s.status[status]}`);
      if (note) out.push(`  ${s.yourExample} ${note}`);
      if (status !== 'met' && trait.suggestions.length) {
        out.push(`  ${s.suggestionsIntro}`, ...trait.suggestions.map((line) => `  “${line}”`));
      }
    }
  }
  out.push('', `${s.nextStepsHeading}:`, ...doc.steps.map((step, i) => `${i + 1}. ${step}`));
  out.push(...contactFields(doc.contact, s).map(([label, value]) => `   ${label}: ${value}`));
  if (doc.crisis.length) {
    out.push('', `${s.crisisHeading}:`, ...doc.crisis.map((c) => `- ${[c.label, c.phone, c.url].filter(Boolean).join(' ')}`));
  }
  return out.join('\n') + '\n';
}

/** A first draft of a message to the co-ordinator or the advice service, from the result. */
export function draftText(doc: ResultDocument, s: Strings): string {
  const lines = doc.groups.flatMap((g) => g.lines);
  const well = lines.filter((l) => l.status === 'met');
  const raise = lines.filter((l) => l.status !== 'met');
  const out = [s.draftGreeting, '', s.draftIntro];
  const item = (l: TraitLine) => `- ${l.trait.title}${l.note ? `: ${l.note}` : ''}`;
  if (well.length) out.push('', s.draftWell, ...well.map(item));
  if (raise.length) out.push('', s.draftRaise, ...raise.map(item));
  out.push('', s.draftClose);
  return out.join('\n');
}
