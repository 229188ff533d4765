import type {BuiltInTraitId} from '../model/traits.js';
import type {TraitCopy} from './strings.js';

/**
 * The five traits in English: each one's title, its statements (one idea each, their answers set in
 * `BUILT_IN_STATEMENT_KINDS`), words to use when it falls short, and questions for when the person is
 * not sure. Part of `en` (i18n/en.ts).
 */
export const enTraits: Readonly<Record<BuiltInTraitId, TraitCopy>> = {
  communication: {
    title: 'Keeps everyone informed',
    statements: [
      ({role}) => `My ${role} keeps the other people in my care team up to date.`,
      () => `When I need something new, the right people in my team hear about it.`,
    ],
    suggestions: ['Who in my team will you tell about this, and when?', 'Can you let my doctor know what has changed for me?'],
    questions: ['Who in my team do you keep up to date about me?', 'If something changes for me, who will you tell?'],
  },
  organisation: {
    title: 'Organised and on time',
    statements: [
      () => `My appointments are regular, and they are planned ahead.`,
      () => `My appointments start on time, apart from the odd late one.`,
      () => `I get the full time I was told I would have.`,
    ],
    suggestions: [
      'Can we book my next few appointments now, so I know when they are?',
      'If you are running late, could someone let me know?',
      'I would like my full time. Can we plan for that?',
    ],
    questions: ['How often should we meet?', 'How long should my appointments last?'],
  },
  listening: {
    title: 'Really listens',
    statements: [
      ({role}) => `My ${role} really listens to me, and does not just nod along.`,
      () => `What I say helps shape the choices made about my care.`,
    ],
    // {plan}: "care and treatment plan" in Wales.
    suggestions: ['Before we decide anything, can I tell you what matters most to me?', 'How has what I told you changed my {plan}?'],
    questions: ['How do you use what I tell you when you plan my care?', 'Can we look at my {plan} together?'],
  },
  approachable: {
    title: 'Friendly and easy to talk to',
    statements: [
      ({role}) => `My ${role} is warm and friendly with me.`,
      ({role}) => `I feel able to tell my ${role} how I feel and what I need.`,
    ],
    suggestions: [
      'Some things are hard for me to say. Can we take it slowly?',
      'Is there a way of meeting that would make it easier for me to talk?',
    ],
    questions: ['What is the best way for me to tell you how I feel?', 'Could we meet in a place that feels easier for me?'],
  },
  accessible: {
    title: 'Easy to reach',
    statements: [
      ({role}) => `My ${role} and I have agreed how I can get in touch between appointments.`,
      () => `We have agreed how soon I will hear back, such as within 24 hours.`,
      () => `When I get in touch, I hear back in the time we agreed.`,
    ],
    suggestions: [
      'Can we agree the best way for me to get in touch between appointments?',
      'How soon can I expect to hear back when I get in touch?',
    ],
    questions: ['How can I get in touch with you between appointments?', 'How soon should I hear back?', 'Who can I contact if you are away?'],
    hint: ({role}) =>
      `A good ${role} is not on call all the time. What matters is that you know how to reach them, and when you will hear back.`,
  },
};
