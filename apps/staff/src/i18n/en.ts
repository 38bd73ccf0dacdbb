import { companiesEn } from "../pages/companies/text";
import { evaluationEn } from "../pages/evaluation/text";
import { importEn } from "../pages/import/text";
import { organisationEn } from "../pages/organisation/text";
import { participantEn } from "../pages/participant/text";
import { participantsEn } from "../pages/participants/text";
import { privacyEn } from "../pages/privacy/text";
import { programmesEn } from "../pages/programmes/text";
import { ownInstrumentsEn } from "../pages/programmes/instruments/text";
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
  errors: {
    invalid_credentials: "The e-mail or password is wrong. Please try again.",
    too_many_attempts: "There have been too many sign-in attempts. Wait a quarter of an hour and try again.",
    not_signed_in: "You are no longer signed in. Please sign in again.",
    forbidden: "You are not allowed to do this in the chosen organisation.",
    organisation_required: "Choose an organisation first.",
    invitation_invalid: "The invitation is invalid, already used or expired. Ask your administrator for a new one.",
    not_found: "What you are looking for does not exist (any more).",
    cannot_remove_own_admin: "You cannot remove your own administrator role.",
    programme_not_in_organisation: "The programme does not belong to the chosen organisation.",
    sign_in_first: "You already have an account. Sign in with it first, then open the invitation again.",
    survey_exists: "There is already a questionnaire for this occasion.",
    survey_closed: "The questionnaire has already been submitted or withdrawn.",
    already_submitted: "The questionnaire has already been submitted, so its answers cannot be changed here. You can see and correct them under Questionnaires.",
    filled_on_invalid: "The paper form's date must be a real date that is not in the future.",
    invalid_answer: "An answer does not fit its question and was not saved. Check the answer and try again.",
    unknown_item: "A question is no longer part of the questionnaire. Reload the page.",
    plan_invalid: "The measurement plan cannot be saved as it is:",
    answers_invalid: "The correction cannot be saved: some answers do not fit their question. See the questions marked below.",
    nothing_changed: "You have not changed any answers. Choose a different answer before saving.",
    not_submitted: "These answers have already been corrected or were never submitted. Go back and open the latest version.",
    answers_incomplete: "Some questions have not been answered.",
    definition_invalid: "The questionnaire cannot be saved as it is.",
    review_invalid: "The review cannot be saved as it is. See the areas marked below.",
    review_locked: "The review is more than 24 hours old and can no longer be edited. Use \"Amend review\" instead.",
    unknown_area: "The area is not in the programme's plan.",
    internal_error: "Something went wrong on the server. Please try again shortly.",
    payload_too_large: "What you are trying to send is too large.",
    network: "There is no connection to the server. Check your internet connection and try again.",
    invalid_input: "Some fields are not filled in correctly. Check them and try again.",
    unknown: "Something went wrong. Please try again.",
  },
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
  organisation: organisationEn,
  users: usersEn,
  companies: companiesEn,
  volunteers: volunteersEn,
  import: importEn,
  privacy: privacyEn,
  evaluation: evaluationEn,
};
