// The staff side of questionnaires: send, follow and withdraw a participant's surveys.
import { type TRPCRouterRecord } from "@trpc/server";
import { ZCreateSurvey, ZParticipantRef, ZSurveyRef, ZCorrectAssessment, ZString } from "@skridt/validators";
import { createSurvey } from "../surveys/create";
import { correctAssessment } from "../surveys/correct";
import { loadAnswers, loadInstrumentOf } from "../surveys/answers";
import { ensureInstruments, findInstrument } from "../programme-instruments/cache";
import { renewSurveyLink } from "../surveys/renew-link";
import { planFromStored } from "../surveys/plan";
import { surveyState } from "../surveys/state";
import { organisationProcedure, type OrgContext } from "../trpc";
import { apiError } from "../errors";
import { assertNotErased, assertWritableParticipant } from "../guards";

async function participantInOrganisation(ctx: OrgContext, participantId: string) {
  const found = await ctx.db.participant.count({ where: { id: participantId, organisationId: ctx.organisationId } });
  if (found === 0) throw apiError("NOT_FOUND", "not_found");
}

/** A participant's survey in this organisation that may still change: not one of an erased participant. */
async function writableSurvey(ctx: OrgContext, surveyId: string) {
  const survey = await ctx.db.survey.findFirst({
    where: { id: surveyId, respondentType: "participant", participant: { organisationId: ctx.organisationId } },
    select: { id: true, participantId: true, status: true, expiresAt: true, participant: { select: { erasedAt: true } } },
  });
  if (!survey) throw apiError("NOT_FOUND", "not_found");
  if (survey.participant) assertNotErased(survey.participant);
  return survey;
}

