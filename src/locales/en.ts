import type {Strings} from './strings.js';

/** English copy: plain words, a reading age of about 9 to 11, never blaming anyone. */
export const en: Strings = {
  heading: ({role}) => `How is your ${role} doing?`,
  intro: ({role, count}) =>
    `Answer ${count} short questions about your ${role}. You will see what is going well and what you could do next. ` +
    `It takes about two minutes. Your answers stay on this device.`,
  notSureHint: 'There are no right or wrong answers. If you do not know, choose "Not sure".',
  answers: {yes: 'Yes', sometimes: 'Sometimes', no: 'No', 'not-sure': 'Not sure'},
  progress: ({answered, total}) => `${answered} of ${total} answered`,
  stepOf: ({n, total}) => `Step ${n} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  checkAnswers: 'Check your answers',
  checkAnswersIntro: 'Here are your answers. You can change any of them before you see your results.',
  change: 'Change',
  changeContext: ({question}) => `your answer to: ${question}`,
  submit: 'See my results',
  notAnswered: 'Not answered',
  errorTitle: 'There is a problem',
  errorLink: ({statement}) => `Choose an answer for: ${statement}`,
  errorInline: 'Choose an answer, or "Not sure".',
  raisedQuestion: ({role}) => `Have you told your ${role} about the things you answered "Sometimes" or "No" to?`,
  raisedHint: 'You can skip this. Your answer helps us show the next steps that fit you best.',
  raisedAnswers: {
    better: 'Yes, and it got better',
    'no-change': 'Yes, but nothing changed',
    'not-yet': 'Not yet',
    'not-able': 'I do not feel able to',
  },
  raisedNote: {
    better: () => `You said things got better when you raised them. That is good news.`,
    'no-change': () => `You said you raised it, but nothing changed. That is hard. The steps below start with other people who can help.`,
    'not-yet': ({role}) => `You have not raised it yet. A word with your ${role} is often a good place to start.`,
    'not-able': ({role}) => `You said you do not feel able to raise it with your ${role}. That is OK. None of the steps below need you to.`,
  },
  resultHeading: 'Your results',
  verdict: {
    excellent: ({role}) => `From your answers, you have an excellent ${role}.`,
    good: ({role}) => `From your answers, things are mostly going well with your ${role}.`,
    mixed: ({role}) => `From your answers, some things are going well with your ${role}, and some could be better.`,
    'falls-short': ({role}) => `From your answers, some things are not going as well as they could with your ${role}.`,
    'little-to-go-on': () => `From your answers, it is hard to say yet how things are going.`,
    unsure: () => `From your answers, you are not sure yet how things are going.`,
  },
  verdictDetail: {
    excellent: () => `You said yes to everything we asked. That is good to know, and good to tell them.`,
    good: () => `Most of what matters is going well. Anything else may just need a quick word.`,
    mixed: () => `Some things could be better. There are things you could do, and people who can help.`,
    'falls-short': () => `It is OK to want things to be better. There are things you could do, and people who can help.`,
    'little-to-go-on': () => `You were not sure about most things, and that is OK. The questions below can help you find out.`,
    unsure: () => `That is OK. The questions below can help you find out.`,
  },
  goingWell: 'Going well',
  couldBeBetter: 'Could be better',
  notSureHeading: 'Not sure yet',
  status: {met: 'Met', 'partly-met': 'Partly met', 'not-met': 'Not met', unsure: 'Not sure'},
  suggestionsIntro: 'If you want to raise this, these words may help:',
  questionsIntro: 'To find out, you could ask:',
  nextStepsHeading: 'What you could do next',
  nextStepsIntro: 'These are ideas, in an order that often works. You choose what feels right, and you can skip any.',
  steps: {
    keep: ({role}) => `You could tell your ${role} what is going well, so it keeps happening.`,
    keepBetter: ({role}) => `It is good that things got better. You could tell your ${role} what helped, so it keeps happening.`,
    talk: ({role}) => `You could talk to your ${role} about what could be better. A lot can be put right this way.`,
    talkOne: ({role, trait}) =>
      `One thing could be better: “${trait}”. You could have a word with your ${role} about it. The words above may help.`,
    someoneWithYou: () => `You do not have to do this on your own. A carer, friend or advocate could come with you, or speak for you.`,
    manager: ({role}) =>
      `You could ask to speak to your team’s manager. Your team’s office can put you in touch. You can ask them for a different ${role}, and they will think about it.`,
    managerIfNeeded: ({role}) =>
      `If things do not get better, you could ask to speak to your team’s manager. Your team’s office can put you in touch. You can ask them for a different ${role}.`,
    advice: ({service}) => `${service} can help you with any of these steps, or with a complaint.`,
    questions: ({role}) =>
      `You were not sure about some or all of this. You could ask the questions above. Your ${role}, or someone else in your team, could help you find out.`,
  },
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWeb: 'Website',
  advice: {
    england: {
      name: 'PALS (Patient Advice and Liaison Service)',
      about:
        'Every NHS trust has a PALS. They can help you raise a concern, and they can speak to staff for you. ' +
        'If you want to make a complaint, NHS complaints advocacy can help for free. Your local council can put you in touch. ' +
        'If a council social worker looks after your care, the council’s complaints team deals with complaints.',
      reach: 'To find your PALS, search for PALS on the NHS website. Or ask your GP surgery, or call NHS 111.',
    },
    scotland: {
      name: 'PASS (Patient Advice and Support Service)',
      about: 'PASS gives free help to raise a concern or make a complaint about the NHS. It is run by Citizens Advice.',
      reach: 'You can call PASS for free on the number below.',
    },
    wales: {
      name: 'Llais',
      about:
        'Llais gives free help to raise a concern or make a complaint about the NHS. ' +
        'The NHS in Wales calls its way of handling concerns Putting Things Right. Llais can help you use it.',
      reach: 'Llais has local teams all over Wales. Search for Llais online to find yours, or ask your GP surgery.',
    },
    'northern-ireland': {
      name: 'The Patient and Client Council',
      about: 'It gives free help to raise a concern or make a complaint about health and social care.',
      reach: 'You can call them for free on the number below.',
    },
  },
  crisisHeading: 'If you need help now',
  crisis: {
    team: 'Your own team’s crisis or duty line:',
    emergency: 'If your life or someone else’s is in danger now, call',
    'nhs-111-england': 'For urgent mental health help, call NHS 111 and choose the mental health option:',
    'nhs-24': 'For urgent help, call NHS 24 on',
    'nhs-111-wales': 'For urgent mental health help, call NHS 111 and press 2:',
    lifeline: 'For mental health help, day or night, call Lifeline for free on',
    samaritans: 'To talk to someone, day or night, call Samaritans free on',
  },
  changeAnswers: 'Change my answers',
  startAgain: 'Start again',
  startAgainConfirm: 'This will clear your saved answers and notes. Do you want to start again?',
  startAgainYes: 'Yes, start again',
  startAgainNo: 'No, keep my answers',
  noteToggle: ({trait}) => `Add an example about ${trait}`,
  noteLabel: ({trait}) => `An example about: ${trait}`,
  noteHint:
    'This stays on your device. It will be in your summary when you print, copy or save it. ' +
    'It only goes in your draft message if you tick the box.',
  yourExample: 'Your example:',
  checkedOn: ({date}) => `Checked on ${date}`,
  print: 'Print',
  copySummary: 'Copy summary',
  download: 'Download summary',
  copied: 'Copied. You can paste it where you need it.',
  copyFailed: 'Copying did not work here. The text is shown below, ready for you to copy.',
  draftToggle: 'Draft a message',
  draftLabel: ({role}) => `A message for your ${role} or the advice service. Change anything you like. Nothing is sent unless you send it.`,
  draftIncludeNotes: 'Add my examples to the message',
  draftCopy: 'Copy message',
  draftEmail: 'Open in my email app',
  draftSubject: 'About my care',
  draftGreeting: 'Hello,',
  draftIntro: 'I would like to talk about how my care is going.',
  draftWell: 'These things are going well:',
  draftRaise: 'These are the things I would like to talk about:',
  draftAsk: 'I would also like to ask about:',
  draftClose: 'Could we talk about this soon? Thank you.',
  remembered: 'Your answers are saved on this device, so you can come back to them.',
  clearSaved: 'Clear my answers',
  storageFailed: 'Your answers cannot be saved on this device, but you can still finish the check.',
  storagePaused:
    'Some saved answers on this device could not be read, so we have left them alone. Your new answers will not be saved until you clear them.',
  storageChanged: 'Your answers changed in another window. Do you want to load them?',
  storageLoad: 'Load them',
  storageKeep: 'Keep these answers',
  savedEarlier: 'Answers from an earlier visit are saved on this device.',
  draftTooLong: 'This message is too long to open in an email app. Copy it, then paste it into your email.',
  takeAwayFailed: 'That did not work here. You could copy the summary or print it instead.',
  traits: {
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
      suggestions: ['Before we decide anything, can I tell you what matters most to me?', 'How has what I told you changed my care plan?'],
      questions: ['How do you use what I tell you when you plan my care?', 'Can we look at my care plan together?'],
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
  },
};
