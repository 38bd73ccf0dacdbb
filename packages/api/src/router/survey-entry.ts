// A mentor fills in a participant's questionnaire in the staff app: beside the participant,
// on the phone, or typing in a paper form. The same saving and submitting as the personal
// link (idempotent saves, older saves never win, submit scores and freezes), plus the mode
// on the survey and an audit row saying who entered what.
import { type TRPCRouterRecord } from "@trpc/server";
import { ZEntryRef, ZEntrySave, ZEntrySubmit } from "@skridt/validators";
import { loadAnswers, loadInstrumentOf, saveAnswer } from "../surveys/answers";
import { openAssessmentFor } from "../surveys/assessment-cache";
import { checkFilledOn, paperSubmittedAt, markStarted, recordEntryMode, surveyForEntry } from "../surveys/staff-entry";
import { submitSurvey } from "../surveys/submit";
import { organisationProcedure } from "../trpc";
import { apiError } from "../errors";

export const surveyEntryRouter = {
  /** The questionnaire with the answers so far (the participant's own included), to go on from there. */
  open: organisationProcedure("mentor", "admin")
    .input(ZEntryRef)
    .query(async ({ ctx, input }) => {
      const survey = await surveyForEntry(ctx.db, ctx.organisationId, input.surveyId);
      const assessments = await ctx.db.assessment.findMany({
        where: { surveyId: survey.id, status: { not: "superseded" } },
        select: { id: true, instrumentId: true, instrumentVersion: true },
        orderBy: { position: "asc" },
      });
      const instruments = [];
      for (const assessment of assessments) {
        instruments.push({ definition: await loadInstrumentOf(ctx.db, assessment), answers: await loadAnswers(ctx.db, assessment.id) });
      }
      await ctx.audit({
        action: "survey.entry_open",
        targetType: "survey",
        targetId: survey.id,
        detail: { mode: input.mode },
      });
      return { surveyId: survey.id, participantId: survey.participantId, occasion: survey.occasion, mode: survey.mode, state: survey.state, instruments };
    }),

  /** One answer as the mentor enters it. Safe to retry: the same clientMutationId stores once. */
  saveAnswer: organisationProcedure("mentor", "admin")
    .input(ZEntrySave)
    .mutation(async ({ ctx, input }) => {
      const survey = await surveyForEntry(ctx.db, ctx.organisationId, input.surveyId);
      const assessment = await openAssessmentFor(ctx.db, survey.id, input.instrumentId);
      if (!assessment) throw apiError("BAD_REQUEST", "unknown_item");
      const result = await saveAnswer(ctx.db, {
        assessment,
        itemId: input.itemId,
        value: input.value,
        clientMutationId: input.clientMutationId,
        answeredAt: new Date(input.answeredAt),
      });
      await recordEntryMode(ctx.db, survey, input.mode);
      await markStarted(ctx.db, survey);
      // Who entered which answer, never the answer itself; a retry that changed nothing adds no row.
      if (result.applied) {
        await ctx.audit({
          action: "survey.entry_answer",
          targetType: "survey",
          targetId: survey.id,
          detail: { mode: input.mode, instrumentId: input.instrumentId, itemId: input.itemId },
        });
      }
      return { saved: true as const, applied: result.applied };
    }),

  /** Sends the questionnaire; refused with the missing answers listed, as for the participant. */
  submit: organisationProcedure("mentor", "admin")
    .input(ZEntrySubmit)
    .mutation(async ({ ctx, input }) => {
      if (input.filledOn !== undefined) {
        if (input.mode !== "paper") throw apiError("BAD_REQUEST", "filled_on_invalid");
        checkFilledOn(input.filledOn);
      }
      const survey = await surveyForEntry(ctx.db, ctx.organisationId, input.surveyId);
      const result = await submitSurvey(ctx.db, survey.id, input.filledOn ? { submittedAt: paperSubmittedAt(input.filledOn) } : {});
      // Only once it went through: a refused submit (missing answers) changes nothing.
      await recordEntryMode(ctx.db, survey, input.mode);
      await ctx.audit({
        action: "survey.entry_submit",
        targetType: "survey",
        targetId: survey.id,
        detail: { mode: input.mode, ...(input.filledOn ? { filledOn: input.filledOn } : {}) },
      });
      return { submitted: true as const, alreadySubmitted: result.alreadySubmitted };
    }),
} satisfies TRPCRouterRecord;
