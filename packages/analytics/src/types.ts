/**
 * Input rows. They are plain, flat records as a database query or an export returns them,
 * so the dashboard, the export and the tests feed the same functions with the same shapes.
 * Nothing here imports from @skridt/instruments: scale metadata and the status catalogue
 * come in as parameters, which keeps analytics pure and independently testable.
 */

/** A calendar day as `YYYY-MM-DD`. ISO days compare correctly as strings. */
export type TIsoDate = string;

/** "start", "end", "followup" ... whatever the measurement plan calls its occasions. */
export type TOccasion = string;

export type TParticipantRow = {
  participantId: string;
  organisationId: string;
  enrolledOn: TIsoDate;
  /** Day the participation ended; absent while still enrolled. */
  endedOn?: TIsoDate | null;
  gender?: string | null;
  /** Exact birth date if the evaluator view may have it; age bands are then exact. */
  birthDate?: TIsoDate | null;
  /** Birth year only (pseudonymous data); age is then the age reached in the year. */
  birthYear?: number | null;
  /** The participant's fixed random key for disclosure control (cell-key.ts); never shown. */
  cellKey?: number | null;
};

/** One questionnaire (assessment) for one participant at one occasion. */
export type TSurveyState = "submitted" | "in_progress" | "open" | "expired" | "cancelled";
export type TSurveyRow = {
  participantId: string;
  occasion: TOccasion;
  state: TSurveyState;
};

/** A derived scale score; null when the scoring rules said "too many items missing". */
export type TScoreRow = {
  participantId: string;
  occasion: TOccasion;
  instrumentId: string;
  scaleId: string;
  value: number | null;
};

/** An item-level answer: a code, several codes (multi-select), or a text code. */
export type TAnswerRow = {
  participantId: string;
  occasion: TOccasion;
  instrumentId: string;
  /** The instrument version the answer was given in, when known. */
  instrumentVersion?: string;
  itemId: string;
  value: number | readonly number[] | string | null;
};

/** A mentor's progression review: area id → score on the scale's model. */
export type TReviewRow = {
  participantId: string;
  reviewedOn: TIsoDate;
  scores: Readonly<Record<string, number | null | undefined>>;
};

/** From `occurredOn` the participant is in `status` until the next event. */
export type TStatusEventRow = {
  participantId: string;
  status: string;
  occurredOn: TIsoDate;
  hoursPerWeek?: number | null;
  /** Applied for / being decided (pension "i proces"); never counts as work. */
  inProcess?: boolean | null;
  /**
   * When it was registered (ISO text): of two events on one day the later registered wins.
   * Absent: the order the rows are given in decides.
   */
  recordedAt?: string;
};

export type TContactRow = {
  participantId: string;
  kind: string;
  occurredOn: TIsoDate;
  minutes?: number | null;
};

/** What analytics needs to know about a scale (from packages/instruments, passed in). */
export type TScaleMeta = {
  instrumentId: string;
  scaleId: string;
  higherIsBetter: boolean;
  /** Minimal important change in scale points; absent → no improved/worse claim. */
  minimalImportantChange?: number | null;
};

export type TStatusGroup = "work" | "internship" | "education" | "pension" | "unemployed" | "absent" | "ended";

/** status code → group, e.g. { flexjob: "work", pension: "pension", ... }. */
export type TStatusCatalogue = Readonly<Record<string, TStatusGroup>>;

/** n, mean and (sample, n-1) SD of a set of numbers; mean/sd null when undefined. */
export type TSummary = { n: number; mean: number | null; sd: number | null };
