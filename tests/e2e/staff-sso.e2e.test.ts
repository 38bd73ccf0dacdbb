import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveDbConfig } from "@skridt/db";
import { createServer, type SkridtServer } from "@skridt/server";
import { webAppDirs } from "@skridt/server/env";
import { seedDemo } from "@skridt/server/seed";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { launchChromium } from "../support/browser";
import { startOidcProvider, type OidcTestProvider } from "../support/oidc-test-provider";

// Single sign-on in a real browser: the staff sign-in page offers "Log ind med <provider>", the
// browser goes through the provider's own login and consent pages (a real OpenID provider,
// started here) and lands in the staff app signed in as the invited person, with the
// invitation's role. Skridt's pages are axe clean at 390 and 1366 px.
describe("staff single sign-on through the organisation's provider", () => {
  let idp: OidcTestProvider;
  let server: SkridtServer;
  let url: string;
  let dataDir: string;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    idp = await startOidcProvider({
      "ny.mentor": { password: "provider-pass", email: "ny.mentor@kommune.test", emailVerified: true, name: "Nina Ny" },
      ukendt: { password: "provider-pass", email: "ukendt@kommune.test", emailVerified: true, name: "Ukendt Person" },
    });
    dataDir = mkdtempSync(join(tmpdir(), "skridt-e2e-sso-"));
    server = await createServer({
      db: resolveDbConfig({ dataDir }),
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "warn",
      webAppDirs,
      sso: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, allowedDomains: ["kommune.test"], label: "Test Kommune" },
      afterMigrate: async (db) => {
        await seedDemo(db);
      },
    });
    url = await server.start();
    idp.registerClient(url);
    // An administrator invited Nina as a mentor in their organisation.
    const admin = await server.db.user.findUniqueOrThrow({ where: { email: "admin@skridt.demo" }, include: { memberships: true } });
    await server.db.invitation.create({
      data: {
        organisationId: admin.memberships[0]!.organisationId,
        email: "ny.mentor@kommune.test",
        name: "Nina Ny",
        role: "mentor",
        tokenHash: createHash("sha256").update(randomBytes(16)).digest("hex"),
        invitedById: admin.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await idp?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function newPage(width: number): Promise<Page> {
    const context = await browser.newContext({ locale: "da-DK", viewport: { width, height: 900 } });
    const page = await context.newPage();
    // Skridt's pages only: the test provider's pages are not ours (it has no favicon, for one).
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && !message.location().url.startsWith(idp.issuer)) pageErrors.push(`${message.text()} at ${message.location().url}`);
    });
    return page;
  }

  async function throughProvider(page: Page, login: string) {
    await page.getByRole("link", { name: "Log ind med Test Kommune" }).click();
    // The provider's own pages: its login, then its consent.
    await page.getByRole("heading", { name: "Test provider: sign in" }).waitFor();
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.getByLabel("Username").fill(login);
    await page.getByLabel("Password").fill("provider-pass");
    await page.getByRole("button", { name: "Sign in at the provider" }).click();
    const consent = page.getByRole("heading", { name: "Test provider: allow access" });
    const landed = page.getByRole("link", { name: "Mine deltagere" });
    const signInAgain = page.getByRole("heading", { name: "Log ind", level: 1 });
    await consent.or(landed).or(signInAgain).first().waitFor();
    if (await consent.isVisible()) await page.getByRole("button", { name: "Allow" }).click();
  }

  it.each([390, 1366])("signs the invited mentor in through the provider at %i px", async (width) => {
    const page = await newPage(width);
    await page.goto(`${url}/staff/sign-in`);
    await page.getByRole("heading", { name: "Log ind", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Log ind med Test Kommune" }).waitFor();
    // Password sign-in is still on here: its form is offered below the provider's button.
    await page.getByLabel("Adgangskode").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await page.screenshot({ path: `/tmp/skridt-sso-sign-in-${width}.png`, fullPage: true });

    await throughProvider(page, "ny.mentor");
    // Back in Skridt, signed in as Nina with the invitation's role (the mentor's caseload).
    await page.getByRole("link", { name: "Mine deltagere" }).waitFor();
    expect(new URL(page.url()).origin).toBe(url);
    await page.getByText("Nina Ny", { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await page.screenshot({ path: `/tmp/skridt-sso-landed-${width}.png`, fullPage: true });

    const nina = await server.db.user.findUniqueOrThrow({ where: { email: "ny.mentor@kommune.test" }, include: { memberships: true } });
    expect(nina.memberships.map((m) => m.role)).toEqual(["mentor"]);
    const sessions = await server.db.session.count({ where: { userId: nina.id, signedInWith: "sso" } });
    expect(sessions).toBeGreaterThan(0);

    // Signing out ends Skridt's session and the provider's (it asks first), then comes back to sign-in.
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await page.getByRole("heading", { name: "Log ind", level: 1 }).waitFor();
    expect(new URL(page.url()).origin).toBe(url);
    expect(await server.db.session.count({ where: { userId: nina.id, signedInWith: "sso" } })).toBe(sessions - 1);
    await page.context().close();
  });

  it("tells a person without invitation why at 390 px, in Danish, and creates no account", async () => {
    const page = await newPage(390);
    await page.goto(`${url}/staff/sign-in`);
    await throughProvider(page, "ukendt");
    await page.getByRole("heading", { name: "Log ind", level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Du har ikke en bruger i Skridt endnu");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/skridt-sso-refused-390.png", fullPage: true });
    expect(await server.db.user.count({ where: { email: "ukendt@kommune.test" } })).toBe(0);
    await page.context().close();
  });

  it("had no errors in the pages", () => {
    expect(pageErrors).toEqual([]);
  });
});
