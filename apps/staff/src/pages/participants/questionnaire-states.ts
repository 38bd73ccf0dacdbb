/** How far a participant's own start or end questionnaire got (participant.list's `questionnaires`). */
export type TQuestionnaireState = "submitted" | "open" | "missing";
export type TQuestionnaireOccasion = "start" | "end";

/**
 * What the caseload and the overview say about one questionnaire. "notYet" is an end
 * questionnaire of someone still in the programme: not a problem, so not flagged. Only a
 * missing start, or an end missing after the participant ended, is a "missing" flag.
 */
export type TQuestionnaireFlag = TQuestionnaireState | "notYet";

export function questionnaireFlag(occasion: TQuestionnaireOccasion, state: TQuestionnaireState, endedOn: string | null): TQuestionnaireFlag {
  if (occasion === "end" && state === "missing" && !endedOn) return "notYet";
  return state;
}

/** The start or end state from the participant's own surveys (as survey.listForParticipant gives them). */
export function stateFromSurveys(surveys: readonly { occasion: string; state: string }[], occasion: TQuestionnaireOccasion): TQuestionnaireState {
  const own = surveys.filter((survey) => survey.occasion === occasion);
  if (own.some((survey) => survey.state === "submitted")) return "submitted";
  if (own.some((survey) => survey.state === "open")) return "open";
  return "missing";
}
