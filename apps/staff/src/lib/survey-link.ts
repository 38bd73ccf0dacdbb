import { OCCASIONS, SURVEY_MODES } from "@skridt/validators";

export type Occasion = (typeof OCCASIONS)[number];
export type SurveyMode = (typeof SURVEY_MODES)[number];

/**
 * A survey's link while it exists in clear: only in the answer to create or renew. It is
 * kept in memory on the page that asked, never stored, so a reload hides it for good.
 */
export interface ClearLink {
  surveyId: string | null;
  occasion: Occasion;
  mode: SurveyMode;
  token: string;
  shortCode: string;
  expiresAt: string;
}

/** The participant app answers /a/<token> on the same origin as the staff app. */
export function personalLink(token: string): string {
  return `${window.location.origin}/a/${encodeURIComponent(token)}`;
}

/** The landing page where the short code is typed, without the scheme, as read aloud. */
export function landingSite(): string {
  return window.location.host;
}

/** "ABCD-EFGH" as "A B C D – E F G H", so a screen reader spells it rather than reading a word. */
export function spelledCode(code: string): string {
  return code
    .split("-")
    .map((part) => part.split("").join(" "))
    .join(" – ");
}

/** Modes where the mentor fills in: beside the participant, on the phone, or typing in a paper form. */
export function mentorFillsIn(mode: SurveyMode): boolean {
  return mode === "assisted" || mode === "phone" || mode === "paper";
}

/** The database stores occasion and mode as text; the list hands them on as plain strings. */
export function asOccasion(value: string): Occasion {
  return (OCCASIONS as readonly string[]).includes(value) ? (value as Occasion) : "start";
}

export function asMode(value: string): SurveyMode {
  return (SURVEY_MODES as readonly string[]).includes(value) ? (value as SurveyMode) : "self";
}
