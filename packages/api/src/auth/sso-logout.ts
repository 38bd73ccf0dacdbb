// Back-channel logout (OpenID Connect Back-Channel Logout 1.0): the provider tells Skridt, server
// to server, that a person's session there has ended. The logout token is verified by the server
// (apps/server/src/sso-logout-token.ts); this ends the matching Skridt sessions.
import type { Db } from "@skridt/db";
import { audit } from "../audit";

export interface TLogoutRequest {
  issuer: string;
  /** The provider's subject, when the token names one. */
  subject: string | null;
  /** The provider's session id, when the token names one: then only sessions begun in it end. */
  sid: string | null;
}

/** Ends the single sign-on sessions the logout names; returns how many ended. */
export async function endSsoSessions(db: Db, logout: TLogoutRequest, ip: string): Promise<number> {
  if (!logout.subject && !logout.sid) return 0;
  const sessions = await db.session.findMany({
    where: {
      signedInWith: "sso",
      ...(logout.sid ? { oidcSid: logout.sid } : {}),
      user: { oidcIssuer: logout.issuer, ...(logout.subject ? { oidcSubject: logout.subject } : {}) },
    },
    select: { id: true, userId: true },
  });
  if (sessions.length === 0) return 0;
  await db.session.deleteMany({ where: { id: { in: sessions.map((s) => s.id) } } });
  for (const userId of new Set(sessions.map((s) => s.userId))) {
    await audit(db, {
      actorId: null,
      organisationId: null,
      action: "auth.sso_logout",
      targetType: "user",
      targetId: userId,
      ip,
      detail: { count: sessions.filter((s) => s.userId === userId).length },
    });
  }
  return sessions.length;
}
