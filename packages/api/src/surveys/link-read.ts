// Reads through a personal link are logged like staff reads: whoever holds a link (the
// participant, an employer, or someone the link reached by mistake) sees what it shows, so the
// organisation the questionnaire belongs to must be able to see when and from where it was read.
import type { Db } from "@skridt/db";
import type { AnonymousContext } from "../trpc";

/** The organisation a survey belongs to: its participant's, or its company's or volunteer's. */
async function organisationOfSurvey(db: Db, surveyId: string): Promise<string | null> {
  const row = await db.survey.findUnique({
    where: { id: surveyId },
    select: {
      participant: { select: { organisationId: true } },
      company: { select: { organisationId: true } },
      volunteer: { select: { organisationId: true } },
    },
  });
  return row?.participant?.organisationId ?? row?.company?.organisationId ?? row?.volunteer?.organisationId ?? null;
}

export interface LinkRead {
  surveyId: string;
  respondentType: string;
  state: string;
  /** Which credential opened it; never the credential itself. */
  by: "token" | "code";
  /** What was read: the questionnaire, or the participant's own change figures. */
  view: "questionnaire" | "change" | "timeline";
}

/** One audit row per read through a link, in the survey's organisation, with no actor (no account). */
export async function auditLinkRead(ctx: Pick<AnonymousContext, "db" | "audit">, read: LinkRead) {
  await ctx.audit({
    action: "survey.link_read",
    targetType: "survey",
    targetId: read.surveyId,
    organisationId: await organisationOfSurvey(ctx.db, read.surveyId),
    // Keys the audit page already words (respondentType, status, via, view).
    detail: { respondentType: read.respondentType, status: read.state, via: read.by, view: read.view },
  });
}
