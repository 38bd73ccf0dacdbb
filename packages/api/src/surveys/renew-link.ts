import { apiError } from "../errors";
import type { OrgContext } from "../trpc";
import { newSurveyCredentials } from "./links";
import { surveyState } from "./state";

/**
 * A new link and code for a survey still open (a lost or expired link); the old ones stop
 * working. Participants' and external respondents' surveys renew alike; only the audit action differs.
 */
export async function renewSurveyLink(ctx: OrgContext, survey: { id: string; status: string; expiresAt: Date }, action: string) {
  const state = surveyState(survey);
  if (state === "submitted" || state === "withdrawn") throw apiError("CONFLICT", "survey_closed");
  const credentials = newSurveyCredentials();
  await ctx.db.survey.update({
    where: { id: survey.id },
    data: { tokenHash: credentials.tokenHash, shortCodeHash: credentials.shortCodeHash, expiresAt: credentials.expiresAt },
  });
  await ctx.audit({ action, targetType: "survey", targetId: survey.id });
  return { token: credentials.token, shortCode: credentials.shortCode, expiresAt: credentials.expiresAt.toISOString() };
}
