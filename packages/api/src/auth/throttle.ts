// Failed sign-ins are counted in the database, so the limit holds across server processes.
import type { Db } from "@skridt/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per account in the window before sign-in is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failures allowed per network address in the window (offices share addresses). */
export const MAX_FAILURES_PER_ADDRESS = 30;

export async function isThrottled(db: Db, email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db.signInFailure.count({ where: { email, createdAt: { gte: since } } }),
    db.signInFailure.count({ where: { ip, createdAt: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

/** Per-address check alone, for guesses that name no account (survey short codes). */
export async function isAddressThrottled(db: Db, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  return (await db.signInFailure.count({ where: { ip, createdAt: { gte: since } } })) >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordFailure(db: Db, email: string, ip: string) {
  await db.signInFailure.create({ data: { email, ip } });
  // Old rows only cost space; prune them now and then rather than on a schedule.
  if (Math.random() < 0.05) {
    await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } });
  }
}

export async function clearFailures(db: Db, email: string) {
  await db.signInFailure.deleteMany({ where: { email } });
}
