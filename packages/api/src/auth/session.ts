import type { Db } from "@skridt/db";
import { hashToken, newToken } from "./token";

/** A session ends after this long without use... */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** ...and at the latest this long after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** How a session was signed in: single sign-on sessions keep the provider's session id for back-channel logout. */
export type TSessionOrigin = { signedInWith: "password" } | { signedInWith: "sso"; oidcSid: string | null };

export async function createSession(db: Db, userId: string, ip: string | null, origin: TSessionOrigin = { signedInWith: "password" }) {
  const token = newToken();
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_IDLE_MS);
  const oidcSid = origin.signedInWith === "sso" ? origin.oidcSid : null;
  await db.session.create({ data: { tokenHash: hashToken(token), userId, ip, expiresAt, signedInWith: origin.signedInWith, oidcSid } });
  return { token, expiresAt };
}

export async function deleteSession(db: Db, token: string) {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: string;
  memberships: { organisationId: string; role: string }[];
}

/** The signed-in user for a cookie token, or null when the session is unknown, expired or the user disabled. */
export async function readSession(db: Db, token: string): Promise<{ sessionId: string; user: SessionUser } | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          disabledAt: true,
          memberships: { select: { organisationId: true, role: true } },
        },
      },
    },
  });
  const now = Date.now();
  if (!session) return null;
  if (session.expiresAt.getTime() <= now || session.createdAt.getTime() + SESSION_MAX_MS <= now || session.user.disabledAt) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(Math.min(now + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS)) },
    });
  }
  const { disabledAt: _disabled, ...user } = session.user;
  return { sessionId: session.id, user };
}
