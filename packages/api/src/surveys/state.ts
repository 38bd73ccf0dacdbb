export type SurveyState = "open" | "submitted" | "withdrawn" | "expired";

/** Where a survey stands now; "expired" is derived, so a link stops working on time without a job. */
export function surveyState(survey: { status: string; expiresAt: Date }, now = new Date()): SurveyState {
  if (survey.status === "withdrawn") return "withdrawn";
  if (survey.status === "submitted") return "submitted";
  if (survey.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}
