import { type TRPCRouterRecord } from "@trpc/server";
import { enqueueMessage } from "../outbox/enqueue";
import { outboxSettings } from "../outbox/settings";
import { hashToken, newToken } from "../auth/token";
import { ZOrgScope, ZInviteUser, ZSetRoles, ZSetUserActive, ZString } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { apiError } from "../errors";

const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export const userRouter = {
  /** Staff of the organisation with their roles there, and open invitations. */
  list: organisationProcedure("admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const memberships = await ctx.db.membership.findMany({
        where: { organisationId: ctx.organisationId },
        select: { role: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      });
      const users = new Map<string, { id: string; name: string; email: string; disabled: boolean; roles: string[] }>();
      for (const m of memberships) {
        const entry = users.get(m.user.id) ?? { id: m.user.id, name: m.user.name, email: m.user.email, disabled: m.user.disabledAt !== null, roles: [] };
        entry.roles.push(m.role);
        users.set(m.user.id, entry);
      }
      const invitations = await ctx.db.invitation.findMany({
        where: { organisationId: ctx.organisationId, acceptedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true, email: true, name: true, role: true, expiresAt: true },
        orderBy: { createdAt: "desc" },
      });
      return { users: [...users.values()].sort((a, b) => a.name.localeCompare(b.name, "da")), invitations };
    }),

  /** Mentors in the organisation, for choosing a participant's mentor. */
  mentors: organisationProcedure("admin", "mentor")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const rows = await ctx.db.membership.findMany({
        where: { organisationId: ctx.organisationId, role: "mentor", user: { disabledAt: null } },
        select: { user: { select: { id: true, name: true } } },
      });
      return rows.map((r) => r.user).sort((a, b) => a.name.localeCompare(b.name, "da"));
    }),

  /**
   * Invites someone by e-mail: the one-time link is e-mailed when SMTP is set up, and shown to the admin to pass on either way.
   * Someone already in this organisation simply gets the further role. Anyone else gets an
   * invitation, whether or not they have an account in another organisation: that is not this
   * admin's to know, and nobody is added anywhere without accepting (signed in as themselves).
   */
  invite: organisationProcedure("admin")
    .input(ZInviteUser)
    .mutation(async ({ ctx, input }) => {
      const existing = await ctx.db.user.findFirst({
        where: { email: input.email, memberships: { some: { organisationId: ctx.organisationId } } },
        select: { id: true },
      });
      if (existing) {
        await ctx.db.membership.upsert({
          where: { userId_organisationId_role: { userId: existing.id, organisationId: ctx.organisationId, role: input.role } },
          create: { userId: existing.id, organisationId: ctx.organisationId, role: input.role },
          update: {},
        });
        await ctx.audit({ action: "user.grant_role", targetType: "user", targetId: existing.id, detail: { role: input.role } });
        return { kind: "granted" as const };
      }
      const token = newToken();
      const invitation = await ctx.db.invitation.create({
        data: {
          organisationId: ctx.organisationId,
          email: input.email,
          name: input.name,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: ctx.user.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
      });
      await ctx.audit({ action: "user.invite", targetType: "invitation", detail: { role: input.role } });
      // With SMTP set up the invitation is e-mailed as well (the outbox); the admin still sees the link.
      const emailed = outboxSettings().channels.email
        ? await enqueueMessage(ctx.db, {
            organisationId: ctx.organisationId,
            kind: "staff_invitation",
            channel: "email",
            dedupeKey: `staff-invitation:${invitation.id}`,
            dueAt: new Date(),
            invitationId: invitation.id,
            linkToken: token,
            actorId: ctx.user.id,
          })
        : false;
      return { kind: "invited" as const, token, emailed };
    }),

  revokeInvitation: organisationProcedure("admin")
    .input(ZOrgScope.extend({ invitationId: ZString.min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.invitation.deleteMany({
        where: { id: input.invitationId, organisationId: ctx.organisationId, acceptedAt: null },
      });
      if (count === 0) throw apiError("NOT_FOUND", "not_found");
      return { ok: true as const };
    }),

  /** Replaces a user's roles in this organisation; an empty list removes them from it. */
  setRoles: organisationProcedure("admin")
    .input(ZSetRoles)
    .mutation(async ({ ctx, input }) => {
      const member = await ctx.db.membership.count({ where: { userId: input.userId, organisationId: ctx.organisationId } });
      if (member === 0) throw apiError("NOT_FOUND", "not_found");
      if (input.userId === ctx.user.id && !input.roles.includes("admin")) {
        // An admin cannot lock themselves (and possibly everyone) out of administration.
        throw apiError("BAD_REQUEST", "cannot_remove_own_admin");
      }
      const roles = [...new Set(input.roles)];
      await ctx.db.$transaction([
        ctx.db.membership.deleteMany({ where: { userId: input.userId, organisationId: ctx.organisationId, role: { notIn: roles } } }),
        ...roles.map((role) =>
          ctx.db.membership.upsert({
            where: { userId_organisationId_role: { userId: input.userId, organisationId: ctx.organisationId, role } },
            create: { userId: input.userId, organisationId: ctx.organisationId, role },
            update: {},
          }),
        ),
      ]);
      await ctx.audit({ action: "user.set_roles", targetType: "user", targetId: input.userId, detail: { roles } });
      return { ok: true as const };
    }),

  /**
   * Deactivates or reactivates a staff account. A deactivated user cannot sign in and every
   * session they hold ends at once; their records and history stay. An account belongs to
   * every organisation it has roles in, so only an admin of all of them may switch it.
   */
  setActive: organisationProcedure("admin")
    .input(ZSetUserActive)
    .mutation(async ({ ctx, input }) => {
      const memberships = await ctx.db.membership.findMany({ where: { userId: input.userId }, select: { organisationId: true } });
      if (!memberships.some((m) => m.organisationId === ctx.organisationId)) throw apiError("NOT_FOUND", "not_found");
      if (input.userId === ctx.user.id) throw apiError("BAD_REQUEST", "cannot_deactivate_self");
      const adminOf = new Set(ctx.user.memberships.filter((m) => m.role === "admin").map((m) => m.organisationId));
      if (memberships.some((m) => !adminOf.has(m.organisationId))) throw apiError("FORBIDDEN", "user_in_other_organisation");
      const changed = await ctx.db.$transaction(async (tx) => {
        const { count } = await tx.user.updateMany({
          where: { id: input.userId, disabledAt: input.active ? { not: null } : null },
          data: { disabledAt: input.active ? null : new Date() },
        });
        if (!input.active) await tx.session.deleteMany({ where: { userId: input.userId } });
        if (count > 0) await ctx.audit({ action: input.active ? "user.reactivate" : "user.deactivate", targetType: "user", targetId: input.userId }, tx);
        return count > 0;
      });
      return { ok: true as const, changed };
    }),
} satisfies TRPCRouterRecord;
