import type { TRPCRouterRecord } from "@trpc/server";
import { ZOrgScope, ZRenameOrganisation } from "@skridt/validators";
import { organisationProcedure } from "../trpc";

export const organisationRouter = {
  /** The organisation's key figures for its administrators. */
  get: organisationProcedure("admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
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
    .input(ZRenameOrganisation)
    .mutation(async ({ ctx, input }) => {
      await ctx.db.organisation.update({ where: { id: ctx.organisationId }, data: { name: input.name } });
      await ctx.audit({ action: "organisation.rename", targetType: "organisation", targetId: ctx.organisationId });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
