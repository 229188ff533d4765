import type {Strings} from './strings.js';

/** English copy: plain words, a reading age of about 9 to 11, never blaming anyone. */
export const en: Strings = {
  heading: ({role}) => `How is your ${role} doing?`,
  intro: ({role, count}) =>
    `Answer ${count} short questions about your ${role} to see what is going well and what to do next. ` +
    `It takes about two minutes. Your answers stay on this device.`,
  notSureHint: 'There are no right or wrong answers. If you do not know, choose "Not sure".',
  answers: {yes: 'Yes', sometimes: 'Sometimes', no: 'No', 'not-sure': 'Not sure'},
  progress: ({answered, total}) => `${answered} of ${total} answered`,
  submit: 'See my results',
  stepOf: ({step, total}) => `Step ${step} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  checkHeading: 'Check your answers',
  checkIntro: 'You can change any answer before you see your results.',
  change: 'Change',
  changeHidden: ({statement}) => `your answer to: ${statement}`,
  notAnswered: 'Not answered',
  errorTitle: 'There is a problem',
  errorLink: ({statement}) => `Choose an answer for: ${statement}`,
  errorInline: 'Choose an answer, or "Not sure".',
  resultHeading: 'Your results',
  verdict: {
    excellent: ({role}) => `From your answers, you have an excellent ${role}.`,
    mixed: ({role}) =>
      `Some things are going well with your ${role}. Others could be better, or you are not sure yet. ` +
      `You deserve good care, and there are things you can do.`,
    'falls-short': ({role}) =>
      `Your ${role} is not yet giving you the care you should get. ` +
      `This is not your fault, and there are things you can do.`,
    unsure: () =>
      `You were not sure about most things, and that is OK. The questions below can help you find out more.`,
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
  stepKeepGoing: ({role}) => `You could tell your ${role} what is working well, so it keeps happening.`,
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWeb: 'Website',
  advice: {
    england: {
      name: 'PALS (Patient Advice and Liaison Service)',
      about: 'Every NHS trust has one. They can help you raise a concern and speak to staff for you.',
    },
    scotland: {
      name: 'PASS (Patient Advice and Support Service)',
      about: 'It is free and run by Citizens Advice.',
    },
    wales: {
      name: 'Llais',
      about: 'It gives free, independent help with the NHS Wales concerns process, Putting Things Right.',
    },
    'northern-ireland': {
      name: 'The Patient and Client Council',
      about: 'It gives free, independent help to raise a concern.',
    },
  },
  crisisHeading: 'If you need help now',
  crisis: {
    emergency: 'If your life or someone else’s is in danger now, call',
    'nhs-111-england': 'For urgent mental health help, call NHS 111 and choose the mental health option:',
    'nhs-24': 'For urgent help, call NHS 24 on',
    'nhs-111-wales': 'For urgent mental health help, call NHS 111 and press 2:',
    samaritans: 'To talk to someone, day or night, call Samaritans free on',
  },
  changeAnswers: 'Change my answers',
  startAgain: 'Start again',
  noteToggle: 'Add an example (optional)',
  noteLabel: ({trait}) => `An example about: ${trait}`,
  noteHint: 'Only you see this. It goes in your summary and nowhere else.',
  yourExample: 'Your example:',
  checkedOn: ({date}) => `Checked on ${date}`,
  print: 'Print',
  copySummary: 'Copy summary',
  download: 'Download summary',
  copied: 'Copied. You can paste it where you need it.',
  copyFailed: 'Copying did not work here. The text is selected below for you to copy.',
  draftToggle: 'Draft a message',
  draftLabel: ({role}) =>
    `A message for your ${role} or the advice service. Change anything you like: nothing is sent unless you send it.`,
  draftCopy: 'Copy message',
  draftEmail: 'Open in my email app',
  draftSubject: 'About my care',
  draftGreeting: 'Hello,',
  draftIntro: 'I would like to talk about how my care is going.',
  draftWell: 'These things are going well:',
  draftRaise: 'These are the things I would like to talk about:',
  draftClose: 'Could we talk about this soon? Thank you.',
  remembered: 'Your answers are saved on this device, so you can come back to them.',
  clearSaved: 'Clear my answers',
  storageFailed: 'Your answers cannot be saved on this device, but you can still finish the check.',
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
