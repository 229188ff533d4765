import type {Strings} from './strings.js';

/** English copy: plain words, a reading age of about 9 to 11, never blaming anyone. */
export const en: Strings = {
  heading: ({role}) => `How is your ${role} doing?`,
  intro: ({role, count}) =>
    `Answer ${count} short questions about your ${role}. It takes about two minutes. ` +
    `You will see what is going well, what could be better and what you can do next.`,
  privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  notSureHint: 'There are no right or wrong answers. If you do not know, choose "Not sure".',
  answers: {yes: 'Yes', sometimes: 'Sometimes', no: 'No', 'not-sure': 'Not sure'},
  progress: ({answered, total}) => `${answered} of ${total} answered`,
  submit: 'See my results',
  errorTitle: 'There is a problem',
  errorLink: ({statement}) => `Choose an answer for: ${statement}`,
  errorInline: 'Choose an answer. If you do not know, choose "Not sure".',
  resultHeading: 'Your results',
  verdict: {
    excellent: ({role}) => `From your answers, you have an excellent ${role}. They are doing well on everything here.`,
    mixed: ({role}) =>
      `Some things are going well with your ${role}, and some could be better. ` +
      `You deserve good care, and there are things you can do.`,
    'falls-short': ({role}) =>
      `From your answers, your ${role} is not yet giving you the care you should get. ` +
      `This is not your fault, and there are things you can do.`,
    unsure: () =>
      `You were not sure about most things. That is OK. ` +
      `The questions below might help you find out more at your next appointment.`,
  },
  goingWell: 'Going well',
  couldBeBetter: 'Could be better',
  notSureHeading: 'Not sure yet',
  status: {met: 'Met', 'partly-met': 'Partly met', 'not-met': 'Not met', unsure: 'Not sure'},
  suggestionsIntro: 'At your next appointment, you could say:',
  nextStepsHeading: 'What you can do next',
  stepTalk: ({role}) =>
    `Talk to your ${role} about it. Many problems can be put right this way. You could use the words above.`,
  stepManager: ({role}) =>
    `If that does not help, ask to speak to the manager of your team. ` +
    `You can ask them for a different ${role}.`,
  stepAdvice: ({service}) => `${service} can help you do this.`,
  stepKeepGoing: ({role}) => `You could tell your ${role} what is working well for you, so it keeps happening.`,
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWeb: 'Website',
  advice: {
    england: {
      name: 'PALS (Patient Advice and Liaison Service)',
      about: ({role}) =>
        `Every NHS trust has PALS. They can help you raise a concern, ` +
        `talk to senior staff for you, and help you ask for a different ${role}.`,
    },
    scotland: {
      name: 'PASS (Patient Advice and Support Service)',
      about: ({role}) =>
        `PASS is free and run through Citizens Advice. They can help you raise a concern ` +
        `and ask for a different ${role}.`,
    },
    wales: {
      name: 'Llais',
      about: ({role}) =>
        `Llais gives free, independent help to raise a concern through the NHS Wales process ` +
        `called Putting Things Right, including asking for a different ${role}.`,
    },
    'northern-ireland': {
      name: 'The Patient and Client Council',
      about: ({role}) =>
        `The Patient and Client Council gives free, independent help to raise a concern ` +
        `and ask for a different ${role}.`,
    },
  },
  crisisHeading: 'If you need help now',
  crisis: {
    emergency: 'If your life or someone else’s is in danger now, call',
    'nhs-111-england': 'For urgent mental health help, call NHS 111 and choose the mental health option:',
    'nhs-24': 'For urgent help, call NHS 24 on',
    'nhs-111-wales': 'For urgent mental health help, call NHS 111 and press 2:',
    samaritans: 'To talk to someone any time, day or night, call Samaritans free on',
  },
  changeAnswers: 'Change my answers',
  startAgain: 'Start again',
  traits: {
    communication: {
      title: 'Keeps everyone informed',
      statements: [
        ({role}) => `My ${role} keeps the other people in my care team up to date.`,
        () => `When something changes for me, the right people in my team get told.`,
      ],
      suggestions: [
        'Who in my team will you tell about this, and when?',
        'Can you let my psychiatrist know what has changed for me?',
      ],
    },
    organisation: {
      title: 'Organised and on time',
      statements: [
        () => `My appointments happen regularly and are planned ahead.`,
        () => `I get all the time I was promised at my appointments.`,
      ],
      suggestions: [
        'Can we book my next few appointments now, so I know when they are?',
        'I would like my full appointment time. Can we plan for that?',
      ],
    },
    listening: {
      title: 'Really listens',
      statements: [
        ({role}) => `My ${role} really listens to me, not just nods along.`,
        () => `What I say is used when decisions are made about my care.`,
      ],
      suggestions: [
        'Before we decide anything, can I tell you what matters most to me?',
        'How has what I told you changed my care plan?',
      ],
    },
    approachable: {
      title: 'Friendly and easy to talk to',
      statements: [
        ({role}) => `I feel able to tell my ${role} how I really feel.`,
        () => `I can say what I need without worrying about how they will react.`,
      ],
      suggestions: [
        'Some things are hard for me to say. Can we take it slowly?',
        'Is there a way of meeting that would make it easier for me to talk?',
      ],
    },
    accessible: {
      title: 'Easy to reach',
      statements: [
        ({role}) => `We have agreed how I can contact my ${role} between appointments.`,
        () => `I know how soon I should hear back, and I usually do.`,
      ],
      suggestions: [
        'Can we agree the best way for me to contact you between appointments?',
        'How soon can I expect a reply when I get in touch?',
      ],
    },
  },
};
