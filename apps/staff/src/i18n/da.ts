import { companiesDa } from "../pages/companies/text";
import { evaluationDa } from "../pages/evaluation/text";
import { importDa } from "../pages/import/text";
import { organisationDa } from "../pages/organisation/text";
import { participantDa } from "../pages/participant/text";
import { participantsDa } from "../pages/participants/text";
import { privacyDa } from "../pages/privacy/text";
import { programmesDa } from "../pages/programmes/text";
import { ownInstrumentsDa } from "../pages/programmes/instruments/text";
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
  errors: {
    invalid_credentials: "E-mail eller adgangskode er forkert. Prøv igen.",
    too_many_attempts: "Der har været for mange forsøg på at logge ind. Vent et kvarter, og prøv så igen.",
    not_signed_in: "Du er ikke logget ind længere. Log ind igen.",
    forbidden: "Du har ikke adgang til at gøre dette i den valgte organisation.",
    organisation_required: "Vælg en organisation først.",
    invitation_invalid: "Invitationen er ugyldig, allerede brugt eller udløbet. Bed din administrator om en ny.",
    not_found: "Det, du leder efter, findes ikke (længere).",
    cannot_remove_own_admin: "Du kan ikke fjerne din egen administratorrolle.",
    programme_not_in_organisation: "Programmet hører ikke til den valgte organisation.",
    sign_in_first: "Du har allerede en konto. Log ind med den først, og åbn så invitationen igen.",
    survey_exists: "Der er allerede et spørgeskema til denne lejlighed.",
    survey_closed: "Spørgeskemaet er allerede sendt eller trukket tilbage.",
    already_submitted: "Spørgeskemaet er allerede sendt, så svarene kan ikke ændres her. Du kan se og rette svarene under Spørgeskemaer.",
    filled_on_invalid: "Datoen for papirskemaet skal være en rigtig dato, der ikke ligger i fremtiden.",
    invalid_answer: "Et svar passer ikke til spørgsmålet og blev ikke gemt. Tjek svaret, og prøv igen.",
    unknown_item: "Et spørgsmål findes ikke længere i spørgeskemaet. Genindlæs siden.",
    plan_invalid: "Måleplanen kan ikke gemmes, som den er:",
    answers_incomplete: "Nogle spørgsmål mangler svar.",
    answers_invalid: "Rettelsen kan ikke gemmes: nogle svar passer ikke til spørgsmålet. Se spørgsmålene markeret nedenfor.",
    nothing_changed: "Du har ikke ændret nogen svar. Vælg et andet svar, før du gemmer.",
    not_submitted: "Besvarelsen er allerede rettet eller ikke sendt. Gå tilbage, og åbn den nyeste version.",
    definition_invalid: "Spørgeskemaet kan ikke gemmes, som det er.",
    review_invalid: "Vurderingen kan ikke gemmes, som den er. Se områderne markeret nedenfor.",
    review_locked: "Vurderingen er over 24 timer gammel og kan ikke længere redigeres. Brug \"Ret vurdering\" i stedet.",
    unknown_area: "Området findes ikke i programmets plan.",
    internal_error: "Der skete en fejl på serveren. Prøv igen om lidt.",
    payload_too_large: "Det, du prøver at sende, er for stort.",
    network: "Der er ingen forbindelse til serveren. Tjek din internetforbindelse, og prøv igen.",
    invalid_input: "Nogle felter er ikke udfyldt rigtigt. Tjek felterne, og prøv igen.",
    unknown: "Noget gik galt. Prøv igen.",
  },
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
  organisation: organisationDa,
  users: usersDa,
  companies: companiesDa,
  volunteers: volunteersDa,
  import: importDa,
  privacy: privacyDa,
  evaluation: evaluationDa,
};
