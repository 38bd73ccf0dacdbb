import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";

describe("a mentor in real Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    // axe-core's Playwright builder needs a page from an explicit context.
    const context = await browser.newContext({ locale: "da-DK" });
    page = await context.newPage();
    // Script errors and Content-Security-Policy refusals both land here.
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      // A 401 from the refused sign-in and from the first "who am I" check is expected; the
      // browser reports every failed response as a console error, so those are left out.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in, sees the caseload and creates a participant", async () => {
    await page.goto(`${server.url}/staff/`);
    await page.getByLabel("E-mail").fill("mentor.aarhus@skridt.demo");
    await page.getByLabel("Adgangskode").fill("wrong password");
    await page.getByRole("button", { name: "Log ind" }).click();
    // A wrong password gets a Danish explanation and no way in.
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/adgangskode/i);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("link", { name: "Mine deltagere" }).waitFor();
    const table = page.getByRole("table");
    await table.waitFor();
    // The caseload shows active participants by default; ended ones are apart ("Afsluttede").
    await page.getByLabel("Alle", { exact: true }).check();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(29);
    const before = await table.locator("tbody tr").count();
    // The demo seed gives Birgitte Holm every second Aarhus participant: 29 of 57.
    expect(before).toBe(29);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Ny deltager" }).click();
    await page.getByLabel("Fulde navn").fill("Test Testesen");
    await page.getByLabel("Program").selectOption({ label: "Brug din rampe" });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Opret deltager" }).click();

    await expect.poll(() => table.locator("tbody tr").count()).toBe(before + 1);
    await expect.poll(() => table.textContent()).toContain("Test Testesen");
    const stored = await server.db.participantIdentity.findFirst({ where: { fullName: "Test Testesen" }, include: { participant: true } });
    expect(stored?.participant.code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(pageErrors).toEqual([]);
  });

  it("titles the participant's page by code, never by name, so browser history holds no names (issue 11, item 7)", async () => {
    const stored = await server.db.participantIdentity.findFirstOrThrow({ where: { fullName: "Test Testesen" }, include: { participant: true } });
    await page.goto(`${server.url}/staff/participants/${stored.participantId}`);
    await expect.poll(() => page.title()).toContain(stored.participant.code);
    expect(await page.title()).not.toContain("Testesen");
    expect(pageErrors).toEqual([]);
  });
});
