import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createUser, expectTRPCError, sha256, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`auth on ${engine}`, () => {
  let t: TestDatabase;
  let organisationId: string;
  // Each test uses its own client address, so the per-address limit of one test never
  // throttles another.
  let ipCounter = 10;
  const nextIp = () => `10.0.0.${ipCounter++}`;

  beforeAll(async () => {
    t = await createTestDatabase();
    organisationId = (await createOrganisation(t.db, "Auth Org")).id;
  });
  afterAll(async () => t?.cleanup());

  async function signIn(email: string, password = TEST_PASSWORD, opts: { token?: string | null; ip?: string } = {}) {
    const { caller, jar } = await callerFor(t.db, { token: opts.token ?? null, ip: opts.ip ?? nextIp() });
    const result = await caller.auth.signIn({ email, password });
    return { result, jar };
  }

  it("signs in with the right password, sets the session cookie, and auth.me works with it", async () => {
    const user = await createUser(t.db, { roles: [{ organisationId, role: "mentor" }] });
    const { result, jar } = await signIn(user.email);
    expect(result).toEqual({ ok: true });
    expect(jar.sets).toBe(1);
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(jar.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    // Only the token's hash is stored.
    expect(await t.db.session.count({ where: { userId: user.id, tokenHash: sha256(jar.token!) } })).toBe(1);
    expect(await t.db.session.count({ where: { tokenHash: jar.token! } })).toBe(0);

    const me = await (await callerFor(t.db, { token: jar.token })).caller.auth.me();
    expect(me).toMatchObject({ id: user.id, email: user.email, organisations: [{ id: organisationId, name: "Auth Org", roles: ["mentor"] }] });
  });

  it("accepts the e-mail address in any case and with spaces around it", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(`  ${user.email.toUpperCase()} `);
    expect(jar.token).toBeTruthy();
  });

  it.each([
    ["a wrong password", "right-user", "not the password"],
    ["an unknown user", "nobody", TEST_PASSWORD],
  ])("refuses %s with UNAUTHORIZED invalid_credentials and creates no session", async (_label, who, password) => {
    const user = await createUser(t.db);
    const email = who === "nobody" ? `nobody.${Date.now()}@test.skridt` : user.email;
    const sessionsBefore = await t.db.session.count();
    const { caller, jar } = await callerFor(t.db, { ip: nextIp() });
    await expectTRPCError(caller.auth.signIn({ email, password }), "UNAUTHORIZED", "invalid_credentials");
    expect(jar.sets).toBe(0);
    expect(jar.token).toBeNull();
    expect(await t.db.session.count()).toBe(sessionsBefore);
    expect(await t.db.signInFailure.count({ where: { email } })).toBe(1);
  });

  it("throttles an account from an address after 5 failures there, even with the right password, across processes", async () => {
    const user = await createUser(t.db);
    const ip = nextIp();
    for (let i = 0; i < 5; i++) {
      const { caller } = await callerFor(t.db, { ip });
      await expectTRPCError(caller.auth.signIn({ email: user.email, password: `wrong-${i}` }), "UNAUTHORIZED", "invalid_credentials");
    }
    // A new context and caller, as another server process would build: the limit is in the database.
    // (From another address the right password works: security-throttle.integration.test.ts.)
    const other = await callerFor(t.db, { ip });
    await expectTRPCError(other.caller.auth.signIn({ email: user.email, password: TEST_PASSWORD }), "TOO_MANY_REQUESTS", "too_many_attempts");
    expect(other.jar.sets).toBe(0);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.signInFailure.count({ where: { email: user.email } })).toBeGreaterThanOrEqual(5);

    // Another account is not affected.
    const bystander = await createUser(t.db);
    await expect(signIn(bystander.email)).resolves.toMatchObject({ result: { ok: true } });
  });

  it("does not throttle after 4 failures, and a success clears the count", async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 4; i++) {
      const { caller } = await callerFor(t.db, { ip: nextIp() });
      await expectTRPCError(caller.auth.signIn({ email: user.email, password: `wrong-${i}` }), "UNAUTHORIZED");
    }
    await expect(signIn(user.email)).resolves.toMatchObject({ result: { ok: true } });
    expect(await t.db.signInFailure.count({ where: { email: user.email } })).toBe(0);
  });

  it("counts failures per account whatever the case of the e-mail address", async () => {
    const user = await createUser(t.db);
    const variants = [user.email.toUpperCase(), ` ${user.email}`, user.email, user.email.replace(/^./, (c) => c.toUpperCase()), user.email];
    const ip = nextIp();
    for (const email of variants) {
      const { caller } = await callerFor(t.db, { ip });
      await expectTRPCError(caller.auth.signIn({ email, password: "wrong password" }), "UNAUTHORIZED");
    }
    const { caller } = await callerFor(t.db, { ip });
    await expectTRPCError(caller.auth.signIn({ email: user.email, password: TEST_PASSWORD }), "TOO_MANY_REQUESTS");
  });

  it("throttles a network address after 30 failures, whichever accounts it tries", async () => {
    const ip = nextIp();
    for (let i = 0; i < 30; i++) {
      const { caller } = await callerFor(t.db, { ip });
      await expectTRPCError(caller.auth.signIn({ email: `guess${i}@test.skridt`, password: "guess" }), "UNAUTHORIZED");
    }
    const user = await createUser(t.db);
    const fromThere = await callerFor(t.db, { ip });
    await expectTRPCError(fromThere.caller.auth.signIn({ email: user.email, password: TEST_PASSWORD }), "TOO_MANY_REQUESTS");
    // The same account from another address is fine.
    await expect(signIn(user.email)).resolves.toMatchObject({ result: { ok: true } });
  });

  it("extends a session that is used, but never beyond the absolute maximum", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(user.email);
    const token = jar.token!;
    const where = { tokenHash: sha256(token) };
    const hour = 60 * 60 * 1000;
    // Used 10 minutes ago, about to expire: this use extends it.
    await t.db.session.updateMany({ where, data: { lastSeenAt: new Date(Date.now() - 10 * 60 * 1000), expiresAt: new Date(Date.now() + 60_000) } });
    await (await callerFor(t.db, { token })).caller.auth.me();
    const extended = await t.db.session.findFirstOrThrow({ where });
    expect(extended.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * hour);
    expect(extended.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Signed in almost 7 days ago: extended only up to 7 days after sign-in.
    const createdAt = new Date(Date.now() - 7 * 24 * hour + hour);
    await t.db.session.updateMany({ where, data: { createdAt, lastSeenAt: new Date(Date.now() - 10 * 60 * 1000), expiresAt: new Date(Date.now() + 60_000) } });
    await (await callerFor(t.db, { token })).caller.auth.me();
    const capped = await t.db.session.findFirstOrThrow({ where });
    expect(capped.expiresAt.getTime()).toBe(createdAt.getTime() + 7 * 24 * hour);
  });

  it("audits sign-ins without secrets", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(user.email);
    expect(await t.db.auditEvent.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);
    const all = await t.db.auditEvent.findMany();
    const text = JSON.stringify(all);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(jar.token!);
  });

  it("signs out: deletes the session, clears the cookie, and the token stops working", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(user.email);
    const token = jar.token!;
    const session = await callerFor(t.db, { token });
    await expect(session.caller.auth.signOut()).resolves.toEqual({ ok: true });
    expect(session.jar.clears).toBe(1);
    expect(await t.db.session.count({ where: { tokenHash: sha256(token) } })).toBe(0);
    const after = await callerFor(t.db, { token });
    expect(after.ctx.user).toBeNull();
    await expectTRPCError(after.caller.auth.me(), "UNAUTHORIZED", "not_signed_in");
  });

  it("refuses an expired session and removes it", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(user.email);
    const token = jar.token!;
    await t.db.session.updateMany({ where: { tokenHash: sha256(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { caller, ctx } = await callerFor(t.db, { token });
    expect(ctx.user).toBeNull();
    await expectTRPCError(caller.auth.me(), "UNAUTHORIZED", "not_signed_in");
    expect(await t.db.session.count({ where: { tokenHash: sha256(token) } })).toBe(0);
  });

  it("refuses a session older than the absolute maximum even if recently used", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(user.email);
    const token = jar.token!;
    await t.db.session.updateMany({
      where: { tokenHash: sha256(token) },
      data: { createdAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000), lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 60_000) },
    });
    await expectTRPCError((await callerFor(t.db, { token })).caller.auth.me(), "UNAUTHORIZED");
  });

  it("does not let a disabled user sign in, and ends their existing sessions", async () => {
    const disabled = await createUser(t.db, { disabled: true });
    const { caller, jar } = await callerFor(t.db, { ip: nextIp() });
    await expectTRPCError(caller.auth.signIn({ email: disabled.email, password: TEST_PASSWORD }), "UNAUTHORIZED", "invalid_credentials");
    expect(jar.sets).toBe(0);
    expect(await t.db.session.count({ where: { userId: disabled.id } })).toBe(0);

    const later = await createUser(t.db);
    const signedIn = await signIn(later.email);
    await t.db.user.update({ where: { id: later.id }, data: { disabledAt: new Date() } });
    await expectTRPCError((await callerFor(t.db, { token: signedIn.jar.token })).caller.auth.me(), "UNAUTHORIZED");
  });

  it("issues a new session at each sign-in and ends the one the browser held", async () => {
    const user = await createUser(t.db);
    const first = await signIn(user.email);
    const oldToken = first.jar.token!;
    const second = await signIn(user.email, TEST_PASSWORD, { token: oldToken });
    const newToken = second.jar.token!;
    expect(newToken).toBeTruthy();
    expect(newToken).not.toBe(oldToken);
    await expectTRPCError((await callerFor(t.db, { token: oldToken })).caller.auth.me(), "UNAUTHORIZED");
    await expect((await callerFor(t.db, { token: newToken })).caller.auth.me()).resolves.toMatchObject({ id: user.id });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("ignores an unknown session token", async () => {
    const { caller, ctx } = await callerFor(t.db, { token: "not-a-real-token-but-long-enough-to-look-like-one" });
    expect(ctx.user).toBeNull();
    expect(ctx.sessionToken).toBeNull();
    await expectTRPCError(caller.auth.me(), "UNAUTHORIZED");
  });

  it("rejects malformed sign-in input with BAD_REQUEST", async () => {
    const { caller } = await callerFor(t.db, { ip: nextIp() });
    await expectTRPCError(caller.auth.signIn({ email: "not an email", password: "x" }), "BAD_REQUEST");
    await expectTRPCError(caller.auth.signIn({ email: "a@b.dk", password: "x".repeat(201) }), "BAD_REQUEST");
  });

  it("sets the locale of the signed-in user", async () => {
    const user = await createUser(t.db);
    const { jar } = await signIn(user.email);
    const { caller } = await callerFor(t.db, { token: jar.token });
    await caller.auth.setLocale({ locale: "en" });
    // The next request reads the user afresh.
    expect((await (await callerFor(t.db, { token: jar.token })).caller.auth.me()).locale).toBe("en");
    await expectTRPCError(caller.auth.setLocale({ locale: "xx" as "en" }), "BAD_REQUEST");
  });
});
