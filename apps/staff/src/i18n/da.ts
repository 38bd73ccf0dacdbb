import { errorsDa } from "./errors";
import { companiesDa } from "../pages/companies/text";
import { evaluationDa } from "../pages/evaluation/text";
import { evaluationReportDa } from "../pages/report/text";
import { importDa } from "../pages/import/text";
import { organisationDa } from "../pages/organisation/text";
import { participantDa } from "../pages/participant/text";
import { participantsDa } from "../pages/participants/text";
import { privacyDa } from "../pages/privacy/text";
import { programmesDa } from "../pages/programmes/text";
import { ownInstrumentsDa } from "../pages/programmes/instruments/text";
import { questionnaireBuilderDa } from "../pages/programmes/instruments/builder/text";
import { signInDa } from "../pages/sign-in/text";
import { entryDa } from "../pages/survey-entry/text";
import { surveysDa } from "../pages/surveys/text";
import { usersDa } from "../pages/users/text";
import { volunteersDa } from "../pages/volunteers/text";

/** Danish: the default language. English (en.ts) must have exactly the same keys. */
export const da = {
  // App-wide: used by the shell and by many features.
  common: {
    appName: "Skridt",
    skipLink: "Spring til indhold",
    loading: "Henter …",
    languageGroup: "Sprog",
    optional: "(valgfrit)",
    cancel: "Annullér",
    yes: "Ja",
    no: "Nej",
    dash: "–",
  },
  errors: errorsDa,

  validation: {
    required: "Skal udfyldes.",
    tooShort: "Skal være mindst {{count}} tegn.",
    tooLong: "Må højst være {{count}} tegn.",
    email: "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.",
    date: "Skriv en gyldig dato.",
    tooSmallNumber: "Skal være mindst {{count}}.",
    tooBigNumber: "Må højst være {{count}}.",
    number: "Skriv et helt tal.",
    pattern: "Formatet passer ikke. Se eksemplet ved feltet.",
  },
  shell: {
    signedInAs: "Logget ind som {{name}}",
    organisation: "Organisation",
    navLabel: "Hovedmenu",
    signOut: "Log ud",
    noOrganisation: "Din bruger er ikke knyttet til nogen organisation endnu. Kontakt din administrator.",
    noPages: "Du har ingen roller i denne organisation.",
    notFound: "Siden findes ikke.",
    backHome: "Gå til forsiden",
  },
  nav: {
    participants: "Mine deltagere",
    programmes: "Programmer",
    organisation: "Organisation",
    users: "Brugere",
    companies: "Virksomheder",
    volunteers: "Frivillige mentorer",
    import: "Import",
    report: "Evalueringsrapport",
  },
  roles: {
    admin: "Administrator",
    mentor: "Mentor",
    evaluator: "Evaluator",
  },
  // Each feature's texts live in its folder (text.ts): a feature with one section is that
  // section; one with several (e.g. the participant workspace) spreads them in by name.
  ...signInDa,
  ...participantsDa,
  ...participantDa,
  ...surveysDa,
  entry: entryDa,
  ...programmesDa,
  ownInstruments: ownInstrumentsDa,
  questionnaireBuilder: questionnaireBuilderDa,
  organisation: organisationDa,
  users: usersDa,
  companies: companiesDa,
  volunteers: volunteersDa,
  import: importDa,
  privacy: privacyDa,
  evaluation: evaluationDa,
  evaluationReport: evaluationReportDa,
};