export const surveyRouter = {
  listForParticipant: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await participantInOrganisation(ctx, input.participantId);
      await ctx.audit({ action: "survey.list", targetType: "participant", targetId: input.participantId });
      const surveys = await ctx.db.survey.findMany({
        // An employer's or volunteer's questionnaire about this participant is not theirs to list.
        where: { participantId: input.participantId, respondentType: "participant" },
        select: {
          id: true,
          occasion: true,
          mode: true,
          status: true,
          expiresAt: true,
          createdAt: true,
          submittedAt: true,
          assessments: {
            where: { status: { not: "superseded" } },
            select: {
              id: true,
              mode: true,
              instrumentId: true,
              instrumentVersion: true,
              _count: { select: { answers: true } },
              scores: { select: { scaleId: true, value: true, status: true } },
            },
            orderBy: { position: "asc" },
          },
        },
        orderBy: { createdAt: "asc" },
      });
      await ensureInstruments(
        ctx.db,
        surveys.flatMap((s) => s.assessments),
      );
      return surveys.map((s) => ({
        id: s.id,
        occasion: s.occasion,
        mode: s.mode,
        state: surveyState(s),
        createdAt: s.createdAt.toISOString(),
        submittedAt: s.submittedAt?.toISOString() ?? null,
        expiresAt: s.expiresAt.toISOString(),
        instruments: s.assessments.map((a) => {
          const definition = findInstrument(a.instrumentId, a.instrumentVersion);
          return {
            id: a.instrumentId,
            assessmentId: a.id,
            corrected: a.mode === "correction",
            title: definition?.title ?? { da: a.instrumentId, en: a.instrumentId },
            questions: definition?.items.length ?? 0,
            scaleLabels: Object.fromEntries((definition?.scales ?? []).map((scale) => [scale.id, scale.label])),
            // What a mentor needs to read a score: its range, direction and the scale's own bands (if any).
            scales: (definition?.scales ?? []).map((scale) => ({
              id: scale.id,
              label: scale.label,
              range: scale.range,
              higherIsBetter: scale.higherIsBetter,
              cutoffs: scale.cutoffs.map((c) => ({ max: c.max, label: c.label })),
            })),
            answered: a._count.answers,
            scores: a.scores,
          };
        }),
      }));
    }),

  /** A new survey from the programme's plan; the link and short code are shown once. */
  create: organisationProcedure("mentor", "admin")
    .input(ZCreateSurvey)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      const open = await ctx.db.survey.findMany({
        where: { participantId: input.participantId, respondentType: "participant", occasion: input.occasion, status: { notIn: ["withdrawn"] } },
        select: { status: true, expiresAt: true },
      });
      if (open.some((s) => surveyState(s) === "open" || surveyState(s) === "submitted")) {
        throw apiError("CONFLICT", "survey_exists");
      }
      const programme = await ctx.db.participant.findUniqueOrThrow({
        where: { id: input.participantId },
        select: { programme: { select: { measurementPlan: true } } },
      });
      if (planFromStored(programme.programme.measurementPlan).occasions[input.occasion].length === 0) {
        throw apiError("BAD_REQUEST", "no_instruments_planned");
      }
      const created = await createSurvey(ctx.db, { participantId: input.participantId, occasion: input.occasion, mode: input.mode, createdById: ctx.user.id });
      await ctx.audit({ action: "survey.create", targetType: "survey", targetId: created.surveyId, detail: { occasion: input.occasion, mode: input.mode } });
      return { ...created, expiresAt: created.expiresAt.toISOString() };
    }),

  /** A new link and code for an open survey (lost link, or to open it beside the participant); the old ones stop working. */
  renewLink: organisationProcedure("mentor", "admin")
    .input(ZSurveyRef)
    .mutation(async ({ ctx, input }) => {
      const survey = await writableSurvey(ctx, input.surveyId);
      return renewSurveyLink(ctx, survey, "survey.renew_link");
    }),

  withdraw: organisationProcedure("mentor", "admin")
    .input(ZSurveyRef)
    .mutation(async ({ ctx, input }) => {
      const survey = await writableSurvey(ctx, input.surveyId);
      if (survey.status === "submitted") throw apiError("CONFLICT", "survey_closed");
      await ctx.db.survey.update({ where: { id: survey.id }, data: { status: "withdrawn", withdrawnAt: new Date() } });
      await ctx.audit({ action: "survey.withdraw", targetType: "survey", targetId: survey.id });
      return { ok: true as const };
    }),

  /** The current answers of a submitted assessment, for reading or correcting them. */
  answers: organisationProcedure("mentor", "admin")
    .input(ZSurveyRef.omit({ surveyId: true }).extend({ assessmentId: ZString.min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const assessment = await ctx.db.assessment.findFirst({
        where: { id: input.assessmentId, participant: { organisationId: ctx.organisationId } },
        select: { id: true, instrumentId: true, instrumentVersion: true, status: true, mode: true, submittedAt: true, supersedesId: true },
      });
      if (!assessment) throw apiError("NOT_FOUND", "not_found");
      await ctx.audit({ action: "assessment.read_answers", targetType: "assessment", targetId: assessment.id });
      return { ...assessment, definition: await loadInstrumentOf(ctx.db, assessment), answers: await loadAnswers(ctx.db, assessment.id) };
    }),

  /**
   * Corrects a submitted assessment: the original is kept and marked superseded, the
   * corrected answers become a new, audited version with the reason given.
   */
  correct: organisationProcedure("mentor", "admin")
    .input(ZCorrectAssessment)
    .mutation(async ({ ctx, input }) => {
      const owned = await ctx.db.assessment.findFirst({
        where: { id: input.assessmentId, participant: { organisationId: ctx.organisationId } },
        select: { participant: { select: { erasedAt: true } } },
      });
      if (!owned?.participant) throw apiError("NOT_FOUND", "not_found");
      assertNotErased(owned.participant);
      const result = await correctAssessment(ctx.db, {
        assessmentId: input.assessmentId,
        changes: input.changes,
        correctedById: ctx.user.id,
        reason: input.reason,
      });
      await ctx.audit({
        action: "assessment.correct",
        targetType: "assessment",
        targetId: result.assessmentId,
        // Free text stays out of the append-only log (no erasure could reach it): only that one was given.
        detail: { supersedes: input.assessmentId, changedItems: result.changed, reasonGiven: true },
      });
      return result;
    }),
} satisfies TRPCRouterRecord;
