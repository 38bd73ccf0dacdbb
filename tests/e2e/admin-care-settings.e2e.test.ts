import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// An administrator of the owning organisation, on a phone, reads the programme's care rules
// with their sources beside the measurement plan, tries a looser WHO-5 threshold (refused with
// the reason, nothing stored), tightens it and changes the help list (stored), and sets the
// reminder days; accessible throughout, at 390 px without sideways scrolling (issue 13).
describe("an administrator adjusts a programme's care rules, help list and reminders", () => {
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

  const noSidewaysScroll = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

  it("refuses a looser rule, stores a tightened one with the new help list, and sets the reminder days", async () => {
    const page = watchPageErrors(await (await browser.newContext({ locale: "da-DK", viewport: { width: 390, height: 844 } })).newPage(), pageErrors);
    await signInToStaff(page, server.url, "admin@skridt.demo");
    await page.getByRole("link", { name: "Programmer", exact: true }).first().waitFor();
    const programme = await server.db.programme.findFirstOrThrow({ select: { id: true, careSettings: true } });
    expect(programme.careSettings).toBe("");
    await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
    const care = page.getByRole("region", { name: "Omsorg" });
    await care.getByRole("heading", { name: "Omsorg", level: 2 }).waitFor();
    // The built-in thresholds with their source.
    await care.getByText("Score højst 28", { exact: true }).waitFor();
    await care.getByText("Fald på mindst 10 point", { exact: true }).waitFor();
    await care.getByText("Kilder").click();
    await care.getByText(/Topp CW, Østergaard SD/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);

    // Looser than the built-in rule: refused with the reason, nothing stored.
    const low = care.getByLabel("Lav trivsel: score højst");
    expect(await low.inputValue()).toBe("28");
    await low.fill("20");
    await care.getByRole("button", { name: "Gem omsorgsregler" }).click();
    await care.getByText("Et program kan kun stramme reglerne for omsorg, ikke løsne dem.").waitFor();
    expect((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).careSettings).toBe("");

    // Tightened, and the first contact renamed with a phone number: stored, and shown in force.
    await low.fill("35");
    const first = care.getByRole("group", { name: "Kontakt 1" });
    await first.getByLabel("Navn (dansk)").fill("Din mentor hos Jobcentret");
    await first.getByLabel("Telefonnummer (valgfrit)").fill("86 12 34 56");
    await care.getByText("Programmet har sin egen hjælpeliste.").waitFor();
    await care.getByRole("button", { name: "Gem omsorgsregler" }).click();
    await care.getByText("Omsorgsreglerne er gemt.").waitFor();
    await care.getByText(/Score højst 35 \(strammet af programmet/).waitFor();
    const stored = JSON.parse((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).careSettings) as {
      rules: unknown[];
      help: { name: { da: string }; phone?: string }[];
    };
    expect(stored.rules).toEqual([{ instrumentId: "who5", scaleId: "who5", lowAtMost: 35 }]);
    expect(stored.help[0]).toMatchObject({ name: { da: "Din mentor hos Jobcentret" }, phone: "86 12 34 56" });
    expect(stored.help).toHaveLength(5);
    expect(await seriousViolations(page)).toEqual([]);

    // Reminder days: two reminders, after 2 and 5 days.
    const reminders = page.getByRole("region", { name: "Påmindelser" });
    const day1 = reminders.getByLabel("Påmindelse 1: dage efter invitationen");
    expect(await day1.inputValue()).toBe("3");
    await day1.fill("2");
    await reminders.getByLabel("Påmindelse 2: dage efter invitationen").fill("5");
    await reminders.getByRole("button", { name: "Gem påmindelser" }).click();
    await reminders.getByText("Påmindelserne er gemt.").waitFor();
    expect((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).reminderDays).toBe("[2,5]");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    // The same administrator in a participating organisation that does not own the programme: read-only, with the reason.
    await page.locator("#organisation-switcher").selectOption({ label: "Jobcenter Odder" });
    await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
    await care.getByText("Kun administratorer i Jobcenter Aarhus kan ændre programmets omsorgsregler og hjælpeliste.", { exact: false }).waitFor();
    await care.getByText(/Score højst 35 \(strammet af programmet/).waitFor();
    await care.getByText("Din mentor hos Jobcentret").waitFor();
    expect(await care.getByRole("button", { name: "Gem omsorgsregler" }).count()).toBe(0);
    await reminders.getByText("Påmindelser efter 2 og 5 dage.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);

    // The one refused save (the looser rule) is a 400 the browser logs; nothing else went wrong.
    expect(pageErrors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
  });
});
