// Evaluators' downloads: the protected aggregate figures, the codebook and the R script for
// every evaluator; pseudonymous row data (long, wide) only where an administrator granted it
// (issue 11, item 2). The file comes back base64-encoded in the response; the staff app turns
// it into a download. Every export is audited as "export.<shape>", every grant and revocation too.
import type { TRPCRouterRecord } from "@trpc/server";
import { todayLocal } from "@skridt/instruments";
import { MAX_GRANT_DAYS, ZResearchExportGrant, ZResearchExportProgramme, ZResearchExportRevoke } from "@skridt/validators";
import { apiError } from "../errors";
import { evaluableOrganisations } from "../evaluation/scope";
import { buildExport } from "../exports/build-export";
import { activeGrantWhere, rowLevelAccess } from "../exports/research-access";
import { ZExportRequest } from "../exports/schema";
import { dateToDay, dayToDate } from "../guards";
import { organisationProcedure, type OrgContext } from "../trpc";

const DAY_MS = 86_400_000;

async function assertProgrammeInOrganisation(ctx: OrgContext, programmeId: string) {
  const linked = await ctx.db.programmeOrganisation.count({ where: { programmeId, organisationId: ctx.organisationId } });
  if (linked === 0) throw apiError("NOT_FOUND", "not_found");
}

