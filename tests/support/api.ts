// Helpers for calling the real appRouter against a real test database.
import { createHash, randomBytes } from "node:crypto";
import { appRouter, createCallerFactory, createContext, hashPassword, type SessionCookieJar } from "@skridt/api";
import type { Db } from "@skridt/db";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** Records what a procedure did with the session cookie, like a browser would. */
export interface RecordingJar extends SessionCookieJar {
  token: string | null;
  expiresAt: Date | null;
  sets: number;
  clears: number;
}

export function cookieJar(): RecordingJar {
  const jar: RecordingJar = {
    token: null,
    expiresAt: null,
    sets: 0,
    clears: 0,
    set(token, expiresAt) {
      jar.token = token;
      jar.expiresAt = expiresAt;
      jar.sets++;
    },
    clear() {
      jar.token = null;
      jar.expiresAt = null;
      jar.clears++;
    },
  };
  return jar;
}

/**
 * A caller as one request would get it: a fresh context read from the database. Every call
 * of this is a new "request" (or another server process): nothing is shared in memory.
 */
export async function callerFor(db: Db, opts: { token?: string | null; ip?: string; jar?: RecordingJar } = {}) {
  const jar = opts.jar ?? cookieJar();
  const ctx = await createContext({ db, sessionToken: opts.token ?? null, ip: opts.ip ?? "127.0.0.1", cookies: jar });
  return { caller: createCaller(ctx), jar, ctx };
}

/** Procedure-agnostic call by dotted path, for the table-driven tests. */
export async function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  if (typeof target !== "function") throw new Error(`no procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** Awaits a call that must fail with this tRPC code (and message, if given). */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"], message?: string): Promise<TRPCError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a TRPCError ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  const error = caught as TRPCError;
  expect({ code: error.code, message: message === undefined ? undefined : error.message }).toEqual({ code, message });
  return error;
}

export function sha256(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

let sharedHash: Promise<string> | null = null;
export const TEST_PASSWORD = "correct horse battery staple";
/** One scrypt hash of TEST_PASSWORD per test file: hashing costs ~100 ms a time. */
export function testPasswordHash(): Promise<string> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return sharedHash;
}

export async function createOrganisation(db: Db, name: string) {
  return db.organisation.create({ data: { name }, select: { id: true, name: true } });
}

export async function createProgramme(db: Db, name: string, organisationIds: string[]) {
  return db.programme.create({
    data: { name, organisations: { create: organisationIds.map((organisationId) => ({ organisationId })) } },
    select: { id: true, name: true },
  });
}

let userCounter = 0;
/** A staff user with TEST_PASSWORD and the given roles per organisation. */
export async function createUser(db: Db, opts: { email?: string; name?: string; roles?: { organisationId: string; role: string }[]; disabled?: boolean } = {}) {
  userCounter++;
  const email = opts.email ?? `user${userCounter}.${randomBytes(4).toString("hex")}@test.skridt`;
  return db.user.create({
    data: {
      email,
      name: opts.name ?? `Test User ${userCounter}`,
      passwordHash: await testPasswordHash(),
      disabledAt: opts.disabled ? new Date() : null,
      memberships: { create: (opts.roles ?? []).map((r) => ({ organisationId: r.organisationId, role: r.role })) },
    },
    select: { id: true, email: true, name: true },
  });
}

/** A session made straight in the database (no scrypt): returns the cookie token. */
export async function createSessionToken(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({ data: { tokenHash: sha256(token), userId, expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
  return token;
}

/** A caller signed in as this user, through a session row. */
export async function signedInCaller(db: Db, userId: string) {
  const token = await createSessionToken(db, userId);
  return { ...(await callerFor(db, { token })), token };
}
