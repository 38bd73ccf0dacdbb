// Two server processes (the real CLI) on one database, requests alternating between them, as
// behind a load balancer: a session made on one works on the other, signing out on one ends
// it on both, and sign-in throttling counts failures across both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";
import { databaseUrl, startCliServer, trpcGet, trpcPost, type CliServer } from "../reliability/support/fixtures";

describe(`two server processes on one ${engine} database`, () => {
  let t: TestDatabase;
  let a: CliServer;
  let b: CliServer;
  let email: string;
  let victim: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Two processes");
    email = (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).email;
    victim = (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).email;
    const env = { DATABASE_URL: databaseUrl(t.config), DATA_DIR: "/nonexistent-skridt-data" };
    [a, b] = await Promise.all([startCliServer(env), startCliServer(env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.cleanup();
  });

  it("runs as two processes on two ports", () => {
    expect(a.base).not.toBe(b.base);
    expect(a.child.pid).not.toBe(b.child.pid);
  });

  it("accepts on B a session made on A, and a sign-out on B ends it on A", async () => {
    const signIn = await trpcPost(a.base, "auth.signIn", { email, password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
    for (const server of [b, a, b]) {
      const me = await trpcGet(server.base, "auth.me", undefined, { cookie });
      expect(me.status, server.base).toBe(200);
      expect(((await me.json()) as { result: { data: { email: string } } }).result.data.email).toBe(email);
    }
    expect((await trpcPost(b.base, "auth.signOut", {}, { cookie })).status).toBe(200);
    expect((await trpcGet(a.base, "auth.me", undefined, { cookie })).status).toBe(401);
  });

  it("throttles an account after 5 failures alternating between A and B, on both", async () => {
    for (let i = 0; i < 5; i++) {
      const server = i % 2 === 0 ? a : b;
      const response = await trpcPost(server.base, "auth.signIn", { email: victim, password: `wrong-password-${i}` });
      expect(response.status, `failure ${i + 1} on ${server.base}`).toBe(401);
    }
    for (const server of [b, a]) {
      // Even the right password is refused now, on either process.
      const response = await trpcPost(server.base, "auth.signIn", { email: victim, password: TEST_PASSWORD });
      expect(response.status, server.base).toBe(429);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe("too_many_attempts");
    }
  });
});
