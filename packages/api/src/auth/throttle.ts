// Sign-in attempts and short-code guesses are counted in the database, so the limits hold
// across server processes. An attempt is recorded BEFORE it is checked and counted with the
// others: guesses sent all at once cannot slip through together while the first ones are
// still being checked (scrypt takes ~100 ms).
import type { Db } from "@skridt/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts allowed per account in the window before sign-in is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed attempts allowed per network address in the window (offices share addresses). */
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface Attempt {
  id: string;
  /** More attempts in the window than allowed, this one included: refuse it unchecked. */
  throttled: boolean;
}

async function record(db: Db, email: string, ip: string): Promise<string> {
  const row = await db.signInFailure.create({ data: { email, ip }, select: { id: true } });
  // Old rows only cost space; prune them now and then rather than on a schedule.
  if (Math.random() < 0.05) {
    await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } });
  }
  return row.id;
}

const since = () => new Date(Date.now() - THROTTLE_WINDOW_MS);

/** A sign-in attempt for an account from an address. It stays counted unless it succeeds. */
export async function beginSignInAttempt(db: Db, email: string, ip: string): Promise<Attempt> {
  const id = await record(db, email, ip);
  const [byAccount, byAddress] = await Promise.all([
    db.signInFailure.count({ where: { email, createdAt: { gte: since() } } }),
    db.signInFailure.count({ where: { ip, createdAt: { gte: since() } } }),
  ]);
  return { id, throttled: byAccount > MAX_FAILURES_PER_ACCOUNT || byAddress > MAX_FAILURES_PER_ADDRESS };
}

/**
 * Short codes (which name no account) are limited per address. A code is also the credential
 * of every answer its participant saves, so a right code must cost nothing: only wrong codes
 * are recorded, after the lookup. Guesses sent at once can therefore exceed the limit by the
 * number in flight; with about 2^40 possible codes that burst gains an attacker nothing.
 */
export async function isAddressThrottled(db: Db, ip: string): Promise<boolean> {
  return (await db.signInFailure.count({ where: { ip, createdAt: { gte: since() } } })) >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordWrongGuess(db: Db, marker: string, ip: string) {
  await record(db, marker, ip);
}

/** A successful sign-in clears the account's failed attempts. */
export async function clearFailures(db: Db, email: string) {
  await db.signInFailure.deleteMany({ where: { email } });
}
