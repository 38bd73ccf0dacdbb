// Progression reviews: the mentor and participant score the plan's areas together.
import { type TRPCRouterRecord } from "@trpc/server";
import { reviewSummary, validateReview, type TReviewScores } from "@skridt/instruments";
import { assertParticipantInOrganisation, assertWritableParticipant, dateToDay, dayToDate } from "../guards";
import { ZParticipantRef, ZCreateReview, ZUpdateReview, ZAmendReview, ZReviewRef } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { progressionFor } from "../workspace/progression-plan";
import { apiError, apiErrorWithDetail } from "../errors";

/** A review can be edited freely this long after it was made; later only amended, with a reason. */
export const REVIEW_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

function checked(model: Parameters<typeof validateReview>[0], plan: Parameters<typeof validateReview>[1], scores: unknown): TReviewScores {
  const result = validateReview(model, plan, scores);
  if (!result.ok) {
    throw apiErrorWithDetail("BAD_REQUEST", "review_invalid", { problems: result.problems });
  }
  return result.scores;
}

async function reviewInOrganisation(db: Parameters<typeof progressionFor>[0], organisationId: string, reviewId: string) {
  const review = await db.review.findFirst({ where: { id: reviewId, participant: { organisationId } } });
  if (!review) throw apiError("NOT_FOUND", "not_found");
  return review;
}

/** A review that may still change: not one of an erased participant. */
async function writableReview(db: Parameters<typeof progressionFor>[0], organisationId: string, reviewId: string) {
  const review = await reviewInOrganisation(db, organisationId, reviewId);
  await assertWritableParticipant(db, organisationId, review.participantId);
  return review;
}

export const reviewRouter = {
  /** All reviews, oldest first, with the model and plan needed to draw and read them. */
  list: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "review.list", targetType: "participant", targetId: input.participantId });
      const { model, plan } = await progressionFor(ctx.db, input.participantId);
      const reviews = await ctx.db.review.findMany({
        where: { participantId: input.participantId },
        select: {
          id: true,
          reviewedOn: true,
          modelId: true,
          areaScores: true,
          note: true,
          sharedWithParticipant: true,
          createdAt: true,
          authorId: true,
          _count: { select: { amendments: true } },
        },
        orderBy: [{ reviewedOn: "asc" }, { createdAt: "asc" }],
      });
      const now = Date.now();
      return {
        model,
        plan,
        reviews: reviews.map((r) => {
          const scores = JSON.parse(r.areaScores) as TReviewScores;
          return {
            id: r.id,
            reviewedOn: dateToDay(r.reviewedOn),
            scores,
            summary: reviewSummary(model, plan, scores),
            note: r.note,
            sharedWithParticipant: r.sharedWithParticipant,
            editable: now - r.createdAt.getTime() < REVIEW_EDIT_WINDOW_MS,
            amendments: r._count.amendments,
          };
        }),
      };
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateReview)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      const { model, plan } = await progressionFor(ctx.db, input.participantId);
      const scores = checked(model, plan, input.scores);
      const review = await ctx.db.review.create({
        data: {
          participantId: input.participantId,
          authorId: ctx.user.id,
          reviewedOn: dayToDate(input.reviewedOn),
          modelId: model.id,
          modelVersion: model.version,
          areaScores: JSON.stringify(scores),
          note: input.note,
          sharedWithParticipant: input.sharedWithParticipant ?? false,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "review.create", targetType: "review", targetId: review.id });
      return review;
    }),

  /** Changes a review within 24 hours of making it; afterwards use amend. */
  update: organisationProcedure("mentor", "admin")
    .input(ZUpdateReview)
    .mutation(async ({ ctx, input }) => {
      const review = await writableReview(ctx.db, ctx.organisationId, input.reviewId);
      if (Date.now() - review.createdAt.getTime() >= REVIEW_EDIT_WINDOW_MS) throw apiError("CONFLICT", "review_locked");
      const { model, plan } = await progressionFor(ctx.db, review.participantId);
      const scores = checked(model, plan, input.scores);
      await ctx.db.review.update({
        where: { id: review.id },
        data: {
          reviewedOn: dayToDate(input.reviewedOn),
          areaScores: JSON.stringify(scores),
          note: input.note,
          sharedWithParticipant: input.sharedWithParticipant,
          updatedAt: new Date(),
        },
      });
      await ctx.audit({ action: "review.update", targetType: "review", targetId: review.id });
      return { ok: true as const };
    }),

  /** After 24 hours a review is only amended: the before and after are kept with the reason. */
  amend: organisationProcedure("mentor", "admin")
    .input(ZAmendReview)
    .mutation(async ({ ctx, input }) => {
      const review = await writableReview(ctx.db, ctx.organisationId, input.reviewId);
      const { model, plan } = await progressionFor(ctx.db, review.participantId);
      const scores = checked(model, plan, input.scores);
      const before = JSON.stringify({ scores: JSON.parse(review.areaScores) as unknown, note: review.note });
      const after = JSON.stringify({ scores, note: input.note });
      await ctx.db.$transaction([
        ctx.db.reviewAmendment.create({ data: { reviewId: review.id, authorId: ctx.user.id, reason: input.reason, before, after } }),
        ctx.db.review.update({
          where: { id: review.id },
          data: { areaScores: JSON.stringify(scores), note: input.note, sharedWithParticipant: input.sharedWithParticipant, updatedAt: new Date() },
        }),
      ]);
      await ctx.audit({ action: "review.amend", targetType: "review", targetId: review.id });
      return { ok: true as const };
    }),

  amendments: organisationProcedure("mentor", "admin")
    .input(ZReviewRef)
    .query(async ({ ctx, input }) => {
      const review = await reviewInOrganisation(ctx.db, ctx.organisationId, input.reviewId);
      const rows = await ctx.db.reviewAmendment.findMany({ where: { reviewId: review.id }, orderBy: { at: "asc" } });
      await ctx.audit({ action: "review.read_amendments", targetType: "review", targetId: review.id });
      const authors = await ctx.db.user.findMany({
        where: { id: { in: rows.flatMap((a) => (a.authorId ? [a.authorId] : [])) } },
        select: { id: true, name: true },
      });
      const nameOf = new Map(authors.map((u) => [u.id, u.name]));
      return rows.map((a) => ({
        id: a.id,
        at: a.at.toISOString(),
        authorId: a.authorId,
        authorName: a.authorId ? (nameOf.get(a.authorId) ?? null) : null,
        reason: a.reason,
        before: JSON.parse(a.before) as unknown,
        after: JSON.parse(a.after) as unknown,
      }));
    }),
} satisfies TRPCRouterRecord;
