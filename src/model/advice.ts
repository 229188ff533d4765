import {fellShort, type CheckResult, type Raised, type TraitStatus} from './types.js';

/**
 * One rung of the ladder, or a step beside it:
 * - `keep`: tell the professional what is working, so it keeps happening (step 0);
 * - `talk`: raise what could be better with them (step 1);
 * - `someone-with-you`: a carer, friend or advocate could go too, or speak for the person;
 * - `manager`: the team manager, who can also look at a change of professional (step 2);
 * - `advice`: the nation's advice service (or the host's own), with how to reach it (step 3);
 * - `questions`: questions to ask about what the person is not sure of.
 */
export type StepId = 'keep' | 'talk' | 'someone-with-you' | 'manager' | 'advice' | 'questions';

/** A next step in the order offered; `ifNeeded` marks one offered only in case the others do not help. */
export interface PlannedStep {
  readonly id: StepId;
  readonly ifNeeded?: boolean;
}

/**
 * The next steps for a result, in order: the README's ladder table. Pure, so it can be table-tested
 * against the worked cases. `raised` is read only where it was asked (something fell short); when it
 * was not answered, it counts as "not yet".
 */
export function planSteps(result: Pick<CheckResult, 'verdict' | 'traits' | 'raised'>): PlannedStep[] {
  const {verdict, traits} = result;
  const has = (...statuses: TraitStatus[]) => traits.some((t) => statuses.includes(t.status));
  if (verdict === 'unsure') return [{id: 'questions'}];
  if (verdict === 'excellent') return [{id: 'keep'}];
  const short = traits.some((t) => fellShort(t.status));
  const raised: Raised | undefined = short ? (result.raised ?? 'not-yet') : undefined;
  const serious = verdict === 'mixed' || verdict === 'falls-short';
  // Being open is the hard part: someone to go along is offered even for one small thing.
  const hardToTalk = traits.some((t) => t.id === 'approachable' && fellShort(t.status));
  const steps: PlannedStep[] = [];
  const add = (id: StepId, when = true, ifNeeded = false) => when && steps.push(ifNeeded ? {id, ifNeeded} : {id});

  if (raised === 'not-able') {
    // Nothing that needs the person to talk to the professional: people who can, and someone to go with them.
    add('manager');
    add('advice');
    add('someone-with-you');
  } else if (raised === 'no-change') {
    // Raised, and nothing changed: the people who can help lead; what works is still worth saying.
    add('manager');
    add('advice');
    add('keep', has('met'));
  } else if (raised === 'better') {
    add('keep');
    add('manager', serious, true);
    add('advice', serious);
  } else {
    add('keep', has('met'));
    add('talk', short);
    add('someone-with-you', short && (serious || hardToTalk));
    add('manager', serious, verdict === 'mixed');
    add('advice', serious);
  }
  add('questions', has('unsure'));
  return steps;
}
