// Sign-in attempts and short-code guesses are counted in the database, so the limits hold
// across server processes. Failures fall into separate buckets, each with a number of free
// failures and then growing delays: after the free ones, the next try is checked only once
// DELAY_BASE_MS has passed since the last failure, and each further failure doubles that wait
// (at most DELAY_MAX_MS). Refused tries are not failures, so hammering never renews a delay,
// and a bucket holds back only what it counts:
//  - account + address: a person mistyping, or one attacker on one account;
//  - account, from any address: guessing spread over many addresses (more free failures, so
//    someone else's five wrong passwords never keep the owner out from another address);
//  - address, whichever accounts (sign-ins only): one machine trying many accounts;
//  - short codes, per address: never mixed with sign-ins, so a participant's wrong codes on an
//    office's address do not stop its staff signing in.
// A sign-in attempt is recorded BEFORE it is checked and counted with the others: guesses sent
// all at once cannot slip through together while the first ones are still being checked
// (scrypt takes ~100 ms).
import type { Db } from "@skridt/db";

/** Failures older than this are forgotten (and pruned now and then). */
export const THROTTLE_WINDOW_MS = 24 * 60 * 60 * 1000;
export const DELAY_BASE_MS = 30 * 1000;
export const DELAY_MAX_MS = 15 * 60 * 1000;
/** Free failures per account and address before the delays begin. */
export const FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Free failures per account from all addresses together. */
export const FREE_FAILURES_PER_ACCOUNT = 20;
/** Free failures per network address, whichever accounts (offices share addresses). */
export const FREE_FAILURES_PER_ADDRESS = 30;
/** Free wrong short codes per network address. */
export const FREE_WRONG_CODES_PER_ADDRESS = 30;

/** Marks a wrong short code in the failure table (a code names no account). */
const CODE_GUESS = "(survey-code)";

export interface Attempt {
  id: string;
  /** A bucket is waiting out its delay: refuse this attempt unchecked (it is not recorded). */
  throttled: boolean;
}

interface Bucket {
  where: { email?: string | { not: string }; ip?: string };
  free: number;
}

/** How long a bucket with `failures` failures waits after its last one. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(DELAY_MAX_MS, DELAY_BASE_MS * 2 ** Math.min(failures - free, 20));
}

async function waiting(db: Db, bucket: Bucket, now: number, except?: string): Promise<boolean> {
  const found = await db.signInFailure.aggregate({
    where: { ...bucket.where, createdAt: { gte: new Date(now - THROTTLE_WINDOW_MS) }, ...(except ? { id: { not: except } } : {}) },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const last = found._max.createdAt?.getTime();
  if (last === undefined) return false;
  return now - last < delayAfter(found._count._all, bucket.free);
}

async function record(db: Db, email: string, ip: string): Promise<string> {
  // The server's clock, like every comparison here (not the database's).
  const row = await db.signInFailure.create({ data: { email, ip, createdAt: new Date() }, select: { id: true } });
  // Old rows only cost space; prune them now and then rather than on a schedule.
  if (Math.random() < 0.05) {
    await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } });
  }
  return row.id;
}

/** A sign-in attempt for an account from an address. It stays counted unless it succeeds or is refused. */
export async function beginSignInAttempt(db: Db, email: string, ip: string): Promise<Attempt> {
  const id = await record(db, email, ip);
  const now = Date.now();
  const buckets: Bucket[] = [
    { where: { email, ip }, free: FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS },
    { where: { email }, free: FREE_FAILURES_PER_ACCOUNT },
    { where: { ip, email: { not: CODE_GUESS } }, free: FREE_FAILURES_PER_ADDRESS },
  ];
  const waits = await Promise.all(buckets.map((bucket) => waiting(db, bucket, now, id)));
  if (!waits.some(Boolean)) return { id, throttled: false };
  // Refused unchecked: not a failure, so it neither counts nor renews the delay.
  await db.signInFailure.deleteMany({ where: { id } });
  return { id, throttled: true };
}

/**
 * Short codes (which name no account) are limited per address, in their own bucket. A code is
 * also the credential of every answer its participant saves, so a right code must cost
 * nothing: only wrong codes are recorded, after the lookup. Guesses sent at once can therefore
 * exceed the limit by the number in flight; with about 2^40 possible codes that burst gains an
 * attacker nothing.
 */
export async function isCodeGuessingThrottled(db: Db, ip: string): Promise<boolean> {
  return waiting(db, { where: { ip, email: CODE_GUESS }, free: FREE_WRONG_CODES_PER_ADDRESS }, Date.now());
}

export async function recordWrongCode(db: Db, ip: string) {
  await record(db, CODE_GUESS, ip);
}

/** A successful sign-in clears the account's failed attempts. */
export async function clearFailures(db: Db, email: string) {
  await db.signInFailure.deleteMany({ where: { email } });
}
