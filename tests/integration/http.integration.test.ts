// The HTTP layer as a browser meets it: the real Fastify server on a random port, over fetch.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, SESSION_COOKIE, type SkridtServer } from "../../apps/server/src/server";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`HTTP server on ${engine}`, () => {
  let t: TestDatabase;
  let server: SkridtServer;
  let base: string;
  let email: string;
  let webDir: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "HTTP Org");
    email = (await createUser(t.db, { roles: [{ organisationId: org.id, role: "admin" }] })).email;
    webDir = mkdtempSync(join(tmpdir(), "skridt-web-"));
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
    });
    base = await server.start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  function sessionCookie(response: Response): string | undefined {
    return response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  }

  it("answers /healthz with 200 and the engine", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", engine });
  });

  it("tells browsers and proxies never to store an API answer (names, answers), refusals included (issue 11, item 7)", async () => {
    const signIn = await post("/trpc/auth.signIn", { email, password: TEST_PASSWORD });
    const cookie = sessionCookie(signIn)!.split(";")[0]!;
    const answers = [
      signIn,
      await fetch(`${base}/trpc/auth.me`, { headers: { cookie } }),
      await fetch(`${base}/trpc/auth.me`),
      await fetch(`${base}/trpc/participant.list?input=${encodeURIComponent(JSON.stringify({ organisationId: "x" }))}`, { headers: { cookie } }),
      await fetch(`${base}/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ code: "ZZZZ-ZZZZ" }))}`),
      await fetch(`${base}/trpc/auth.me,auth.me?batch=1&input={}`, { headers: { cookie } }),
    ];
    for (const response of answers) expect(response.headers.get("cache-control"), response.url).toBe("no-store");
  });

  it("sends strict security headers", async () => {
    const response = await fetch(`${base}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("sends the security headers on errors too", async () => {
    const response = await fetch(`${base}/trpc/auth.me`);
    expect(response.status).toBe(401);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("signs in over HTTP with an HttpOnly, SameSite=Lax session cookie that then works", async () => {
    const response = await post("/trpc/auth.signIn", { email, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie).toBeDefined();
    const attributes = cookie!.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    expect(attributes.some((a) => a.startsWith("expires="))).toBe(true);

    const pair = cookie!.split(";")[0]!;
    const me = await fetch(`${base}/trpc/auth.me`, { headers: { cookie: pair } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { result: { data: { email: string } } }).result.data.email).toBe(email);

    const out = await post("/trpc/auth.signOut", {}, { cookie: pair });
    expect(out.status).toBe(200);
    expect(sessionCookie(out)).toMatch(/expires=Thu, 01 Jan 1970/i);
    expect((await fetch(`${base}/trpc/auth.me`, { headers: { cookie: pair } })).status).toBe(401);
  });

  it("refuses a sign-in posted from another site with 403 and sets no cookie", async () => {
    const sessions = await t.db.session.count();
    const response = await post("/trpc/auth.signIn", { email, password: TEST_PASSWORD }, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(sessionCookie(response)).toBeUndefined();
    expect(await t.db.session.count()).toBe(sessions);
  });

  it("refuses an opaque (null) Origin with 403", async () => {
    const response = await post("/trpc/auth.signIn", { email, password: TEST_PASSWORD }, { origin: "null" });
    expect(response.status).toBe(403);
    expect(sessionCookie(response)).toBeUndefined();
  });

  it("does not run a mutation sent as a GET (no state change through links or images)", async () => {
    const input = encodeURIComponent(JSON.stringify({ email, password: TEST_PASSWORD }));
    const response = await fetch(`${base}/trpc/auth.signIn?input=${input}`);
    expect(response.status).toBe(405);
    expect(sessionCookie(response)).toBeUndefined();
  });

  it("refuses a state change with a non-JSON content type with 403", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await post("/trpc/auth.signIn", JSON.stringify({ email, password: TEST_PASSWORD }), { "content-type": contentType });
      expect(response.status, contentType).toBe(403);
      expect(sessionCookie(response), contentType).toBeUndefined();
    }
  });

  it("refuses a body over 256 KB with 413 and stays up", async () => {
    const response = await post("/trpc/auth.signIn", { email, password: "x".repeat(300 * 1024) });
    expect(response.status).toBe(413);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const signIn = await post("/trpc/auth.signIn", { email, password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
  });

  it("answers a wrong password with 401 invalid_credentials", async () => {
    const response = await post("/trpc/auth.signIn", { email, password: "definitely-wrong-password" });
    expect(response.status).toBe(401);
    expect(sessionCookie(response)).toBeUndefined();
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.message).toBe("invalid_credentials");
    expect(body.error.data.code).toBe("UNAUTHORIZED");
    expect(JSON.stringify(body)).not.toContain("stack");
  });

  it("counts a failure against the connecting address, not a forged X-Forwarded-For", async () => {
    const response = await post("/trpc/auth.signIn", { email, password: "another-wrong-password" }, { "x-forwarded-for": "203.0.113.77" });
    expect(response.status).toBe(401);
    const failures = await t.db.signInFailure.findMany({ where: { email }, select: { ip: true } });
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.map((f) => f.ip)).not.toContain("203.0.113.77");
  });

  it("answers validation errors with 400 and field issues, without echoing the input", async () => {
    const response = await post("/trpc/auth.signIn", { email: "not-an-email", password: "secret-in-body" });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain("secret-in-body");
    const body = JSON.parse(text) as { error: { data: { issues: { path: string[] }[] } } };
    expect(body.error.data.issues.map((i) => i.path.join("."))).toContain("email");
  });

  it("answers an unknown path with 404", async () => {
    expect((await fetch(`${base}/trpc/nothing.here`)).status).toBe(404);
    expect((await fetch(`${base}/no-such-page.js`)).status).toBe(404);
  });
});
