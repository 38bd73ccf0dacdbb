// Sub-goals (delmål): what, the participant's actions, the mentor's support, by when.
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { ZIsoDate } from "@skridt/instruments";
import { z } from "zod";
import { audit } from "../audit";
import { assertParticipantInOrganisation, dateToDay, dayToDate } from "../guards";
import { ZOrgScope } from "../roles";
import { ZParticipantRef } from "../schemas/survey";
import { organisationProcedure } from "../trpc";
import { progressionFor } from "../workspace/progression-plan";

export const GOAL_STATUSES = ["open", "reached", "dropped"] as const;

const ZGoalFields = z.object({
  areaId: z.string().min(1).max(64),
  title: z.string().trim().min(2).max(300),
  actions: z.string().trim().max(2000).default(""),
  support: z.string().trim().max(2000).default(""),
  dueOn: ZIsoDate.nullable().default(null),
  reviewId: z.string().min(1).max(64).nullable().default(null),
});

type GoalRow = { id: string; areaId: string; title: string; actions: string; support: string; dueOn: Date | null; status: string; closedOn: Date | null; reviewId: string | null; createdAt: Date };
const toGoal = (g: GoalRow) => ({
  id: g.id,
  areaId: g.areaId,
  title: g.title,
  actions: g.actions,
  support: g.support,
  dueOn: g.dueOn ? dateToDay(g.dueOn) : null,
  status: g.status as (typeof GOAL_STATUSES)[number],
  closedOn: g.closedOn ? dateToDay(g.closedOn) : null,
  reviewId: g.reviewId,
  createdOn: dateToDay(g.createdAt),
});

export const goalRouter = {
  list: organisationProcedure("mentor", "admin").input(ZParticipantRef).query(async ({ ctx, input }) => {
    await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "goal.list", targetType: "participant", targetId: input.participantId, ip: ctx.ip });
    const goals = await ctx.db.goal.findMany({ where: { participantId: input.participantId }, orderBy: [{ status: "asc" }, { dueOn: "asc" }, { createdAt: "asc" }] });
    return goals.map(toGoal);
  }),

  create: organisationProcedure("mentor", "admin").input(ZParticipantRef.extend(ZGoalFields.shape)).mutation(async ({ ctx, input }) => {
    await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
    const { plan } = await progressionFor(ctx.db, input.participantId);
    if (!plan.areaIds.includes(input.areaId)) throw new TRPCError({ code: "BAD_REQUEST", message: "unknown_area" });
    if (input.reviewId) {
      const linked = await ctx.db.review.count({ where: { id: input.reviewId, participantId: input.participantId } });
      if (linked === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "not_found" });
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
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "goal.create", targetType: "goal", targetId: goal.id, ip: ctx.ip });
    return toGoal(goal);
  }),

  /** Edits a goal or closes it (reached or dropped); reopening clears the closing date. */
  update: organisationProcedure("mentor", "admin")
    .input(ZOrgScope.extend({ goalId: z.string().min(1).max(64), status: z.enum(GOAL_STATUSES) }).extend(ZGoalFields.omit({ areaId: true, reviewId: true }).shape))
    .mutation(async ({ ctx, input }) => {
      const goal = await ctx.db.goal.findFirst({ where: { id: input.goalId, participant: { organisationId: ctx.organisationId } } });
      if (!goal) throw new TRPCError({ code: "NOT_FOUND", message: "not_found" });
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
      await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "goal.update", targetType: "goal", targetId: goal.id, ip: ctx.ip, detail: { status: input.status } });
      return toGoal(updated);
    }),
} satisfies TRPCRouterRecord;
