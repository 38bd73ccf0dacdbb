/**
 * The words of every message, pure so they are tested as text. Rules: plain Danish (English
 * where chosen), short, say who sends it and why, and nothing about health: no instrument,
 * no programme name (a programme's name can say what it is for), no score. Every message to a
 * respondent ends with the opt-out link.
 */
export type TMessageKind = "survey_invitation" | "survey_reminder" | "external_link" | "staff_invitation";
export type TChannel = "email" | "sms";
export type TLocale = "da" | "en";
export type TRecipient = "participant" | "company" | "volunteer" | "staff";

export interface TMessageInput {
  kind: TMessageKind;
  channel: TChannel;
  locale: TLocale;
  recipient: TRecipient;
  /** Who sends it: the organisation's name. */
  organisationName: string;
  /** The personal link (questionnaire or account set-up). */
  link: string;
  /** The one-click opt-out page; absent only for a staff invitation. */
  optOutUrl?: string;
  /** When the link stops working, already formatted for the reader. */
  expiresOn?: string;
}

export interface TMessageText {
  subject: string;
  text: string;
}

const da = {
  subject: {
    survey_invitation: (org: string) => `Et kort spørgeskema fra ${org}`,
    survey_reminder: (org: string) => `Påmindelse: spørgeskema fra ${org}`,
    external_link: (org: string) => `Et kort spørgeskema fra ${org}`,
    staff_invitation: (org: string) => `Du er inviteret til Skridt af ${org}`,
  },
  why: {
    participant: {
      survey_invitation: "Vi vil gerne høre, hvordan det går for dig. Vil du svare på et kort spørgeskema?",
      survey_reminder: "Vi har ikke fået dine svar endnu. Har du tid, vil vi gerne høre, hvordan det går for dig.",
    },
    company: "Vi vil gerne høre jeres vurdering som arbejdsplads. Vil du svare på et kort spørgeskema?",
    volunteer: "Vi vil gerne høre din vurdering som frivillig mentor. Vil du svare på et kort spørgeskema?",
  },
  answerHere: "Svar her:",
  saved: "Linket er personligt. Dine svar gemmes undervejs, så du kan holde pause og fortsætte senere.",
  questions: "Har du spørgsmål, så kontakt din kontaktperson.",
  regards: (org: string) => `Venlig hilsen\n${org}`,
  optOut: "Vil du ikke have flere beskeder? Afmeld her:",
  smsAnswer: "Svar her:",
  smsOptOut: "Afmeld:",
  staff: {
    body: (org: string) => `${org} har givet dig adgang til Skridt, hvor I følger deltagernes forløb.`,
    choose: "Vælg din adgangskode her:",
    expires: (on: string) => `Linket virker til og med ${on}.`,
    notYou: "Var mailen ikke til dig, så se bort fra den.",
  },
  expires: (on: string) => `Linket virker til og med ${on}.`,
};

const en: typeof da = {
  subject: {
    survey_invitation: (org) => `A short questionnaire from ${org}`,
    survey_reminder: (org) => `Reminder: questionnaire from ${org}`,
    external_link: (org) => `A short questionnaire from ${org}`,
    staff_invitation: (org) => `${org} has invited you to Skridt`,
  },
  why: {
    participant: {
      survey_invitation: "We would like to hear how things are going for you. Would you answer a short questionnaire?",
      survey_reminder: "We have not had your answers yet. If you have time, we would like to hear how things are going for you.",
    },
    company: "We would like your view as a workplace. Would you answer a short questionnaire?",
    volunteer: "We would like your view as a volunteer mentor. Would you answer a short questionnaire?",
  },
  answerHere: "Answer here:",
  saved: "The link is personal. Your answers are saved as you go, so you can take a break and continue later.",
  questions: "If you have questions, contact your mentor.",
  regards: (org) => `Kind regards\n${org}`,
  optOut: "Don't want any more messages? Unsubscribe here:",
  smsAnswer: "Answer here:",
  smsOptOut: "Unsubscribe:",
  staff: {
    body: (org) => `${org} has given you access to Skridt, where you follow participants' progress.`,
    choose: "Choose your password here:",
    expires: (on) => `The link works until ${on}.`,
    notYou: "If this e-mail was not meant for you, please ignore it.",
  },
  expires: (on) => `The link works until ${on}.`,
};

function whyFor(words: typeof da, input: TMessageInput): string {
  if (input.recipient === "company") return words.why.company;
  if (input.recipient === "volunteer") return words.why.volunteer;
  return input.kind === "survey_reminder" ? words.why.participant.survey_reminder : words.why.participant.survey_invitation;
}

/** Subject and text of one message. */
export function buildMessage(input: TMessageInput): TMessageText {
  const words = input.locale === "en" ? en : da;
  const org = input.organisationName;
  const subject = words.subject[input.kind](org);
  if (input.kind === "staff_invitation") {
    const lines = [words.staff.body(org), "", words.staff.choose, input.link];
    if (input.expiresOn) lines.push("", words.staff.expires(input.expiresOn));
    lines.push("", words.staff.notYou, "", words.regards(org));
    return { subject, text: lines.join("\n") };
  }
  if (!input.optOutUrl) throw new Error("a message to a respondent needs an opt-out link");
  if (input.channel === "sms") {
    // One short SMS: who, why, the link, the opt-out.
    const text = `${org}: ${whyFor(words, input)} ${words.smsAnswer} ${input.link}\n${words.smsOptOut} ${input.optOutUrl}`;
    return { subject, text };
  }
  const lines = [whyFor(words, input), "", words.answerHere, input.link, "", words.saved];
  if (input.expiresOn) lines.push(words.expires(input.expiresOn));
  if (input.recipient === "participant") lines.push(words.questions);
  lines.push("", words.regards(org), "", "--", words.optOut, input.optOutUrl);
  return { subject, text: lines.join("\n") };
}
