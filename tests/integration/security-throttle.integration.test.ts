// Issue 11, item 7: sign-in throttling in separate buckets with growing delays, kept in the
// database. Five wrong passwords used to lock the account for everyone (the right password from
// another address included) and every refused try renewed the lock; thirty wrong short codes
// from an office's address also blocked staff sign-in from it. Now:
//  - account + address: after 5 failures each further try waits 30 s, then 60 s, 120 s ...
//    (at most 15 minutes) after the last failure; refused tries are not failures;
//  - the account from any address: the same, but only after 20 failures (spread guessing);
//  - the address, whichever accounts: after 30 failures;
//  - short codes per address: a bucket of their own, which never touches sign-in.
// Time passing is simulated by moving the recorded failures back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenSurveys } from "../reliability/support/fixtures";
import { callerFor, createUser, expectTRPCError, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`sign-in throttling with growing delays on ${engine}`, () => {
  let t: TestDatabase;
  let ipCounter = 10;
  const nextIp = () => `192.0.2.${ipCounter++}`;

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.cleanup());

  const signIn = async (email: string, password: string, ip: string) => (await callerFor(t.db, { ip })).caller.auth.signIn({ email, password });
  const fail = (email: string, ip: string, i = 0) => expectTRPCError(signIn(email, `wrong-${i}`, ip), "UNAUTHORIZED", "invalid_credentials");
  const refused = (email: string, password: string, ip: string) => expectTRPCError(signIn(email, password, ip), "TOO_MANY_REQUESTS", "too_many_attempts");
  /** As if `seconds` had passed since every failure recorded so far. */
  async function elapse(seconds: number) {
    const rows = await t.db.signInFailure.findMany({ select: { id: true, createdAt: true } });
    for (const row of rows) await t.db.signInFailure.update({ where: { id: row.id }, data: { createdAt: new Date(row.createdAt.getTime() - seconds * 1000) } });
  }

  it("five wrong passwords from one address do not lock the account for the right password from another", async () => {
    const user = await createUser(t.db);
    const attacker = nextIp();
    for (let i = 0; i < 5; i++) await fail(user.email, attacker, i);
    // The attacker's address now waits, even with the right password...
    await refused(user.email, TEST_PASSWORD, attacker);
    // ...the account's owner, elsewhere, does not.
    await expect(signIn(user.email, TEST_PASSWORD, nextIp())).resolves.toEqual({ ok: true });
  });

  it("grows the delay after each further failure, and refused tries neither count nor renew it", async () => {
    const user = await createUser(t.db);
    const ip = nextIp();
    for (let i = 0; i < 5; i++) await fail(user.email, ip, i);
    // Hammering during the delay is refused and leaves no trace.
    for (let i = 0; i < 10; i++) await refused(user.email, `wrong-again-${i}`, ip);
    expect(await t.db.signInFailure.count({ where: { email: user.email } })).toBe(5);
    // 30 s later one more try is checked; its failure doubles the wait.
    await elapse(31);
    await fail(user.email, ip, 6);
    await elapse(31);
    await refused(user.email, TEST_PASSWORD, ip);
    await elapse(30);
    await expect(signIn(user.email, TEST_PASSWORD, ip)).resolves.toEqual({ ok: true });
    // A success clears the account's failures.
    expect(await t.db.signInFailure.count({ where: { email: user.email } })).toBe(0);
  });

  it("slows an account guessed from many addresses only after 20 failures in all", async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 19; i++) await fail(user.email, nextIp(), i);
    await expect(signIn(user.email, TEST_PASSWORD, nextIp())).resolves.toEqual({ ok: true });
    for (let i = 0; i < 20; i++) await fail(user.email, nextIp(), i);
    await refused(user.email, TEST_PASSWORD, nextIp());
    await elapse(31);
    await expect(signIn(user.email, TEST_PASSWORD, nextIp())).resolves.toEqual({ ok: true });
  });

  it("keeps wrong short codes and sign-ins in separate buckets", async () => {
    const { surveys } = await createOpenSurveys(t.db, 1, "Throttle");
    const office = nextIp();
    const guesser = (await callerFor(t.db, { ip: office })).caller;
    for (let i = 0; i < 30; i++) await expectTRPCError(guesser.take.open({ code: `ZZZZ-ZZ${String(i).padStart(2, "2")}` }), "NOT_FOUND", "link_unknown");
    await expectTRPCError(guesser.take.open({ code: surveys[0]!.shortCode }), "TOO_MANY_REQUESTS", "too_many_attempts");
    // Staff at the same address still sign in.
    const user = await createUser(t.db);
    await expect(signIn(user.email, TEST_PASSWORD, office)).resolves.toEqual({ ok: true });
    // The code bucket's delay grows and passes like the others.
    await elapse(31);
    expect((await guesser.take.open({ code: surveys[0]!.shortCode })).state).toBe("open");

    // And thirty wrong sign-ins from an address do not stop a participant's code there.
    const lobby = nextIp();
    for (let i = 0; i < 30; i++) await fail(`guess${i}@test.skridt`, lobby, i);
    await refused(user.email, TEST_PASSWORD, lobby);
    expect((await (await callerFor(t.db, { ip: lobby })).caller.take.open({ code: surveys[0]!.shortCode })).state).toBe("open");
  });
});
