import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// An administrator deactivates a mentor on the users page: the mentor's open browser is signed
// out at its next request and cannot sign in again; reactivation lets the mentor back in.
describe("an administrator deactivates and reactivates a mentor", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("ends the mentor's session at once, refuses sign-in, and lets them back after reactivation", async () => {
    // The mentor's browser: signed in, looking at the caseload.
    const mentor = await (await browser.newContext({ locale: "da-DK" })).newPage();
    await signInToStaff(mentor, server.url, "mentor.aarhus@skridt.demo");
    await mentor.getByRole("link", { name: "Mine deltagere" }).waitFor();

    // The administrator's browser, on the users page.
    const admin = watchPageErrors(await (await browser.newContext({ locale: "da-DK" })).newPage(), pageErrors);
    await signInToStaff(admin, server.url, "admin@skridt.demo");
    await admin.getByRole("link", { name: "Brugere", exact: true }).click();
    await admin.getByRole("heading", { name: "Brugere", level: 1 }).waitFor();
    const card = admin.getByRole("article", { name: "Birgitte Holm" });
    await expect.poll(() => card.textContent()).toContain("Aktiv");
    // An administrator is never offered to deactivate themselves.
    await admin.getByRole("article", { name: "Anja Admin" }).waitFor();
    expect(
      await admin
        .getByRole("article", { name: "Anja Admin" })
        .getByRole("button", { name: /Deaktivér/ })
        .count(),
    ).toBe(0);

    // The confirmation says what happens; cancelling changes nothing.
    await card.getByRole("button", { name: "Deaktivér Birgitte Holm" }).click();
    const confirm = card.getByRole("group", { name: /Vil du deaktivere Birgitte Holm/ });
    await confirm.waitFor();
    const question = await confirm.textContent();
    expect(question).toContain("kan ikke længere logge ind");
    expect(question).toContain("logget ud med det samme");
    expect(question).toContain("bliver liggende");
    expect(await seriousViolations(admin)).toEqual([]);
    await confirm.getByRole("button", { name: "Annullér" }).click();
    expect(await server.db.user.count({ where: { email: "mentor.aarhus@skridt.demo", disabledAt: { not: null } } })).toBe(0);

    await card.getByRole("button", { name: "Deaktivér Birgitte Holm" }).click();
    await card.getByRole("button", { name: "Ja, deaktivér Birgitte Holm" }).click();
    await card.getByText("Birgitte Holm er deaktiveret og logget ud.").waitFor();
    await expect.poll(() => card.textContent()).toContain("Deaktiveret");
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.screenshot({ path: "/tmp/skridt-users-deactivated.png", fullPage: true });
    expect(await server.db.session.count({ where: { user: { email: "mentor.aarhus@skridt.demo" } } })).toBe(0);
    expect(await server.db.auditEvent.count({ where: { action: "user.deactivate" } })).toBe(1);

    // The mentor's next request finds no session: the app goes to the sign-in page.
    await mentor.getByRole("link", { name: "Virksomheder" }).click();
    await mentor.getByRole("heading", { name: "Log ind", level: 1 }).waitFor();
    // Signing in again is refused with the usual words (nothing says the account exists).
    await mentor.getByLabel("E-mail").fill("mentor.aarhus@skridt.demo");
    await mentor.getByLabel("Adgangskode").fill("skridt-demo");
    await mentor.getByRole("button", { name: /Log ind/ }).click();
    await expect.poll(() => mentor.getByRole("alert").first().textContent()).toMatch(/adgangskode er forkert/i);

    // Reactivation, confirmed too; then the mentor can sign in again.
    await card.getByRole("button", { name: "Genaktivér Birgitte Holm" }).click();
    await card.getByRole("button", { name: "Ja, genaktivér Birgitte Holm" }).click();
    await card.getByText("Birgitte Holm er genaktiveret og kan logge ind igen.").waitFor();
    await expect.poll(() => card.textContent()).toContain("Aktiv");
    expect(await server.db.auditEvent.count({ where: { action: "user.reactivate" } })).toBe(1);

    await signInToStaff(mentor, server.url, "mentor.aarhus@skridt.demo");
    await mentor.getByRole("link", { name: "Mine deltagere" }).waitFor();
    expect(pageErrors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
  }, 180_000); // two browsers, several sign-ins: longer than the default minute when the machine is busy
});
