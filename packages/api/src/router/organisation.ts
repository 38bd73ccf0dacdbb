import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit";
import { ZOrgScope } from "../roles";
import { organisationProcedure } from "../trpc";

export const organisationRouter = {
  /** The organisation's key figures for its administrators. */
  get: organisationProcedure("admin").input(ZOrgScope).query(async ({ ctx }) => {
    const organisation = await ctx.db.organisation.findUniqueOrThrow({
      where: { id: ctx.organisationId },
      select: { id: true, name: true, kind: true, createdAt: true },
    });
    const [staff, participants, programmes] = await Promise.all([
      ctx.db.user.count({ where: { memberships: { some: { organisationId: ctx.organisationId } } } }),
      ctx.db.participant.count({ where: { organisationId: ctx.organisationId } }),
      ctx.db.programmeOrganisation.count({ where: { organisationId: ctx.organisationId } }),
    ]);
    return { ...organisation, staff, participants, programmes };
  }),

  rename: organisationProcedure("admin")
    .input(ZOrgScope.extend({ name: z.string().trim().min(2).max(120) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.organisation.update({ where: { id: ctx.organisationId }, data: { name: input.name } });
      await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "organisation.rename", targetType: "organisation", targetId: ctx.organisationId, ip: ctx.ip });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
