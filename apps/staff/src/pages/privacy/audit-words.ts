import { END_REASON_LABELS, REOPEN_REASON_LABELS } from "@skridt/validators";
import type { Lang } from "../../i18n/use-lang";

// The audit log in words: each action the API records (packages/api, `ctx.audit({ action })`)
// as a phrase, and the details it keeps as short sentences. audit-words.test.ts fails when
// the API records an action that has no words here.

type Words = { da: string; en: string };

export const AUDIT_ACTIONS: Record<string, Words> = {
  "auth.sign_in": { da: "loggede ind", en: "signed in" },
  "auth.sso_sign_in": { da: "loggede ind via single sign-on", en: "signed in through single sign-on" },
  "auth.sso_refused": { da: "blev afvist ved single sign-on", en: "was refused at single sign-on" },
  "auth.sso_logout": { da: "blev logget ud af identitetsudbyderen", en: "was signed out by the identity provider" },
  "user.invite": { da: "inviterede en medarbejder", en: "invited a staff member" },
  "user.accept_invitation": { da: "tog imod en invitation", en: "accepted an invitation" },
  "user.grant_role": { da: "gav en medarbejder en rolle", en: "gave a staff member a role" },
  "user.set_roles": { da: "ændrede en medarbejders roller", en: "changed a staff member's roles" },
  "user.deactivate": { da: "deaktiverede en medarbejder", en: "deactivated a staff member" },
  "user.reactivate": { da: "genaktiverede en medarbejder", en: "reactivated a staff member" },
  "organisation.rename": { da: "omdøbte organisationen", en: "renamed the organisation" },
  "programme.create": { da: "oprettede et program", en: "created a programme" },
  "programme.set_plan": { da: "ændrede måleplanen", en: "changed the measurement plan" },
  "programme.set_progression_plan": { da: "ændrede progressionsplanen", en: "changed the progression plan" },
  "programme.add_instrument": { da: "tilføjede et spørgeskema til programmet", en: "added a questionnaire to the programme" },
  "programme.set_retention": { da: "ændrede opbevaringstiden", en: "changed the retention period" },
  "programme.set_change_norms": { da: "ændrede normerne for pålidelig ændring", en: "changed the norms for reliable change" },
  "programme.hand_over": { da: "gav ejerskabet af programmet videre", en: "handed over the programme's ownership" },
  "research_export.grant": { da: "gav adgang til forskningsudtræk", en: "granted research exports" },
  "research_export.revoke": { da: "tilbagekaldte adgang til forskningsudtræk", en: "revoked research exports" },
  "participant.create": { da: "oprettede en deltager", en: "created a participant" },
  "participant.end": { da: "afsluttede en deltagelse", en: "ended a participation" },
  "participant.end_many": { da: "afsluttede flere deltagelser på én gang", en: "ended several participations at once" },
  "participant.reopen": { da: "genåbnede en deltagelse", en: "reopened a participation" },
  "participant.reassign": { da: "gav en deltager en anden mentor", en: "gave a participant another mentor" },
  "participant.list_identities": { da: "så deltagerlisten med navne", en: "viewed the participant list with names" },
  "participant.read_identity": { da: "så en deltagers navn og kontaktoplysninger", en: "viewed a participant's name and contact details" },
  "participant.timeline": { da: "så en deltagers tidslinje", en: "viewed a participant's timeline" },
  "participant.progress_report": { da: "dannede en statusbeskrivelse", en: "made a progress report" },
  "participant.questionnaire_change": { da: "så en deltagers ændring i spørgeskemaerne", en: "viewed a participant's questionnaire change" },
  "survey.create": { da: "oprettede et spørgeskema-link", en: "created a questionnaire link" },
  "survey.list": { da: "så en deltagers spørgeskemaer", en: "viewed a participant's questionnaires" },
  "survey.renew_link": { da: "lavede et nyt link", en: "renewed a link" },
  "survey.withdraw": { da: "trak et spørgeskema tilbage", en: "withdrew a questionnaire" },
  "survey.link_read": { da: "åbnede et spørgeskema via dets personlige link", en: "opened a questionnaire through its personal link" },
  "survey.entry_open": { da: "åbnede et spørgeskema for at udfylde det", en: "opened a questionnaire to fill it in" },
  "survey.entry_answer": { da: "indtastede et svar", en: "entered an answer" },
  "survey.entry_submit": { da: "indsendte et udfyldt spørgeskema", en: "submitted a filled-in questionnaire" },
  "assessment.read_answers": { da: "så en deltagers svar", en: "viewed a participant's answers" },
  "assessment.correct": { da: "rettede svar", en: "corrected answers" },
  "review.create": { da: "lavede en progressionsvurdering", en: "made a progression review" },
  "review.update": { da: "redigerede en progressionsvurdering", en: "edited a progression review" },
  "review.amend": { da: "rettede en progressionsvurdering med begrundelse", en: "amended a progression review with a reason" },
  "review.list": { da: "så en deltagers vurderinger", en: "viewed a participant's reviews" },
  "review.read_amendments": { da: "så rettelserne af en vurdering", en: "viewed a review's amendments" },
  "goal.create": { da: "oprettede et delmål", en: "created a sub-goal" },
  "goal.update": { da: "ændrede et delmål", en: "changed a sub-goal" },
  "goal.list": { da: "så en deltagers delmål", en: "viewed a participant's sub-goals" },
  "contact.create": { da: "registrerede en kontakt", en: "logged a contact" },
  "contact.remove": { da: "slettede en kontakt", en: "deleted a contact" },
  "contact.list": { da: "så en deltagers kontakter", en: "viewed a participant's contacts" },
  "status.create": { da: "registrerede en status", en: "recorded a status" },
  "status.remove": { da: "slettede en status", en: "deleted a status" },
  "status.list": { da: "så en deltagers status", en: "viewed a participant's status" },
  "consent.record": { da: "registrerede et samtykke", en: "recorded a consent" },
  "consent.withdraw": { da: "registrerede tilbagetrækning af et samtykke", en: "recorded a withdrawn consent" },
  "consent.pending": { da: "registrerede, at samtykke afventer", en: "recorded that consent is pending" },
  "care.read": { da: "så en deltagers opfølgning på trivsel", en: "viewed a participant's wellbeing follow-up" },
  "care.follow_up": { da: "registrerede opfølgning på lav trivsel", en: "recorded a follow-up of low wellbeing" },
  "care.set_settings": { da: "ændrede programmets regler for omsorg", en: "changed the programme's care rules" },
  "privacy.export_participant": { da: "udleverede en deltagers data", en: "exported a participant's data" },
  "privacy.erase": { da: "slettede en deltager", en: "erased a participant" },
  "evaluation.read": { da: "så evalueringen", en: "viewed the evaluation" },
  "report.generate": { da: "dannede en evalueringsrapport", en: "generated an evaluation report" },
  "fhir.read": { da: "hentede en deltagers svar som FHIR", en: "fetched a participant's answers as FHIR" },
  "fhir.bulk_export": { da: "eksporterede programmets svar som FHIR (NDJSON)", en: "exported the programme's answers as FHIR (NDJSON)" },
  "import.batch": { da: "importerede besvarelser", en: "imported responses" },
  "company.create": { da: "tilføjede en virksomhed", en: "added a company" },
  "company.update": { da: "ændrede en virksomhed", en: "changed a company" },
  "volunteer.create": { da: "tilføjede en frivillig", en: "added a volunteer" },
  "volunteer.update": { da: "ændrede en frivillig", en: "changed a volunteer" },
  "message.queued": { da: "lagde en besked i udbakken", en: "queued a message" },
  "message.sent": { da: "sendte en besked", en: "sent a message" },
  "message.attempt_failed": { da: "kunne ikke sende en besked (prøver igen)", en: "could not send a message (will retry)" },
  "message.failed": { da: "opgav at sende en besked", en: "gave up sending a message" },
  "message.cancelled": { da: "sendte ikke en besked", en: "did not send a message" },
  "message.opt_out": { da: "blev afmeldt beskeder", en: "opted out of messages" },
  "message.list": { da: "så en deltagers beskeder", en: "viewed a participant's messages" },
  "message.set_preference": { da: "ændrede hvordan en deltager får beskeder", en: "changed how a participant gets messages" },
  "programme.set_reminder_days": { da: "ændrede dagene for påmindelser", en: "changed the reminder days" },
  "external_survey.create": { da: "sendte et skema til en virksomhed eller frivillig", en: "sent a questionnaire to a company or volunteer" },
  "external_survey.renew_link": { da: "lavede et nyt link til en virksomhed eller frivillig", en: "renewed a company's or volunteer's link" },
  "external_survey.withdraw": { da: "trak et skema til en virksomhed eller frivillig tilbage", en: "withdrew a company's or volunteer's questionnaire" },
};