export const exportRouter = {
  /** A mutation, not a query: it writes an audit event, and a download is an action. */
  create: organisationProcedure("evaluator", "admin")
    .input(ZExportRequest)
    .mutation(async ({ ctx, input }) => {
      const file = await buildExport(ctx.db, ctx.user, input);
      await ctx.audit({
        action: `export.${input.shape}`,
        targetType: "programme",
        targetId: input.programmeId,
        detail: {
          format: input.shape === "r-script" ? "r" : input.format,
          rows: file.rows,
          filter: input.filter,
          filename: file.filename,
          // Row-level exports: whose rows, by which right, at which precision (pseudonyms are always fresh).
          ...(file.access
            ? { access: file.access.map((a) => ({ organisationId: a.organisationId, via: a.via, exactDates: a.exactDates, birthYear: a.birthYear })) }
            : {}),
        },
      });
      return { filename: file.filename, mimeType: file.mimeType, base64: file.content.toString("base64") };
    }),

  /**
   * What this user may download in the programme: aggregates always; rows per organisation
   * where granted (with until when and how precise); for the others, who to ask.
   */
  access: organisationProcedure("evaluator", "admin")
    .input(ZResearchExportProgramme)
    .query(async ({ ctx, input }) => {
      const organisations = await evaluableOrganisations(ctx.db, ctx.user, input.programmeId);
      const access = await rowLevelAccess(
        ctx.db,
        ctx.user,
        input.programmeId,
        organisations.map((o) => o.id),
      );
      const missing = organisations.filter((o) => !access.some((a) => a.organisationId === o.id));
      // Whom to ask: the administrators' names (no contact details) in each organisation without a grant.
      const admins = await ctx.db.membership.findMany({
        where: { role: "admin", organisationId: { in: missing.map((o) => o.id) }, user: { disabledAt: null } },
        select: { organisationId: true, user: { select: { name: true } } },
        orderBy: { user: { name: "asc" } },
      });
      return {
        granted: access.map((a) => ({
          organisationId: a.organisationId,
          organisationName: organisations.find((o) => o.id === a.organisationId)?.name ?? "",
          via: a.via,
          exactDates: a.exactDates,
          birthYear: a.birthYear,
          // The last day it holds.
          lastDay: a.expiresAt ? dateToDay(new Date(a.expiresAt.getTime() - DAY_MS)) : null,
        })),
        missing: missing.map((o) => ({
          organisationId: o.id,
          organisationName: o.name,
          admins: admins.filter((a) => a.organisationId === o.id).map((a) => a.user.name),
        })),
      };
    }),

  /** The organisation's grants for the programme (newest first) and its evaluators, for the admin's page. */
  grants: organisationProcedure("admin")
    .input(ZResearchExportProgramme)
    .query(async ({ ctx, input }) => {
      await assertProgrammeInOrganisation(ctx, input.programmeId);
      const now = new Date();
      const [grants, evaluators] = await Promise.all([
        ctx.db.researchExportGrant.findMany({
          where: { programmeId: input.programmeId, organisationId: ctx.organisationId },
          select: {
            id: true,
            exactDates: true,
            birthYear: true,
            expiresAt: true,
            createdAt: true,
            revokedAt: true,
            grantedById: true,
            user: { select: { id: true, name: true, email: true } },
          },
          orderBy: { createdAt: "desc" },
        }),
        ctx.db.membership.findMany({
          where: { organisationId: ctx.organisationId, role: "evaluator", user: { disabledAt: null } },
          select: { user: { select: { id: true, name: true, email: true } } },
          orderBy: { user: { name: "asc" } },
        }),
      ]);
      const granters = await ctx.db.user.findMany({ where: { id: { in: [...new Set(grants.map((g) => g.grantedById))] } }, select: { id: true, name: true } });
      return {
        evaluators: evaluators.map((m) => m.user),
        grants: grants.map((g) => ({
          id: g.id,
          user: g.user,
          exactDates: g.exactDates,
          birthYear: g.birthYear,
          grantedOn: dateToDay(g.createdAt),
          grantedBy: granters.find((u) => u.id === g.grantedById)?.name ?? "",
          lastDay: dateToDay(new Date(g.expiresAt.getTime() - DAY_MS)),
          revokedOn: g.revokedAt ? dateToDay(g.revokedAt) : null,
          state: g.revokedAt ? ("revoked" as const) : g.expiresAt <= now ? ("expired" as const) : ("active" as const),
        })),
      };
    }),

  /** Grants one evaluator of the organisation the programme's row-level exports; replaces their active grant. */
  grant: organisationProcedure("admin")
    .input(ZResearchExportGrant)
    .mutation(async ({ ctx, input }) => {
      await assertProgrammeInOrganisation(ctx, input.programmeId);
      const isEvaluator = await ctx.db.membership.count({
        where: { userId: input.userId, organisationId: ctx.organisationId, role: "evaluator", user: { disabledAt: null } },
      });
      if (isEvaluator === 0) throw apiError("BAD_REQUEST", "grantee_not_evaluator");
      const today = todayLocal();
      const days = (dayToDate(input.expiresOn).getTime() - dayToDate(today).getTime()) / DAY_MS;
      if (days < 0 || days > MAX_GRANT_DAYS) throw apiError("BAD_REQUEST", "date_out_of_range");
      const now = new Date();
      const grant = await ctx.db.$transaction(async (tx) => {
        await tx.researchExportGrant.updateMany({
          where: { programmeId: input.programmeId, organisationId: ctx.organisationId, userId: input.userId, ...activeGrantWhere(now) },
          data: { revokedAt: now, revokedById: ctx.user.id },
        });
        const created = await tx.researchExportGrant.create({
          data: {
            programmeId: input.programmeId,
            organisationId: ctx.organisationId,
            userId: input.userId,
            exactDates: input.exactDates,
            birthYear: input.birthYear,
            // Holds through its last day: it ends at the next midnight (UTC, as every stored day).
            expiresAt: new Date(dayToDate(input.expiresOn).getTime() + DAY_MS),
            grantedById: ctx.user.id,
          },
          select: { id: true },
        });
        await ctx.audit(
          {
            action: "research_export.grant",
            targetType: "programme",
            targetId: input.programmeId,
            detail: { grantId: created.id, userId: input.userId, lastDay: input.expiresOn, exactDates: input.exactDates, birthYear: input.birthYear },
          },
          tx,
        );
        return created;
      });
      return grant;
    }),

  /** Ends a grant at once. */
  revoke: organisationProcedure("admin")
    .input(ZResearchExportRevoke)
    .mutation(async ({ ctx, input }) => {
      const grant = await ctx.db.researchExportGrant.findFirst({
        where: { id: input.grantId, organisationId: ctx.organisationId },
        select: { id: true, programmeId: true, userId: true, revokedAt: true },
      });
      if (!grant) throw apiError("NOT_FOUND", "not_found");
      if (grant.revokedAt) throw apiError("CONFLICT", "already_withdrawn");
      const now = new Date();
      await ctx.db.$transaction(async (tx) => {
        await tx.researchExportGrant.update({ where: { id: grant.id }, data: { revokedAt: now, revokedById: ctx.user.id } });
        await ctx.audit(
          { action: "research_export.revoke", targetType: "programme", targetId: grant.programmeId, detail: { grantId: grant.id, userId: grant.userId } },
          tx,
        );
      });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
