// The participant's side: everything reached through a personal link, no account.
import type { TRPCRouterRecord } from "@trpc/server";
import { ZCredential, ZSaveAnswer } from "@skridt/validators";
import { loadAnswers, loadInstrumentOf, saveAnswer } from "../surveys/answers";
import { openAssessmentFor } from "../surveys/assessment-cache";
import { startToEndChange } from "../surveys/change";
import { auditLinkRead } from "../surveys/link-read";
import { itemsKnownFromRecord, withoutKnownItems } from "../surveys/known-from-record";
import { submitSurvey } from "../surveys/submit";
import { ownScaleTimeline, sharedReviews } from "../surveys/timeline";
import { surveyLinkProcedure } from "../trpc";
import { apiError } from "../errors";

function assertOpen(state: string) {
  if (state === "submitted") throw apiError("CONFLICT", "already_submitted");
}

export const takeRouter = {
  /** The questionnaire behind a link: its instruments (definitions), the answers so far, where it stands. */
  open: surveyLinkProcedure.input(ZCredential).query(async ({ ctx }) => {
    await auditLinkRead(ctx, {
      surveyId: ctx.survey.id,
      respondentType: ctx.survey.respondentType,
      state: ctx.survey.state,
      by: ctx.credentialKind,
      view: "questionnaire",
    });
    const external = ctx.survey.respondentType !== "participant";
    const head = {
      respondent: ctx.survey.respondentType as "participant" | "company" | "volunteer",
      occasion: ctx.survey.occasion,
      mode: ctx.survey.mode,
      state: ctx.survey.state,
      expiresAt: ctx.survey.expiresAt.toISOString(),
    };
    // Once submitted, a link only says so: the answers are never read back through it (a link
    // lives for weeks, is forwarded, printed and typed in on shared devices).
    if (ctx.survey.state === "submitted") return { ...head, aboutFirstName: null, instruments: [] };
    const assessments = await ctx.db.assessment.findMany({
      where: { surveyId: ctx.survey.id, status: { not: "superseded" } },
      select: { id: true, instrumentId: true, instrumentVersion: true },
      orderBy: { position: "asc" },
    });
    if (ctx.survey.state === "open" && !ctx.survey.openedAt) {
      await ctx.db.survey.update({ where: { id: ctx.survey.id }, data: { openedAt: new Date(), status: ctx.survey.startedAt ? undefined : "opened" } });
    }
    // Gender and birth year a mentor already recorded are not asked again (surveys/known-from-record.ts).
    const known = await itemsKnownFromRecord(ctx.db, ctx.survey);
    const instruments = [];
    for (const assessment of assessments) {
      instruments.push(withoutKnownItems({ definition: await loadInstrumentOf(ctx.db, assessment), answers: await loadAnswers(ctx.db, assessment.id) }, known));
    }
    return {
      ...head,
      // An employer or volunteer sees who they answer as and, at most, a first name the
      // mentor chose to show: never the participant's code, id or anything else about them.
      aboutFirstName: external ? ctx.survey.aboutFirstName : null,
      instruments,
    };
  }),

  /** Saves one answer as it is given. Safe to retry: the same clientMutationId stores once. */
  saveAnswer: surveyLinkProcedure.input(ZSaveAnswer).mutation(async ({ ctx, input }) => {
    assertOpen(ctx.survey.state);
    const assessment = await openAssessmentFor(ctx.db, ctx.survey.id, input.instrumentId);
    if (!assessment) throw apiError("BAD_REQUEST", "unknown_item");
    const result = await saveAnswer(ctx.db, {
      assessment,
      itemId: input.itemId,
      value: input.value,
      clientMutationId: input.clientMutationId,
      answeredAt: new Date(input.answeredAt),
    });
    if (!ctx.survey.startedAt) {
      await ctx.db.survey.updateMany({ where: { id: ctx.survey.id, startedAt: null }, data: { startedAt: new Date(), status: "in_progress" } });
    }
    return { saved: true as const, applied: result.applied };
  }),

  /** Sends the whole questionnaire; refused with the list of missing answers if any required one is missing. */
  submit: surveyLinkProcedure.input(ZCredential).mutation(async ({ ctx }) => {
    const result = await submitSurvey(ctx.db, ctx.survey.id);
    return { submitted: true as const, alreadySubmitted: result.alreadySubmitted };
  }),

  /**
   * After the end questionnaire: how the participant's own scale scores changed since the
   * start. Only the participant's own figures, and only once the end survey is submitted.
   */
  change: surveyLinkProcedure.input(ZCredential).query(async ({ ctx }) => {
    // An employer's or volunteer's link never shows the participant's own figures.
    if (ctx.survey.occasion !== "end" || ctx.survey.state !== "submitted" || !ctx.survey.participantId || ctx.survey.respondentType !== "participant") {
      throw apiError("PRECONDITION_FAILED", "not_submitted");
    }
    await auditLinkRead(ctx, {
      surveyId: ctx.survey.id,
      respondentType: ctx.survey.respondentType,
      state: ctx.survey.state,
      by: ctx.credentialKind,
      view: "change",
    });
    return { scales: await startToEndChange(ctx.db, ctx.survey.participantId) };
  }),

  /**
   * "Mit forløb": once the participant has sent the questionnaire behind this link, their own
   * scale scores at every occasion and the reviews their mentor shared. Never through an
   * employer's or volunteer's link, never before sending (a fresh link may reach the wrong person).
   */
  timeline: surveyLinkProcedure.input(ZCredential).query(async ({ ctx }) => {
    if (ctx.survey.state !== "submitted" || !ctx.survey.participantId || ctx.survey.respondentType !== "participant") {
      throw apiError("PRECONDITION_FAILED", "not_submitted");
    }
    await auditLinkRead(ctx, {
      surveyId: ctx.survey.id,
      respondentType: ctx.survey.respondentType,
      state: ctx.survey.state,
      by: ctx.credentialKind,
      view: "timeline",
    });
    return { scales: await ownScaleTimeline(ctx.db, ctx.survey.participantId), reviews: await sharedReviews(ctx.db, ctx.survey.participantId) };
  }),
} satisfies TRPCRouterRecord;
