import type { da } from "./da";

export const en: typeof da = {
  appName: "Skridt",
  skipLink: "Skip to content",
  languageGroup: "Language",
  landing: {
    title: "Skridt",
    welcome: "Welcome. Here you answer questions about how you are and how things are going.",
    howTo: "You open your questionnaire with the personal link or the QR code your mentor gives you.",
    codeTitle: "Have you been given a code?",
    codeIntro: "Your mentor can also read out a short code to you. Type it here.",
    code: "Code",
    codeHelp: "6 characters, e.g. K7Q-M3X. Capital or small letters do not matter.",
    codeMissing: "Type the code your mentor gave you.",
    codeInvalid: "The code has 6 characters, e.g. K7Q-M3X. Check it and try again.",
    submit: "Continue",
  },
  answer: {
    title: "The questionnaire is not ready yet",
    body: "You typed the code {{code}}. The questionnaire cannot be opened here yet.",
    help: "It is not your fault. Talk to your mentor and you will sort it out together.",
    back: "Back to the front page",
  },
  notFound: {
    title: "This page does not exist",
    back: "Go to the front page",
  },
};