/** Exports are recorded as `export.<shape>`. */
const EXPORT: Words = { da: "eksporterede data", en: "exported data" };

/** The action as words; an action this version does not know is shown as recorded. */
export function auditActionWords(action: string, lang: Lang): string {
  if (action.startsWith("export.")) return `${EXPORT[lang]} (${action.slice("export.".length)})`;
  return AUDIT_ACTIONS[action]?.[lang] ?? action;
}

/** Every known action as a filter choice, in words, alphabetically in the reader's language; exports as one. */
export function auditActionChoices(lang: Lang): { action: string; words: string }[] {
  const choices = Object.entries(AUDIT_ACTIONS).map(([action, words]) => ({ action, words: words[lang] }));
  choices.push({ action: "export.", words: EXPORT[lang] });
  return choices.sort((a, b) => a.words.localeCompare(b.words, lang));
}

const DETAIL_NAMES: Record<string, Words> = {
  role: { da: "Rolle", en: "Role" },
  roles: { da: "Roller", en: "Roles" },
  status: { da: "Status", en: "Status" },
  mode: { da: "Måde", en: "Mode" },
  occasion: { da: "Tidspunkt", en: "Occasion" },
  reason: { da: "Begrundelse", en: "Reason" },
  endedOn: { da: "Afsluttet den", en: "Ended on" },
  endReason: { da: "Årsag til afslutning", en: "Reason for ending" },
  source: { da: "Kilde", en: "Source" },
  reasonGiven: { da: "Begrundelse givet", en: "Reason given" },
  rows: { da: "Rækker", en: "Rows" },
  count: { da: "Antal", en: "Count" },
  format: { da: "Format", en: "Format" },
  filename: { da: "Fil", en: "File" },
  fileName: { da: "Fil", en: "File" },
  code: { da: "Deltagerkode", en: "Participant code" },
  instrumentId: { da: "Spørgeskema", en: "Questionnaire" },
  version: { da: "Version", en: "Version" },
  instrumentVersion: { da: "Version", en: "Version" },
  retentionMonths: { da: "Opbevaring (måneder)", en: "Retention (months)" },
  erasure: { da: "Sletning", en: "Erasure" },
  kind: { da: "Slags", en: "Kind" },
  textVersion: { da: "Tekstversion", en: "Text version" },
  method: { da: "Givet", en: "Given" },
  outcome: { da: "Udfald", en: "Outcome" },
  filledOn: { da: "Udfyldt den", en: "Filled in on" },
  changedItems: { da: "Ændrede spørgsmål", en: "Changed questions" },
  includeIdentity: { da: "Med navn", en: "With name" },
  scope: { da: "Omfang", en: "Scope" },
  view: { da: "Visning", en: "View" },
  views: { da: "Visninger", en: "Views" },
  respondentType: { da: "Modtager", en: "Recipient" },
  about: { da: "Om", en: "About" },
  via: { da: "Via", en: "Via" },
  resourceType: { da: "FHIR-ressource", en: "FHIR resource" },
  channel: { da: "Kanal", en: "Channel" },
  step: { da: "Påmindelse nr.", en: "Reminder no." },
  locale: { da: "Sprog", en: "Language" },
  attempts: { da: "Forsøg", en: "Attempts" },
  days: { da: "Dage", en: "Days" },
  matchedBy: { da: "Genkendt på", en: "Matched by" },
  email: { da: "E-mail", en: "E-mail" },
  fromOrganisation: { da: "Fra", en: "From" },
  toOrganisation: { da: "Til", en: "To" },
  sharedWith: { da: "Organisationer i programmet", en: "Organisations in the programme" },
  byOrganisation: { da: "Ændret af", en: "Changed by" },
};

