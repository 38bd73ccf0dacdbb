import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// Issue 11, item 4: on the programme's settings page the owning organisation's administrator
// chooses another participating organisation and confirms the hand-over; the page then says who
// owns it and whom to ask, and the plan is no longer editable there. In the new owner's
// organisation the hand-over form is there instead. Accessible, at 390 and 1366 px without
// sideways scrolling.
describe("an administrator hands a shared programme's ownership over", () => {
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
  const check = async (page: Page) => {
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
  };

  for (const width of [390, 1366]) {
    it(`at ${width} px: chooses, confirms, and the page then names the new owner and whom to ask`, async () => {
      const programme = await server.db.programme.findFirstOrThrow({ select: { id: true } });
      const aarhus = await server.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" }, select: { id: true } });
      const odder = await server.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Odder" }, select: { id: true } });
      // Each width starts with Aarhus owning the programme, as the demo has it.
      await server.db.programme.update({ where: { id: programme.id }, data: { ownerOrganisationId: aarhus.id } });
      const handOvers = () => server.db.auditEvent.count({ where: { action: "programme.hand_over", targetId: programme.id } });
      const before = await handOvers();

      const page = watchPageErrors(await (await browser.newContext({ locale: "da-DK", viewport: { width, height: 900 } })).newPage(), pageErrors);
      await signInToStaff(page, server.url, "admin@skridt.demo");
      await page.getByRole("link", { name: "Programmer", exact: true }).first().waitFor();
      await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
      const section = page.getByRole("region", { name: "Ejerskab" });
      await section.getByText("Programmet ejes af Jobcenter Aarhus.").waitFor();
      await check(page);

      // Nothing chosen: the field says so, nothing changes.
      await section.getByRole("button", { name: "Giv ejerskabet videre" }).click();
      await section.getByText("Vælg den organisation, der skal eje programmet.").waitFor();
      // Chosen: a confirm step that takes focus; cancel goes back, nothing changes.
      await section.getByLabel("Giv ejerskabet til").selectOption({ label: "Jobcenter Odder" });
      await section.getByRole("button", { name: "Giv ejerskabet videre" }).click();
      const confirm = section.getByRole("group", { name: "Giv ejerskabet til Jobcenter Odder?" });
      await confirm.waitFor();
      expect(await confirm.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await check(page);
      await confirm.getByRole("button", { name: "Fortryd" }).click();
      expect(await confirm.count()).toBe(0);
      expect(await handOvers()).toBe(before);

      await section.getByRole("button", { name: "Giv ejerskabet videre" }).click();
      await confirm.getByRole("button", { name: "Ja, giv ejerskabet til Jobcenter Odder" }).click();
      await section.getByText("Jobcenter Odder ejer nu programmet.").waitFor();
      expect((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).ownerOrganisationId).toBe(odder.id);
      // One event in each of the three participating organisations' logs.
      expect(await handOvers()).toBe(before + 3);
      // Now Aarhus reads: who owns it, whom to ask, and the plan is read-only.
      await section.getByText("Programmet ejes af Jobcenter Odder.").waitFor();
      await section.getByText("Vil I ændre en fælles indstilling, så kontakt en administrator i Jobcenter Odder:").waitFor();
      await section.getByRole("link", { name: "admin@skridt.demo" }).waitFor();
      await page.getByText("Kun administratorer i Jobcenter Odder", { exact: false }).first().waitFor();
      expect(await section.getByRole("button", { name: "Giv ejerskabet videre" }).count()).toBe(0);
      await check(page);

      // In Odder, the new owner: the hand-over form, with Aarhus among the choices.
      await page.locator("#organisation-switcher").selectOption({ label: "Jobcenter Odder" });
      await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
      await section.getByText("Programmet ejes af Jobcenter Odder.").waitFor();
      await section.getByLabel("Giv ejerskabet til").locator("option", { hasText: "Jobcenter Aarhus" }).waitFor({ state: "attached" });
      await check(page);
      await page.context().close();
    });
  }

  it("leaves no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
