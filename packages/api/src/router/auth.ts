import { type TRPCRouterRecord } from "@trpc/server";
import { dummyPasswordHash, hashPassword, verifyPassword } from "../auth/password";
import { createSession, deleteSession } from "../auth/session";
import { beginSignInAttempt, clearFailures } from "../auth/throttle";
import { hashToken } from "../auth/token";
import { ZAcceptInvitation, ZInvitationToken, ZLocale, ZSignIn } from "@skridt/validators";
import { publicProcedure, signedInProcedure } from "../trpc";
import { z } from "zod";
import { apiError } from "../errors";

export const authRouter = {
  /** How this server lets staff sign in, for the sign-in and invitation pages. */
  methods: publicProcedure.query(({ ctx }) => ({
    password: ctx.signInMethods.password,
    sso: ctx.signInMethods.sso ? { label: ctx.signInMethods.sso.label } : null,
  })),

  signIn: publicProcedure.input(ZSignIn).mutation(async ({ ctx, input }) => {
    // Switched off where everyone signs in through the organisation's provider (PASSWORD_SIGN_IN=false).
    if (!ctx.signInMethods.password) throw apiError("FORBIDDEN", "password_sign_in_disabled");
    const attempt = await beginSignInAttempt(ctx.db, input.email, ctx.ip);
    if (attempt.throttled) throw apiError("TOO_MANY_REQUESTS", "too_many_attempts");
    const user = await ctx.db.user.findUnique({
      where: { email: input.email },
      select: { id: true, passwordHash: true, disabledAt: true },
    });
    // Unknown users cost the same hashing time as known ones: no account enumeration by timing.
    // Users made through single sign-on have no password hash: they cost the same time too.
    const stored = user?.passwordHash.startsWith("scrypt$") ? user.passwordHash : await dummyPasswordHash;
    const ok = (await verifyPassword(input.password, stored)) && stored === user?.passwordHash;
    if (!user || !ok || user.disabledAt) {
      // The attempt stays recorded: it counts as a failure.
      throw apiError("UNAUTHORIZED", "invalid_credentials");
    }
    await clearFailures(ctx.db, input.email);
    // A fresh session id at every sign-in; any session the browser held before is ended.
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    const session = await createSession(ctx.db, user.id, ctx.ip);
    ctx.cookies.set(session.token, session.expiresAt);
    // No session yet when the procedure starts: the actor is the user just signed in.
    await ctx.audit({ actorId: user.id, action: "auth.sign_in", targetType: "user", targetId: user.id });
    return { ok: true as const };
  }),

  signOut: signedInProcedure.mutation(async ({ ctx }): Promise<{ ok: true; redirectTo?: string }> => {
    const session = await ctx.db.session.findUnique({ where: { tokenHash: hashToken(ctx.sessionToken) }, select: { signedInWith: true } });
    await deleteSession(ctx.db, ctx.sessionToken);
    ctx.cookies.clear();
    // A single sign-on session ends at the provider too, where it offers that (RP-initiated logout):
    // the page sends the browser there, and the provider sends it back to the sign-in page.
    const redirectTo = session?.signedInWith === "sso" && ctx.signInMethods.sso ? await ctx.signInMethods.sso.endSessionUrl() : null;
    return redirectTo ? { ok: true, redirectTo } : { ok: true };
  }),

  me: signedInProcedure.query(async ({ ctx }) => {
    const organisations = await ctx.db.organisation.findMany({
      where: { id: { in: [...new Set(ctx.user.memberships.map((m) => m.organisationId))] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    return {
      id: ctx.user.id,
      name: ctx.user.name,
      email: ctx.user.email,
      locale: ctx.user.locale,
      organisations: organisations.map((o) => ({
        ...o,
        roles: ctx.user.memberships.filter((m) => m.organisationId === o.id).map((m) => m.role),
      })),
    };
  }),

  setLocale: signedInProcedure.input(z.object({ locale: ZLocale })).mutation(async ({ ctx, input }) => {
    await ctx.db.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
    return { ok: true as const };
  }),

  /** What an invitation link is for, so the page can greet the invitee. */
  invitation: publicProcedure.input(ZInvitationToken).query(async ({ ctx, input }) => {
    const invitation = await ctx.db.invitation.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: { email: true, name: true, role: true, expiresAt: true, acceptedAt: true, organisation: { select: { name: true } } },
    });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
      throw apiError("NOT_FOUND", "invitation_invalid");
    }
    const existing = await ctx.db.user.count({ where: { email: invitation.email } });
    return {
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      organisation: invitation.organisation.name,
      needsPassword: existing === 0,
    };
  }),

  acceptInvitation: publicProcedure.input(ZAcceptInvitation).mutation(async ({ ctx, input }) => {
    const invitation = await ctx.db.invitation.findUnique({ where: { tokenHash: hashToken(input.token) } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
      throw apiError("NOT_FOUND", "invitation_invalid");
    }
    // An invitation to someone who already has an account never signs anyone in as them:
    // they must be signed in as that account, and their password is left as it is.
    const existing = await ctx.db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (existing && ctx.user?.id !== existing.id) throw apiError("FORBIDDEN", "sign_in_first");
    // Without password sign-in a new person cannot choose one: they sign in through the provider,
    // which matches this invitation by their verified e-mail.
    if (!existing && !ctx.signInMethods.password) throw apiError("FORBIDDEN", "password_sign_in_disabled");
    const passwordHash = await hashPassword(input.password);
    const userId = await ctx.db.$transaction(async (tx) => {
      // Accept once: the conditional update fails for a second, concurrent accept.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null },
        data: { acceptedAt: new Date() },
      });
      if (claimed.count !== 1) throw apiError("NOT_FOUND", "invitation_invalid");
      const user = await tx.user.upsert({
        where: { email: invitation.email },
        create: { email: invitation.email, name: invitation.name, passwordHash },
        update: {},
        select: { id: true },
      });
      await tx.membership.upsert({
        where: { userId_organisationId_role: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role } },
        create: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role },
        update: {},
      });
      return user.id;
    });
    if (!existing) {
      const session = await createSession(ctx.db, userId, ctx.ip);
      ctx.cookies.set(session.token, session.expiresAt);
    }
    await ctx.audit({ actorId: userId, organisationId: invitation.organisationId, action: "user.accept_invitation", targetType: "user", targetId: userId });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