/** Ids that mean nothing to a reader: the target column already names what the row is about. */
const HIDDEN = new Set([
  "mentorId",
  "previousMentorId",
  "consentId",
  "batchId",
  "supersedes",
  "companyId",
  "volunteerId",
  "programmeId",
  "itemId",
  "filter",
  "counts",
  "participantId",
  "surveyId",
]);

function value(v: unknown, lang: Lang): string {
  if (typeof v === "boolean") return v ? (lang === "da" ? "ja" : "yes") : lang === "da" ? "nej" : "no";
  if (Array.isArray(v)) return v.map((x) => value(x, lang)).join(", ");
  if (v === null || v === undefined) return "–";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** How a participation was ended (packages/api participants/end.ts `EndSource`). */
const END_SOURCES: Record<string, Words> = {
  manual: { da: "afsluttet af en medarbejder", en: "ended by a staff member" },
  status: { da: "en status der afslutter forløbet", en: "a status that ends the participation" },
  bulk: { da: "afsluttet sammen med andre", en: "ended together with others" },
};

/** Reopening because the ending status was removed is recorded by the server, not chosen by a person. */
const REOPEN_WORDS: Record<string, Words> = {
  ...REOPEN_REASON_LABELS,
  status_removed: { da: "Den status, der afsluttede forløbet, blev slettet", en: "The status that ended the participation was removed" },
};

/** Coded values that have words, by the action that records them and the detail's name ("reason" means different things). */
function codedWords(action: string | undefined, key: string): Record<string, Words> | undefined {
  if (key === "endReason") return END_REASON_LABELS;
  if (action === "participant.end" || action === "participant.end_many")
    return key === "reason" ? END_REASON_LABELS : key === "source" ? END_SOURCES : undefined;
  if (action === "participant.reopen" && key === "reason") return REOPEN_WORDS;
  return undefined;
}

/** The details as short sentences ("Rolle: mentor", "Begrundelse: Begyndt i job"), ids and internal fields left out. */
export function auditDetailWords(detail: unknown, lang: Lang, action?: string): string[] {
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return [];
  return Object.entries(detail as Record<string, unknown>)
    .filter(([key, v]) => !HIDDEN.has(key) && v !== undefined)
    .map(([key, v]) => {
      const coded = typeof v === "string" ? codedWords(action, key)?.[v]?.[lang] : undefined;
      return `${DETAIL_NAMES[key]?.[lang] ?? key}: ${coded ?? value(v, lang)}`;
    });
}

const TARGET_TYPES: Record<string, Words> = {
  participant: { da: "Deltager", en: "Participant" },
  user: { da: "Medarbejder", en: "Staff member" },
  invitation: { da: "Invitation", en: "Invitation" },
  organisation: { da: "Organisation", en: "Organisation" },
  programme: { da: "Program", en: "Programme" },
  survey: { da: "Spørgeskema", en: "Questionnaire" },
  assessment: { da: "Besvarelse", en: "Response" },
  review: { da: "Vurdering", en: "Review" },
  goal: { da: "Delmål", en: "Sub-goal" },
  contact: { da: "Kontakt", en: "Contact" },
  status_event: { da: "Status", en: "Status" },
  company: { da: "Virksomhed", en: "Company" },
  volunteer: { da: "Frivillig", en: "Volunteer" },
  message: { da: "Besked", en: "Message" },
};

/** What an entry is about, by name or participant code: "Kontakt (deltager K7Q-M3X)", "Medarbejder Anne Holm". */
export function auditTargetWords(row: { targetType: string; targetLabel: string | null; participantCode: string | null }, lang: Lang): string {
  const kind = TARGET_TYPES[row.targetType]?.[lang] ?? row.targetType;
  if (row.targetType === "participant") return row.participantCode ? `${kind} ${row.participantCode}` : kind;
  const named = row.targetLabel ? `${kind} ${row.targetLabel}` : kind;
  if (!row.participantCode) return named;
  return `${named} (${lang === "da" ? "deltager" : "participant"} ${row.participantCode})`;
}
