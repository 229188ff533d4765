import type {ContactConfig, CrisisLineConfig} from '../model/contacts.js';
import {planName} from './resolve.js';
import {adviceService, crisisLines, type ResultContext} from './result-view.js';

/** What the first screen's "not sure who yours is?" disclosure needs: the copy, the nation and the host's contacts. */
export type FindOutContext = Pick<ResultContext, 'strings' | 'words' | 'region' | 'contact' | 'crisis' | 'teamCrisis'>;

/** The disclosure's lines, in words, for one nation and host. */
export interface FindOutDocument {
  /** Everyone should have a named person, and the nation's line about it (England, Wales). */
  readonly about: readonly string[];
  readonly waysIntro: string;
  readonly ways: readonly string[];
  /** With none: ask the team; the advice service can help. With the nation's service, how to reach it too. */
  readonly noOne: string;
  readonly contact: ContactConfig;
  /** The same crisis lines as the result page's, shown first. */
  readonly crisis: readonly CrisisLineConfig[];
  /** "If your team gave you a crisis or duty number...", when the host gave none and the lines show. */
  readonly teamLine?: string;
}

/**
 * Words the disclosure for the person who does not know who their named person is, or thinks they
 * have none: who should have one, how to find out, how to ask for one (and who helps), and the crisis
 * lines. Nothing in it assumes the person has one.
 */
export function describeFindOut(ctx: FindOutContext): FindOutDocument {
  const s = ctx.strings.findOut;
  const {service, contact, nation} = adviceService(ctx);
  const national = ctx.region === 'england' ? s.england : ctx.region === 'wales' ? s.wales : undefined;
  const values = {...ctx.words, plan: planName(ctx.strings, ctx.region), service};
  const crisis = crisisLines(ctx);
  return {
    about: national ? [s.everyone, national] : [s.everyone],
    waysIntro: s.waysIntro,
    ways: s.ways.map((way) => way(values)),
    noOne: [s.noOne(values), ...(nation ? [nation.reach] : [])].join(' '),
    contact,
    crisis,
    ...(crisis.length && !ctx.teamCrisis && {teamLine: s.teamLine}),
  };
}
