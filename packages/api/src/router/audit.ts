// The audit log, searchable by the organisation's admins. Read-only: no procedure anywhere
// updates or deletes AuditEvent rows (tests/integration/privacy.integration.test.ts checks).
import type { TRPCRouterRecord } from "@trpc/server";
import type { Prisma } from "@skridt/db";
import { ZIsoDate } from "@skridt/instruments";
import { z } from "zod";
import { dayToDate } from "../guards";
import { ZOrgScope, ZString } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { auditLabels } from "../audit-labels";

const ZId = ZString.min(1).max(64);

export const ZAuditSearch = ZOrgScope.extend({
  actorId: ZId.optional(),
  /** "participant." finds every participant action; "privacy.erase" just erasures. */
  action: ZString.trim().max(64).optional(),
  targetType: ZString.trim().max(64).optional(),
  targetId: ZId.optional(),
  /** Inclusive days (YYYY-MM-DD, UTC). */
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const auditRouter = {
  /** Newest first, one page at a time; `nextCursor` fetches the next page. */
  search: organisationProcedure("admin")
    .input(ZAuditSearch)
    .query(async ({ ctx, input }) => {
      const at: Prisma.DateTimeFilter = {};
      if (input.from) at.gte = dayToDate(input.from);
      if (input.to) at.lt = new Date(dayToDate(input.to).getTime() + 24 * 60 * 60 * 1000);
      const where: Prisma.AuditEventWhereInput = {
        organisationId: ctx.organisationId,
        ...(input.actorId ? { actorId: input.actorId } : {}),
        ...(input.action ? { action: { startsWith: input.action } } : {}),
        ...(input.targetType ? { targetType: input.targetType } : {}),
        ...(input.targetId ? { targetId: input.targetId } : {}),
        ...(input.from || input.to ? { at } : {}),
      };
      const rows = await ctx.db.auditEvent.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
      });
      const page = rows.slice(0, input.limit);
      const actors = await ctx.db.user.findMany({
        where: { id: { in: [...new Set(page.flatMap((r) => (r.actorId ? [r.actorId] : [])))] } },
        select: { id: true, name: true },
      });
      const nameOf = new Map(actors.map((u) => [u.id, u.name]));
      const labels = await auditLabels(ctx.db, page);
      return {
        items: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorName: r.actorId ? (nameOf.get(r.actorId) ?? null) : null,
          action: r.action,
          targetType: r.targetType,
          targetId: r.targetId,
          targetLabel: (r.targetId && labels.get(`${r.targetType}:${r.targetId}`)?.label) || null,
          participantCode: (r.targetId && labels.get(`${r.targetType}:${r.targetId}`)?.participantCode) || null,
          ip: r.ip,
          detail: safeJson(r.detail),
        })),
        nextCursor: rows.length > input.limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    }),

  /** The staff who appear in this organisation's log, for the actor filter. */
  actors: organisationProcedure("admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const rows = await ctx.db.auditEvent.findMany({
        where: { organisationId: ctx.organisationId, actorId: { not: null } },
        select: { actorId: true },
        distinct: ["actorId"],
      });
      const users = await ctx.db.user.findMany({ where: { id: { in: rows.map((r) => r.actorId!) } }, select: { id: true, name: true } });
      return users.sort((a, b) => a.name.localeCompare(b.name, "da"));
    }),
} satisfies TRPCRouterRecord;

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return {};
  }
}
