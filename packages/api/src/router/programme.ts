import type { TRPCRouterRecord } from "@trpc/server";
import { audit } from "../audit";
import { ZOrgScope } from "../roles";
import { ZCreateProgramme } from "../schemas/programme";
import { organisationProcedure } from "../trpc";

export const programmeRouter = {
  /** Programmes the organisation takes part in, with its own participant counts. */
  list: organisationProcedure("admin", "mentor", "evaluator").input(ZOrgScope).query(async ({ ctx }) => {
    const programmes = await ctx.db.programme.findMany({
      where: { organisations: { some: { organisationId: ctx.organisationId } } },
      select: { id: true, name: true, description: true, reviewIntervalDays: true, startsOn: true, endsOn: true },
      orderBy: { name: "asc" },
    });
    const counts = await ctx.db.participant.groupBy({
      by: ["programmeId"],
      where: { organisationId: ctx.organisationId },
      _count: { _all: true },
    });
    const active = await ctx.db.participant.groupBy({
      by: ["programmeId"],
      where: { organisationId: ctx.organisationId, endedOn: null },
      _count: { _all: true },
    });
    return programmes.map((p) => ({
      ...p,
      participants: counts.find((c) => c.programmeId === p.id)?._count._all ?? 0,
      active: active.find((c) => c.programmeId === p.id)?._count._all ?? 0,
    }));
  }),

  create: organisationProcedure("admin").input(ZCreateProgramme).mutation(async ({ ctx, input }) => {
    const programme = await ctx.db.programme.create({
      data: {
        name: input.name,
        description: input.description,
        reviewIntervalDays: input.reviewIntervalDays,
        organisations: { create: { organisationId: ctx.organisationId } },
      },
      select: { id: true },
    });
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "programme.create", targetType: "programme", targetId: programme.id, ip: ctx.ip });
    return programme;
  }),
} satisfies TRPCRouterRecord;
