// Sub-goals (delmål): what, the participant's actions, the mentor's support, by when.
import { type TRPCRouterRecord } from "@trpc/server";
import { assertNotErased, assertParticipantInOrganisation, assertWritableParticipant, dateToDay, dayToDate } from "../guards";
import { ZParticipantRef, ZCreateGoal, ZUpdateGoal, type TGoalStatus } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { progressionFor } from "../workspace/progression-plan";
import { apiError } from "../errors";

type GoalRow = {
  id: string;
  areaId: string;
  title: string;
  actions: string;
  support: string;
  dueOn: Date | null;
  status: string;
  closedOn: Date | null;
  reviewId: string | null;
  createdAt: Date;
};
const toGoal = (g: GoalRow) => ({
  id: g.id,
  areaId: g.areaId,
  title: g.title,
  actions: g.actions,
  support: g.support,
  dueOn: g.dueOn ? dateToDay(g.dueOn) : null,
  status: g.status as TGoalStatus,
  closedOn: g.closedOn ? dateToDay(g.closedOn) : null,
  reviewId: g.reviewId,
  createdOn: dateToDay(g.createdAt),
});

export const goalRouter = {
  list: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "goal.list", targetType: "participant", targetId: input.participantId });
      const goals = await ctx.db.goal.findMany({
        where: { participantId: input.participantId },
        orderBy: [{ status: "asc" }, { dueOn: "asc" }, { createdAt: "asc" }],
      });
      return goals.map(toGoal);
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateGoal)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      const { plan } = await progressionFor(ctx.db, input.participantId);
      if (!plan.areaIds.includes(input.areaId)) throw apiError("BAD_REQUEST", "unknown_area");
      if (input.reviewId) {
        const linked = await ctx.db.review.count({ where: { id: input.reviewId, participantId: input.participantId } });
        if (linked === 0) throw apiError("BAD_REQUEST", "not_found");
      }
      const goal = await ctx.db.goal.create({
        data: {
          participantId: input.participantId,
          areaId: input.areaId,
          title: input.title,
          actions: input.actions,
          support: input.support,
          dueOn: input.dueOn ? dayToDate(input.dueOn) : null,
          reviewId: input.reviewId,
          authorId: ctx.user.id,
        },
      });
      await ctx.audit({ action: "goal.create", targetType: "goal", targetId: goal.id });
      return toGoal(goal);
    }),

  /** Edits a goal or closes it (reached or dropped); reopening clears the closing date. */
  update: organisationProcedure("mentor", "admin")
    .input(ZUpdateGoal)
    .mutation(async ({ ctx, input }) => {
      const goal = await ctx.db.goal.findFirst({
        where: { id: input.goalId, participant: { organisationId: ctx.organisationId } },
        include: { participant: { select: { erasedAt: true } } },
      });
      if (!goal) throw apiError("NOT_FOUND", "not_found");
      assertNotErased(goal.participant);
      const closing = input.status !== "open";
      const updated = await ctx.db.goal.update({
        where: { id: goal.id },
        data: {
          title: input.title,
          actions: input.actions,
          support: input.support,
          dueOn: input.dueOn ? dayToDate(input.dueOn) : null,
          status: input.status,
          closedOn: closing ? (goal.closedOn ?? dayToDate(new Date().toISOString().slice(0, 10))) : null,
        },
      });
      await ctx.audit({ action: "goal.update", targetType: "goal", targetId: goal.id, detail: { status: input.status } });
      return toGoal(updated);
    }),
} satisfies TRPCRouterRecord;
