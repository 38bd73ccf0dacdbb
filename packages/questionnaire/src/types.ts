import type { TInstrument, TOccasion } from "@skridt/instruments/client";

/** Who answers: the participant, or an employer's contact person or a volunteer mentor. */
export type Respondent = "participant" | "company" | "volunteer";

/** A questionnaire ready to fill in, however it was fetched (personal link or staff app). */
export interface LoadedSurvey {
  occasion: TOccasion;
  instruments: TInstrument[];
  respondent: Respondent;
  /** For an employer or volunteer: the participant's first name, if the mentor chose to show it. */
  aboutFirstName: string | null;
}

export type SubmitResult =
  { ok: true } | { ok: false; reason: "incomplete"; missing: { instrumentId: string; itemId: string }[] } | { ok: false; reason: "offline" | "failed" };

/** Where the flow remembers the screen it is on, so a reload comes back to it. */
export interface PositionStore {
  stored(): string | null;
  store(screenKey: string): void;
}
