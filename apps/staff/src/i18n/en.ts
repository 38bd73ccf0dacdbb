import { errorsEn } from "./errors";
import { companiesEn } from "../pages/companies/text";
import { evaluationEn } from "../pages/evaluation/text";
import { evaluationReportEn } from "../pages/report/text";
import { importEn } from "../pages/import/text";
import { organisationEn } from "../pages/organisation/text";
import { participantEn } from "../pages/participant/text";
import { participantsEn } from "../pages/participants/text";
import { privacyEn } from "../pages/privacy/text";
import { programmesEn } from "../pages/programmes/text";
import { ownInstrumentsEn } from "../pages/programmes/instruments/text";
import { questionnaireBuilderEn } from "../pages/programmes/instruments/builder/text";
import { signInEn } from "../pages/sign-in/text";
import { entryEn } from "../pages/survey-entry/text";
import { surveysEn } from "../pages/surveys/text";
import { usersEn } from "../pages/users/text";
import { volunteersEn } from "../pages/volunteers/text";
import type { da } from "./da";
import type { Texts } from "./texts";

/** English: typed against the Danish resources so a missing key fails the typecheck. */
export const en: Texts<typeof da> = {
  // App-wide: used by the shell and by many features.
  common: {
    appName: "Skridt",
    skipLink: "Skip to content",
    loading: "Loading …",
    languageGroup: "Language",
    optional: "(optional)",
    cancel: "Cancel",
    yes: "Yes",
    no: "No",
    dash: "–",
  },
  errors: errorsEn,

  validation: {
    required: "Required.",
    tooShort: "Must be at least {{count}} characters.",
    tooLong: "Must be at most {{count}} characters.",
    email: "Enter a valid e-mail address, e.g. name@example.com.",
    date: "Enter a valid date.",
    tooSmallNumber: "Must be at least {{count}}.",
    tooBigNumber: "Must be at most {{count}}.",
    number: "Enter a whole number.",
    pattern: "The format does not match. See the example by the field.",
  },
  shell: {
    signedInAs: "Signed in as {{name}}",
    organisation: "Organisation",
    navLabel: "Main menu",
    signOut: "Sign out",
    noOrganisation: "Your user is not linked to any organisation yet. Contact your administrator.",
    noPages: "You have no roles in this organisation.",
    notFound: "This page does not exist.",
    backHome: "Go to the front page",
  },
  nav: {
    participants: "My participants",
    programmes: "Programmes",
    organisation: "Organisation",
    users: "Users",
    companies: "Companies",
    volunteers: "Volunteer mentors",
    import: "Import",
    report: "Evaluation report",
  },
  roles: {
    admin: "Administrator",
    mentor: "Mentor",
    evaluator: "Evaluator",
  },
  // Each feature's texts live in its folder (text.ts): a feature with one section is that
  // section; one with several (e.g. the participant workspace) spreads them in by name.
  ...signInEn,
  ...participantsEn,
  ...participantEn,
  ...surveysEn,
  entry: entryEn,
  ...programmesEn,
  ownInstruments: ownInstrumentsEn,
  questionnaireBuilder: questionnaireBuilderEn,
  organisation: organisationEn,
  users: usersEn,
  companies: companiesEn,
  volunteers: volunteersEn,
  import: importEn,
  privacy: privacyEn,
  evaluation: evaluationEn,
  evaluationReport: evaluationReportEn,
};
