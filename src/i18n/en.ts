import type {Strings} from './strings.js';

/** English copy: plain words, a reading age of about 9 to 11, never blaming anyone. */
export const en: Strings = {
  heading: ({role}) => `How is your ${role} doing?`,
  intro: ({role, count}) =>
    `Answer ${count} short questions about your ${role}. You will see what is going well and what you could do next. ` +
    `It takes about two minutes. Your answers stay on this device.`,
  notSureHint: 'There are no right or wrong answers. If you do not know, choose "Not sure".',
  plan: {default: 'care plan', wales: 'care and treatment plan'},
  findOut: {
    toggle: ({role}) => `Not sure who your ${role} is, or think you do not have one?`,
    everyone:
      'If a community mental health team looks after you, one named person is meant to organise your care. ' +
      'Services may call this person a care co-ordinator, key worker or lead professional. ' +
      'Many people have not been told who theirs is. It is fine to ask.',
    england: 'In England, many teams now call this person a key worker. Some still say care co-ordinator.',
    wales:
      'In Wales, if a mental health team looks after you, you have a right by law to this person. ' +
      'The law calls them a care co-ordinator. You also have a right to a care and treatment plan.',
    waysIntro: 'To find out if you have one, and who it is, you could:',
    ways: [
      () => 'phone your team’s office and ask, or ask the duty worker (the person who takes calls that day)',
      () => 'ask whoever you see at your next appointment',
      ({plan}) => `look at letters from your team, or at your ${plan} if you have one`,
    ],
    noOne: ({aRole, service}) => `If you do not have ${aRole}, you can ask your team for one. ${service} can help you ask.`,
    teamLine: 'If your team gave you a crisis or duty number, you can call that too.',
  },
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
      `You were not sure about some or all of this. You could ask the questions above. Your ${role}, or someone else in your team, could help you find out. ` +
      `If you do not know who your ${role} is, your team’s office can tell you.`,
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
  factsChecked: ({date}) => `Phone numbers and services last checked on ${date}.`,
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
  draftFirst: 'First, I would most like to talk about:',
  draftRaiseMore: 'I would also like to talk about:',
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
  savedEarlierChecks: 'Answers and past checks from an earlier visit are saved on this device. Clearing them clears both.',
  draftTooLong: 'This message is too long to open in an email app. Copy it, then paste it into your email.',
  takeAwayFailed: 'That did not work here. You could copy the summary or print it instead.',
  agenda: {
    heading: 'What you want to talk about first',
    headingMine: 'What I want to talk about first',
    pastHeading: 'What you chose to talk about first',
    legend: 'Choose what to talk about first',
    hint: ({limit}) => `You can choose up to ${limit} things to raise first at your next appointment. This is optional.`,
    full: ({limit}) => `You have chosen ${limit}, the most you can. To choose another, untick one first.`,
    added: ({trait}) => `Added “${trait}” to the top of your results.`,
    removed: ({trait}) => `Took “${trait}” off your list.`,
    agreedLabel: ({role, trait}) => `What you and your ${role} agreed about “${trait}” (optional)`,
    agreedHint: 'You can come back and fill this in after your appointment. It stays on this device.',
    agreedHintOnce: 'It goes in your summary when you print, copy or save it. It is not kept when you close this page.',
    agreed: 'What we agreed:',
    agreedThen: 'What you agreed then:',
    agreedThenMine: 'What we agreed then:',
  },
  history: {
    since: ({date}) => `How things have changed since your check on ${date}`,
    sinceIntro: 'This compares your answers today with your answers then.',
    change: {
      better: 'better than last time',
      same: 'about the same',
      worse: 'not as good as last time',
      unsure: 'cannot compare, as you were not sure at one of the checks',
    },
    raisedOn: ({date}) => `On ${date} you chose this to talk about first.`,
    raisedOnMine: ({date}) => `On ${date} I chose this to talk about first.`,
    raisedChange: {
      better: 'From your answers, it is better now.',
      same: 'From your answers, it is about the same.',
      worse: 'From your answers, it is not as good now.',
      unsure: '',
    },
    raisedChangeMine: {better: 'It is better now.', same: 'It has not changed since.', worse: 'It is not as good now.', unsure: ''},
    heading: 'Your past checks',
    intro: ({limit}) =>
      `Up to ${limit} checks are kept, on this device only. You can look at them again, delete them, or save them to a file for another device.`,
    none: 'There are no past checks on this device yet. If you saved some to a file on another device, you can add them here.',
    item: ({date}) => `Check on ${date}`,
    thisCheck: '(this check)',
    open: 'Open',
    close: 'Close',
    remove: 'Delete',
    which: ({date}) => `your check on ${date}`,
    removeConfirm: ({date}) => `Delete your check on ${date}? You cannot undo this.`,
    removeYes: 'Yes, delete it',
    removeNo: 'No, keep it',
    removed: ({date}) => `Your check on ${date} was deleted.`,
    dropped: ({limit, count}) =>
      count === 1
        ? `Only ${limit} checks are kept, so your oldest check was deleted.`
        : `Only ${limit} checks are kept, so your ${count} oldest checks were deleted.`,
    clear: 'Delete all past checks',
    clearConfirm: 'This will delete all your past checks from this device. You cannot undo this. Do you want to do this?',
    clearYes: 'Yes, delete them',
    clearNo: 'No, keep them',
    cleared: 'Your past checks were deleted.',
    startAgainKeeps: 'Your past checks stay. You can delete them under “Your past checks”.',
    exportFile: 'Save my past checks to a file',
    exportHint: 'The file shows how your checks went. Keep it somewhere private.',
    importLabel: 'Add past checks from a file',
    importHint: 'Choose a file you made with “Save my past checks to a file”. It is opened on this device only. Nothing is sent anywhere.',
    imported: ({count}) => (count === 1 ? 'Added 1 past check from the file.' : `Added ${count} past checks from the file.`),
    importedNone: 'The checks in this file are already here. Nothing was changed.',
    importedOlder: 'The checks in this file are older than the ones kept here, so none were added.',
    importFailed: 'This file could not be used, so nothing was changed. Choose a file saved from this check.',
    importConfirm: ({limit, count, from, to}) =>
      count === 1
        ? `This device keeps up to ${limit} checks. Adding this file will delete your check on ${from} from this device. You cannot undo this. If you want a copy of it first, choose No, then choose “Save my past checks to a file”. Do you want to add the file?`
        : `This device keeps up to ${limit} checks. Adding this file will delete your ${count} oldest checks from this device. These are your checks between ${from} and ${to}. You cannot undo this. If you want a copy of them first, choose No, then choose “Save my past checks to a file”. Do you want to add the file?`,
    importYes: ({count}) => (count === 1 ? 'Yes, add the file and delete 1 check' : `Yes, add the file and delete ${count} checks`),
    importNo: 'No, keep my checks',
    importCancelled: 'The file was not added. Nothing was changed.',
  },
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
  },
};
