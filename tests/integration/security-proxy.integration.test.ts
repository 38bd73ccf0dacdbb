// Issue 11, item 6: behind a proxy, the client's address comes from X-Forwarded-For, which the
// client can write itself. TRUST_PROXY therefore takes how many proxies there are (or their
// addresses), never a blanket "true": only the entries those proxies appended are believed.
// Here the test is the proxy (it connects from 127.0.0.1) and appends the real client address
// after whatever the client forged; a client rotating the forged part must still be throttled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenSurveys, databaseUrl, startCliServer, trpcGet, trpcPost, type CliServer } from "../reliability/support/fixtures";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const CLIENT = "203.0.113.50";

describe(`TRUST_PROXY as a hop count or the proxies' addresses on ${engine}`, () => {
  let t: TestDatabase;
  const servers: CliServer[] = [];
  let email: string;
  let realCode: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Proxy org");
    email = (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).email;
    realCode = (await createOpenSurveys(t.db, 1, "Proxy")).surveys[0]!.shortCode;
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await t?.cleanup();
  }, 60_000);

  async function start(trustProxy: string) {
    const server = await startCliServer({ DATABASE_URL: databaseUrl(t.config), DATA_DIR: "/nonexistent-skridt-data", TRUST_PROXY: trustProxy });
    servers.push(server);
    return server;
  }

  /** A request as the proxy forwards it: the client's forged header, then the address the proxy saw. */
  const forwarded = (i: number) => ({ "x-forwarded-for": `10.${i % 250}.${(i * 7) % 250}.${i % 199}, ${CLIENT}` });

  it.each(["1", "127.0.0.1", "127.0.0.1/8, ::1"])("TRUST_PROXY=%s: rotating forged addresses do not escape the short-code limit", async (setting) => {
    await t.db.signInFailure.deleteMany({});
    const server = await start(setting);
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) {
      const response = await trpcGet(server.base, "take.open", { code: `ZZZZ-ZZ${String(i).padStart(2, "2")}` }, forwarded(i));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429]);
    // Every guess is counted against the address the proxy saw, none against a forged one.
    const addresses = await t.db.signInFailure.groupBy({ by: ["ip"], _count: { _all: true } });
    expect(addresses.map((a) => a.ip)).toEqual([CLIENT]);
    // The real code from that address waits too; from another client it works.
    expect((await trpcGet(server.base, "take.open", { code: realCode }, forwarded(99))).status).toBe(429);
    expect((await trpcGet(server.base, "take.open", { code: realCode }, { "x-forwarded-for": "198.51.100.1" })).status).toBe(200);
  });

  it("records the proxy-seen address, not the forged one, in the audit log", async () => {
    await t.db.signInFailure.deleteMany({});
    const server = await start("1");
    const response = await trpcPost(server.base, "auth.signIn", { email, password: TEST_PASSWORD }, { "x-forwarded-for": `6.6.6.6, ${CLIENT}` });
    expect(response.status).toBe(200);
    const row = await t.db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" }, orderBy: { at: "desc" } });
    expect(row.ip).toBe(CLIENT);
  });

  it("refuses to start with TRUST_PROXY=true, saying what to give instead", async () => {
    await expect(start("true")).rejects.toThrow(/TRUST_PROXY/);
  });
});
