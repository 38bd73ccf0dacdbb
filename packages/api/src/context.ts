import type { Db } from "@skridt/db";
import { readSession, type SessionUser } from "./auth/session";

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
}

export interface Context {
  db: Db;
  ip: string;
  cookies: SessionCookieJar;
  sessionToken: string | null;
  user: SessionUser | null;
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
  };
}
