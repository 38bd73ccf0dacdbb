import type { Db } from "@skridt/db";
import { readSession, type SessionUser } from "./auth/session";
import { PASSWORD_ONLY, type TSignInMethods } from "./auth/sign-in-methods";

/** What the HTTP adapter does with the session cookie; tests pass a recorder. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface ContextInput {
  db: Db;
  /** The session cookie's value, if the request had one. */
  sessionToken: string | null;
  ip: string;
  cookies: SessionCookieJar;
  /** How staff may sign in here (password, single sign-on); passwords only when not given. */
  signInMethods?: TSignInMethods;
}

export interface Context {
  db: Db;
  ip: string;
  cookies: SessionCookieJar;
  sessionToken: string | null;
  user: SessionUser | null;
  signInMethods: TSignInMethods;
}

/** Plain inputs in, context out: any adapter (Fastify, createCaller in tests) can build it. */
export async function createContext(input: ContextInput): Promise<Context> {
  const session = input.sessionToken ? await readSession(input.db, input.sessionToken) : null;
  return {
    db: input.db,
    ip: input.ip,
    cookies: input.cookies,
    sessionToken: session ? input.sessionToken : null,
    user: session?.user ?? null,
    signInMethods: input.signInMethods ?? PASSWORD_ONLY,
  };
}
