// Single sign-on against a real OpenID provider (oidc-provider, started here) and the real Skridt
// server: the person signs in at the provider's own login and consent pages, and Skridt matches
// them to an invitation or a user, or refuses them; sessions follow the same rules as password
// sessions; the provider's back-channel logout ends them.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, SESSION_COOKIE, type SkridtServer } from "../../apps/server/src/server";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/api";
import { httpBrowser, startOidcProvider, type HttpBrowser, type OidcTestProvider } from "../support/oidc-test-provider";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

describe(`single sign-on (OpenID Connect) on ${engine}`, () => {
  let t: TestDatabase;
  let idp: OidcTestProvider;
  let server: SkridtServer;
  let base: string;
  let host: string;
  let webDir: string;
  let organisationId: string;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    organisationId = (await createOrganisation(t.db, "SSO Kommune")).id;
    idp = await startOidcProvider();
    webDir = mkdtempSync(join(tmpdir(), "skridt-sso-web-"));
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
      sso: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, allowedDomains: ["kommune.test"], label: "Test Kommune" },
    });
    base = await server.start();
    host = new URL(base).hostname;
    idp.registerClient(base);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await idp?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** A provider account with a fresh login name; the e-mail is at kommune.test unless given. */
  function account(opts: { email?: string; verified?: boolean } = {}) {
    counter++;
    const login = `person${counter}-${randomBytes(3).toString("hex")}`;
    const email = opts.email ?? `${login}@kommune.test`;
    idp.addAccount(login, { password: "provider-pass", email, emailVerified: opts.verified ?? true, name: `Person ${counter}` });
    return { login, email };
  }

  async function invite(email: string, role = "mentor", name = "Invited Person") {
    const admin = await createUser(t.db, { roles: [{ organisationId, role: "admin" }] });
    return t.db.invitation.create({
      data: {
        organisationId,
        email,
        name,
        role,
        tokenHash: sha256(randomBytes(16).toString("hex")),
        invitedById: admin.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
  }

  /** Starts sign-in at Skridt and stops where the provider's login page is shown. */
  async function startAtSkridt(browser: HttpBrowser, from?: string) {
    const atProvider = await browser.follow(`${base}/auth/sso/start${from ? `?from=${encodeURIComponent(from)}` : ""}`);
    expect(atProvider.response.status).toBe(200);
    expect(new URL(atProvider.url).origin).toBe(idp.issuer);
    expect(await atProvider.response.text()).toContain("Sign in at the provider");
    return atProvider.url;
  }

  /** Logs in and consents at the provider; returns the URL of Skridt's callback the provider sends the browser to. */
  async function atProvider(browser: HttpBrowser, loginPage: string, login: string) {
    const isCallback = (url: URL) => url.origin === base && url.pathname === "/auth/sso/callback";
    let step = await browser.follow(`${loginPage}/login`, { method: "POST", form: { login, password: "provider-pass" } }, isCallback);
    if (!step.arrived) {
      expect(await step.response.text()).toContain("Allow");
      step = await browser.follow(`${step.url}/confirm`, { method: "POST" }, isCallback);
    }
    expect(step.arrived).toBe(true);
    return step.url;
  }

  /** The whole sign-in; returns where Skridt sent the browser at the end. */
  async function signIn(browser: HttpBrowser, login: string, from?: string) {
    const callback = await atProvider(browser, await startAtSkridt(browser, from), login);
    const landed = await browser.request(callback);
    expect(landed.status).toBe(303);
    return landed.headers.get("location")!;
  }

  async function me(browser: HttpBrowser) {
    const response = await browser.request(`${base}/trpc/auth.me`);
    return response.status === 200
      ? ((await response.json()) as { result: { data: { id: string; email: string; organisations: { roles: string[] }[] } } }).result.data
      : null;
  }

  async function refusals(reason: string) {
    return t.db.auditEvent.count({ where: { action: "auth.sso_refused", detail: { contains: `"reason":"${reason}"` } } });
  }

  it("signs a person with a pending invitation in as a new user with the invitation's organisation and role, in Skridt's own session", async () => {
    const person = account();
    const invitation = await invite(person.email, "evaluator", "Eva Invited");
    const browser = httpBrowser();
    const landed = await signIn(browser, person.login, "/evaluation");
    expect(landed).toBe("/staff/evaluation");

    const user = await t.db.user.findUniqueOrThrow({ where: { email: person.email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Eva Invited", oidcIssuer: idp.issuer, oidcSubject: person.login });
    expect(user.memberships.map((m) => [m.organisationId, m.role])).toEqual([[organisationId, "evaluator"]]);
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
    // The session is a database session like a password one, marked as single sign-on with the provider's sid.
    const token = browser.cookie(host, SESSION_COOKIE)!;
    const session = await t.db.session.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(session).toMatchObject({ userId: user.id, signedInWith: "sso" });
    expect(session.oidcSid).toBeTruthy();
    expect(await me(browser)).toMatchObject({ id: user.id, email: person.email, organisations: [{ roles: ["evaluator"] }] });
    // The flow's secrets are gone, and the audit log says what happened without any token.
    expect(browser.cookie(host, "skridt_sso")).toBeUndefined();
    const events = await t.db.auditEvent.findMany({ where: { actorId: user.id } });
    expect(events.map((e) => e.action).sort()).toEqual(["auth.sso_sign_in", "user.accept_invitation"]);
    for (const event of events) expect(event.detail).not.toContain(token);

    // Next time the person is found by the provider's subject, with no invitation needed.
    const again = httpBrowser();
    expect(await signIn(again, person.login)).toBe("/staff/");
    expect((await me(again))?.id).toBe(user.id);
    expect(await t.db.user.count({ where: { email: person.email } })).toBe(1);
  });

  it("links an existing password user by verified e-mail the first time, then by subject only", async () => {
    const person = account();
    const user = await createUser(t.db, { email: person.email, roles: [{ organisationId, role: "mentor" }] });
    const browser = httpBrowser();
    expect(await signIn(browser, person.login)).toBe("/staff/");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcIssuer: idp.issuer, oidcSubject: person.login });
    expect((await me(browser))?.id).toBe(user.id);

    // Another provider account claiming the same address does not get this user.
    const impostor = account({ email: person.email });
    const other = httpBrowser();
    expect(await signIn(other, impostor.login)).toBe("/staff/sign-in?sso=subject_mismatch");
    expect(await me(other)).toBeNull();
  });

  it.each([
    ["an unverified e-mail", { verified: false }, true, "email_not_verified"],
    ["a verified e-mail without invitation or user", {}, false, "no_account"],
    ["an e-mail outside the allowed domains", { domain: "elsewhere.test" }, true, "domain_not_allowed"],
  ] as const)("refuses %s with a reason on the sign-in page, audited, and creates no account", async (_label, opts, invited, reason) => {
    const login = `x${++counter}`;
    const email = `${login}@${"domain" in opts ? opts.domain : "kommune.test"}`;
    const person = account({ email, verified: "verified" in opts ? opts.verified : true });
    if (invited) await invite(email);
    const before = await refusals(reason);
    const browser = httpBrowser();
    expect(await signIn(browser, person.login)).toBe(`/staff/sign-in?sso=${reason}`);
    expect(await t.db.user.count({ where: { email } })).toBe(0);
    expect(browser.cookie(host, SESSION_COOKIE)).toBeUndefined();
    expect(await refusals(reason)).toBe(before + 1);
  });

  it("refuses a deactivated user", async () => {
    const person = account();
    await createUser(t.db, { email: person.email, disabled: true, roles: [{ organisationId, role: "mentor" }] });
    const browser = httpBrowser();
    expect(await signIn(browser, person.login)).toBe("/staff/sign-in?sso=account_disabled");
    expect(browser.cookie(host, SESSION_COOKIE)).toBeUndefined();
  });

  it("refuses a callback whose state is not this browser's (login CSRF), a tampered nonce, and a missing flow cookie", async () => {
    const person = account();
    await invite(person.email);
    // The attacker's callback (their code and state) opened in the victim's browser.
    const attacker = httpBrowser();
    const attackerCallback = await atProvider(attacker, await startAtSkridt(attacker), person.login);
    const victim = httpBrowser();
    await startAtSkridt(victim);
    const refused = await victim.request(attackerCallback);
    expect(refused.headers.get("location")).toBe("/staff/sign-in?sso=state_mismatch");
    expect(victim.cookie(host, SESSION_COOKIE)).toBeUndefined();

    // The right state but another nonce: the ID token's nonce does not match.
    const browser = httpBrowser();
    const loginPage = await startAtSkridt(browser);
    const flow = JSON.parse(Buffer.from(browser.cookie(host, "skridt_sso")!, "base64url").toString("utf8")) as Record<string, unknown>;
    const callback = await atProvider(browser, loginPage, person.login);
    browser.setCookie(host, "skridt_sso", Buffer.from(JSON.stringify({ ...flow, nonce: "not-the-nonce" })).toString("base64url"));
    expect((await browser.request(callback)).headers.get("location")).toBe("/staff/sign-in?sso=nonce_mismatch");

    // No flow cookie at all (expired, or another browser).
    const late = httpBrowser();
    const lateCallback = await atProvider(late, await startAtSkridt(late), person.login);
    late.deleteCookie(host, "skridt_sso");
    expect((await late.request(lateCallback)).headers.get("location")).toBe("/staff/sign-in?sso=flow_expired");
    expect(await t.db.user.count({ where: { email: person.email } })).toBe(0);
  });

  it("sends a cancelled sign-in back with 'cancelled'", async () => {
    const browser = httpBrowser();
    const loginPage = await startAtSkridt(browser);
    const back = await browser.follow(`${loginPage}/abort`, { method: "POST" }, (url) => url.origin === base);
    expect(back.arrived).toBe(true);
    expect((await browser.request(back.url)).headers.get("location")).toBe("/staff/sign-in?sso=cancelled");
  });

  it("keeps the session rules: a fresh session replaces the browser's earlier one, idle expiry, CSRF refusal", async () => {
    const person = account();
    const user = await createUser(t.db, { email: person.email, roles: [{ organisationId, role: "mentor" }] });
    const browser = httpBrowser();
    // Signed in with the password first...
    const viaPassword = await fetch(`${base}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: person.email, password: TEST_PASSWORD }),
    });
    const passwordToken = /skridt_session=([^;]+)/.exec(viaPassword.headers.getSetCookie().join("\n"))![1]!;
    browser.setCookie(host, SESSION_COOKIE, passwordToken);
    // ...then through the provider: the old session is ended, a new token is issued.
    await signIn(browser, person.login);
    const ssoToken = browser.cookie(host, SESSION_COOKIE)!;
    expect(ssoToken).not.toBe(passwordToken);
    expect(await t.db.session.count({ where: { tokenHash: sha256(passwordToken) } })).toBe(0);
    expect((await me(browser))?.id).toBe(user.id);

    // A state change from another site is refused for single sign-on sessions too.
    const crossSite = await browser.request(`${base}/trpc/auth.setLocale`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);

    // Idle for too long: the session has ended.
    await t.db.session.updateMany({ where: { tokenHash: sha256(ssoToken) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await me(browser)).toBeNull();
    expect(await t.db.session.count({ where: { tokenHash: sha256(ssoToken) } })).toBe(0);
  });

  it("ends the Skridt session when the person signs out at the provider (back-channel logout), and only that one", async () => {
    const person = account();
    const user = await createUser(t.db, { email: person.email, roles: [{ organisationId, role: "mentor" }] });
    const browser = httpBrowser();
    await signIn(browser, person.login);
    const passwordSession = await fetch(`${base}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: person.email, password: TEST_PASSWORD }),
    });
    expect(passwordSession.status).toBe(200);
    expect(await me(browser)).not.toBeNull();

    // Sign-out at the provider itself (not through Skridt): it asks, the person confirms.
    const results = idp.backchannelResults.length;
    const confirmPage = await browser.follow(`${idp.issuer}/session/end?client_id=${idp.clientId}`);
    const html = await confirmPage.response.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    await browser.follow(`${idp.issuer}/session/end/confirm`, { method: "POST", form: { xsrf, logout: "yes" } });
    expect(idp.backchannelResults.slice(results)).toEqual([{ ok: true }]);

    expect(await me(browser)).toBeNull();
    expect(await t.db.session.count({ where: { userId: user.id, signedInWith: "sso" } })).toBe(0);
    // The password session elsewhere is not the provider's to end.
    expect(await t.db.session.count({ where: { userId: user.id, signedInWith: "password" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "auth.sso_logout", targetId: user.id } })).toBe(1);
  });

  it("refuses a forged logout token", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "test-key" })).toString("base64url");
    const payload = Buffer.from(
      JSON.stringify({
        iss: idp.issuer,
        aud: idp.clientId,
        iat: Math.floor(Date.now() / 1000),
        sub: "anyone",
        events: { "http://schemas.openid.net/event/backchannel-logout": {} },
      }),
    ).toString("base64url");
    const response = await fetch(`${base}/auth/sso/backchannel-logout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ logout_token: `${header}.${payload}.${Buffer.from("forged").toString("base64url")}` }).toString(),
    });
    expect(response.status).toBe(400);
  });

  it("sign-out of a single sign-on session ends it and sends the browser to the provider's end-session page", async () => {
    const person = account();
    await createUser(t.db, { email: person.email, roles: [{ organisationId, role: "mentor" }] });
    const browser = httpBrowser();
    await signIn(browser, person.login);
    const out = await browser.request(`${base}/trpc/auth.signOut`, { method: "POST", headers: { "content-type": "application/json", origin: base } });
    const body = (await out.json()) as { result: { data: { ok: true; redirectTo: string } } };
    const redirectTo = new URL(body.result.data.redirectTo);
    expect(redirectTo.origin).toBe(idp.issuer);
    expect(redirectTo.searchParams.get("post_logout_redirect_uri")).toBe(`${base}/staff/sign-in`);
    expect(redirectTo.searchParams.get("client_id")).toBe(idp.clientId);
    expect(await me(browser)).toBeNull();
  });
});

describe(`password sign-in switched off on ${engine}`, () => {
  let t: TestDatabase;
  let server: SkridtServer;
  let base: string;
  let webDir: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    webDir = mkdtempSync(join(tmpdir(), "skridt-sso-web-"));
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
      // The provider need not answer for the password refusal (discovery happens at the first sign-in).
      sso: { issuer: "http://localhost:9", clientId: "c", clientSecret: "s", allowedDomains: ["kommune.test"], label: "Test Kommune" },
      passwordSignIn: false,
    });
    base = await server.start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it("refuses the right password without checking it, and tells the page there is only single sign-on", async () => {
    const organisation = await createOrganisation(t.db, "No Passwords");
    const user = await createUser(t.db, { roles: [{ organisationId: organisation.id, role: "admin" }] });
    const response = await fetch(`${base}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).toContain("password_sign_in_disabled");
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await t.db.session.count()).toBe(0);
    expect(await t.db.signInFailure.count()).toBe(0);

    const methods = (await (await fetch(`${base}/trpc/auth.methods`)).json()) as { result: { data: unknown } };
    expect(methods.result.data).toEqual({ password: false, sso: { label: "Test Kommune" } });
  });

  it("sends the browser back with 'provider_unavailable' when the provider cannot be reached", async () => {
    const response = await fetch(`${base}/auth/sso/start`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/staff/sign-in?sso=provider_unavailable");
  });
});
