// What the other HTTP tests leave out: headers and cookies behind a TLS-terminating proxy
// (HSTS and Secure cookies belong to https), and the server's log while participants answer:
// at the most verbose level it holds neither the answers nor the link tokens or short codes.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSurvey } from "@skridt/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, SESSION_COOKIE, type SkridtServer } from "../../apps/server/src/server";
import { createOrganisation, createUser, sha256, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";
import { createOpenSurveys, databaseUrl, startCliServer, trpcGet, trpcPost, type CliServer } from "../reliability/support/fixtures";

describe(`security headers behind a TLS proxy on ${engine}`, () => {
  let t: TestDatabase;
  let email: string;
  let webDir: string;
  const servers: SkridtServer[] = [];

  async function start(trustProxy: false | number) {
    const server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
    });
    servers.push(server);
    return { server, base: await server.start() };
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "TLS Org");
    email = (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).email;
    webDir = mkdtempSync(join(tmpdir(), "skridt-web-"));
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const signIn = (base: string, headers: Record<string, string>) => trpcPost(base, "auth.signIn", { email, password: TEST_PASSWORD }, headers);
  const cookieAttributes = (response: Response) =>
    (response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? "").split(";").map((p) => p.trim().toLowerCase());

  it("sends HSTS (180 days, subdomains) and a Secure session cookie when the proxy says https", async () => {
    const { base } = await start(1);
    const health = await fetch(`${base}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    const hsts = health.headers.get("strict-transport-security") ?? "";
    expect(hsts).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(hsts)![1])).toBeGreaterThanOrEqual(15552000);
    expect(hsts).toContain("includeSubDomains");
    const response = await signIn(base, { "x-forwarded-proto": "https" });
    expect(response.status).toBe(200);
    expect(cookieAttributes(response)).toContain("secure");
  });

  it("does not mark the cookie Secure on plain http, nor believe a forged X-Forwarded-Proto without TRUST_PROXY", async () => {
    const trusting = await start(1);
    expect(cookieAttributes(await signIn(trusting.base, {}))).not.toContain("secure");
    const plain = await start(false);
    const forged = await signIn(plain.base, { "x-forwarded-proto": "https" });
    expect(forged.status).toBe(200);
    expect(cookieAttributes(forged)).not.toContain("secure");
  });

  it("keeps the other headers with the proxy too: CSP without inline script, frame-ancestors none, nosniff", async () => {
    const { base } = await start(1);
    const response = await fetch(`${base}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|sha256-/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe(`no answers, links or codes in the server log on ${engine}`, () => {
  let t: TestDatabase;
  let server: CliServer;
  let dataDir: string;
  const secret = `Min hemmelige bemærkning ${randomBytes(6).toString("hex")}`;
  const badValue = `ugyldig-${randomBytes(6).toString("hex")}`;
  let start: { token: string; shortCode: string };
  let end: { token: string; shortCode: string };

  beforeAll(async () => {
    t = await createTestDatabase();
    const { surveys } = await createOpenSurveys(t.db, 1, "Log answers");
    start = surveys[0]!;
    end = await createSurvey(t.db, { participantId: surveys[0]!.participantId, occasion: "end", mode: "self", createdById: null });
    dataDir = mkdtempSync(join(tmpdir(), "skridt-logs-"));
    server = await startCliServer({ DATABASE_URL: databaseUrl(t.config), DATA_DIR: dataDir, LOG_LEVEL: "trace" });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("logs the saves, but not the answers, the link tokens or the short codes", async () => {
    const save = (credential: Record<string, string>, instrumentId: string, itemId: string, value: unknown, n: number) =>
      trpcPost(server.base, "take.saveAnswer", {
        ...credential,
        instrumentId,
        itemId,
        value,
        clientMutationId: `log-test-${n}`,
        answeredAt: new Date().toISOString(),
      });

    expect((await save({ token: start.token }, "baggrund", "foedselsaar", 1987, 1)).status).toBe(200);
    expect((await save({ code: start.shortCode }, "who5", "who5_1", 4, 2)).status).toBe(200);
    expect((await save({ token: end.token }, "tilfredshed", "bemaerkninger", secret, 3)).status).toBe(200);
    // Refused saves are logged as refusals: still without the value that was refused.
    expect((await save({ token: end.token }, "tilfredshed", "samlet_effekt", badValue, 4)).status).toBe(400);
    expect((await save({ token: end.token }, "tilfredshed", "no_such_item", badValue, 5)).status).toBe(400);
    expect((await trpcGet(server.base, "take.open", { token: end.token })).status).toBe(200);
    const stored = await t.db.answer.findMany({ where: { itemId: { in: ["bemaerkninger", "foedselsaar"] } }, select: { value: true } });
    expect(stored.map((a) => JSON.parse(a.value) as unknown).sort()).toEqual([1987, secret].sort());

    for (let i = 0; i < 100 && !server.output().includes("/trpc/take.open"); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const output = server.output();
    // The capture works: the requests and the refusals are in it...
    expect(output).toContain("/trpc/take.saveAnswer");
    expect(output).toContain("procedure refused");
    // ...and what the participant wrote, and what opens their questionnaire, is not.
    for (const forbidden of [secret, badValue, "1987", start.token, end.token, start.shortCode, end.shortCode, start.shortCode.replace("-", "")]) {
      expect(output, `the log contains ${forbidden}`).not.toContain(forbidden);
    }
  });

  it("keeps link tokens, typed short codes and invitation tokens out of the request log (issue 11, item 5)", async () => {
    const invitationToken = randomBytes(32).toString("base64url");
    const org = await createOrganisation(t.db, "Log invitations");
    const admin = await createUser(t.db, { roles: [{ organisationId: org.id, role: "admin" }] });
    await t.db.invitation.create({
      data: {
        organisationId: org.id,
        email: "invited@log.test",
        name: "Invited",
        role: "mentor",
        tokenHash: sha256(invitationToken),
        invitedById: admin.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const typed = end.shortCode.toLowerCase().replace("-", "");
    const page = (path: string) => fetch(`${server.base}${path}`, { headers: { accept: "text/html" } });
    // The participant's personal link, a code typed into the address (both spellings), the
    // staff invitation page, and the same paths with a query and a trailing asset-like suffix.
    await page(`/a/${start.token}`);
    await page(`/a/${start.token}?utm=x`);
    await page(`/a/${end.shortCode}`);
    await page(`/a/${typed}`);
    await page(`/staff/invitation/${invitationToken}`);
    await page(`/staff/invitation/${invitationToken}/`);
    expect((await trpcGet(server.base, "auth.invitation", { token: invitationToken })).status).toBe(200);
    // A short code typed on the front page travels in the body; a broken body must not echo it.
    await fetch(`${server.base}/trpc/take.saveAnswer`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.base },
      body: `{"code":"${end.shortCode}","token":"${start.token}","invitation":"${invitationToken}",`,
    });
    // A parse error's message quotes the start of the body (V8: Unexpected token ..., "{"code":...").
    await fetch(`${server.base}/trpc/take.open`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.base },
      body: `{"code":"${typed}" x}`,
    });
    await fetch(`${server.base}/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ code: typed }))}`);
    await page("/log-marker-after-links");

    for (let i = 0; i < 100 && !server.output().includes("/log-marker-after-links"); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const output = server.output();
    expect(output).toContain("/log-marker-after-links");
    // The requests are there, with the secret part replaced...
    expect(output).toContain("/a/[redacted]");
    expect(output).toContain("/staff/invitation/[redacted]");
    // ...and no token or code in any spelling.
    const spellings = [start.token, end.shortCode, end.shortCode.replace("-", ""), typed, typed.toUpperCase(), invitationToken];
    for (const forbidden of spellings) expect(output, `the log contains ${forbidden}`).not.toContain(forbidden);
    expect(output.toLowerCase()).not.toContain(typed);
  });
});
