// Who a person signing in through the OpenID provider is in Skridt. Roles stay in Skridt: the
// provider only vouches for identity. In order:
//  1. a user already linked to this provider identity (issuer + subject) is that user;
//  2. otherwise only a verified e-mail address in an allowed domain is trusted, and it matches
//     a user not yet linked (who is linked now, once) or pending invitations to that address
//     (the person becomes a user with the invitations' organisations and roles);
//  3. anyone else is refused, and no account is created.
import type { Db } from "@skridt/db";
import type { TSsoRefusal } from "@skridt/validators";
import { audit } from "../audit";
import { createSession, deleteSession } from "./session";

/** What the provider said about the person, after the ID token (and userinfo) were verified. */
export interface TSsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** email_verified (or Entra ID's xms_edov) was true. */
  emailVerified: boolean;
  name: string | null;
  /** The provider's session id (sid), kept for back-channel logout. */
  sid: string | null;
}

/** Stored as the password of users created through single sign-on: never a valid scrypt hash, so no password matches. */
export const SSO_ONLY_PASSWORD = "sso-only";

type TMatch = { userId: string; matchedBy: "subject" | "email" | "invitation" } | { refused: TSsoRefusal; userId?: string };

/** The e-mail's domain is one of the allowed ones (exactly; sub-domains are listed on their own). */
export function emailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const at = email.lastIndexOf("@");
  if (at < 1) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return allowedDomains.some((allowed) => allowed.toLowerCase() === domain);
}

async function matchIdentity(db: Db, identity: TSsoIdentity, allowedDomains: readonly string[]): Promise<TMatch> {
  const linked = await db.user.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } },
    select: { id: true, disabledAt: true },
  });
  if (linked) return linked.disabledAt ? { refused: "account_disabled", userId: linked.id } : { userId: linked.id, matchedBy: "subject" };

  if (!identity.email || !identity.emailVerified) return { refused: "email_not_verified" };
  const email = identity.email.trim().toLowerCase();
  if (!emailDomainAllowed(email, allowedDomains)) return { refused: "domain_not_allowed" };

  const existing = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true, oidcSubject: true } });
  if (existing) {
    // Linked to another identity at a provider: the address alone never moves an account.
    if (existing.oidcSubject) return { refused: "subject_mismatch", userId: existing.id };
    if (existing.disabledAt) return { refused: "account_disabled", userId: existing.id };
    const claimed = await db.user.updateMany({
      where: { id: existing.id, oidcSubject: null },
      data: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
    });
    return claimed.count === 1 ? { userId: existing.id, matchedBy: "email" } : { refused: "subject_mismatch", userId: existing.id };
  }

  const invitations = await db.invitation.findMany({
    where: { email, acceptedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, organisationId: true, role: true },
  });
  if (invitations.length === 0) return { refused: "no_account" };
  const userId = await db.$transaction(async (tx) => {
    const accepted: typeof invitations = [];
    for (const invitation of invitations) {
      // Accept once: a concurrent accept (link or another sign-in) takes it instead.
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
      if (claimed.count === 1) accepted.push(invitation);
    }
    if (accepted.length === 0) return null;
    const user = await tx.user.create({
      data: {
        email,
        name: accepted[0]!.name,
        passwordHash: SSO_ONLY_PASSWORD,
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
      },
      select: { id: true },
    });
    for (const invitation of accepted) {
      await tx.membership.upsert({
        where: { userId_organisationId_role: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role } },
        create: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role },
        update: {},
      });
      await audit(tx, {
        actorId: user.id,
        organisationId: invitation.organisationId,
        action: "user.accept_invitation",
        targetType: "user",
        targetId: user.id,
        detail: { via: "sso", role: invitation.role },
      });
    }
    return user.id;
  });
  return userId ? { userId, matchedBy: "invitation" } : { refused: "no_account" };
}

export type TSsoSignInResult = { ok: true; userId: string; token: string; expiresAt: Date } | { ok: false; reason: TSsoRefusal };

/**
 * Signs the person in as the matched user with a new database session (as a password sign-in
 * does: a fresh token, the browser's earlier session ended), or refuses. Both are audited.
 */
export async function ssoSignIn(
  db: Db,
  identity: TSsoIdentity,
  options: { allowedDomains: readonly string[]; ip: string; previousSessionToken: string | null },
): Promise<TSsoSignInResult> {
  let match: TMatch;
  try {
    match = await matchIdentity(db, identity, options.allowedDomains);
  } catch (error) {
    // Two first sign-ins of one person at once: the second one's insert meets the first's row.
    if ((error as { code?: string }).code !== "P2002") throw error;
    match = await matchIdentity(db, identity, options.allowedDomains);
  }
  if ("refused" in match) {
    await refuseSso(db, match.refused, { ip: options.ip, userId: match.userId ?? null, email: identity.email });
    return { ok: false, reason: match.refused };
  }
  if (options.previousSessionToken) await deleteSession(db, options.previousSessionToken);
  const session = await createSession(db, match.userId, options.ip, { signedInWith: "sso", oidcSid: identity.sid });
  await audit(db, {
    actorId: match.userId,
    organisationId: null,
    action: "auth.sso_sign_in",
    targetType: "user",
    targetId: match.userId,
    ip: options.ip,
    detail: { matchedBy: match.matchedBy },
  });
  return { ok: true, userId: match.userId, token: session.token, expiresAt: session.expiresAt };
}

/** Records a refused single sign-on: the reason key, and whom it concerned if known (never a token). */
export async function refuseSso(db: Db, reason: TSsoRefusal, who: { ip: string; userId?: string | null; email?: string | null }) {
  await audit(db, {
    actorId: null,
    organisationId: null,
    action: "auth.sso_refused",
    targetType: "user",
    targetId: who.userId ?? null,
    ip: who.ip,
    detail: { reason, ...(who.email ? { email: who.email.slice(0, 254) } : {}) },
  });
}
