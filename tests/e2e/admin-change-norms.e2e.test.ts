import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// Issue 15: the owning organisation's administrator reads each scale's declared norms with their
// sources on the programme's settings page, is told in Danish what is wrong with values outside
// the bounds (nothing stored), sets the programme's own WHO-5 values with a source (stored, shown
// in use, and named on the evaluator's page), then goes back to the declared ones. Accessible,
// at 390 px (a phone) and 1366 px without sideways scrolling.
describe("an administrator sets a programme's own norms for reliable change", () => {
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

  for (const width of [390, 1366]) {
    it(`at ${width} px: refuses values outside the bounds, stores the programme's own with its source, and goes back`, async () => {
      const page = watchPageErrors(await (await browser.newContext({ locale: "da-DK", viewport: { width, height: 900 } })).newPage(), pageErrors);
      await signInToStaff(page, server.url, "admin@skridt.demo");
      await page.getByRole("link", { name: "Programmer", exact: true }).first().waitFor();
      const programme = await server.db.programme.findFirstOrThrow({ select: { id: true, changeNorms: true } });
      expect(programme.changeNorms).toBe("");
      await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
      const norms = page.getByRole("region", { name: "Normer for pålidelig ændring" });
      const who5 = norms.getByRole("region", { name: "WHO-5 Trivselsindeks" });
      // The declared values with their sources; self-rated health is named as a single question.
      await who5.getByText("test-retest 0,81; mindste påviselige ændring 23,6 point").waitFor();
      await who5.getByText(/Schougaard LMV, de Thurah A/).waitFor();
      await norms.getByText(/ikke for enkeltspørgsmål.*Selvvurderet helbred/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);

      // Out of bounds: each field says what is wrong, nothing is stored.
      await who5.getByRole("button", { name: "Sæt programmets egne værdier: WHO-5 trivsel (0-100)" }).click();
      await who5.getByLabel(/^Pålidelighed/).fill("1,2");
      await who5.getByLabel(/^Spredning/).fill("-3");
      await who5.getByLabel(/^Grænseværdi/).fill("100");
      await who5.getByRole("button", { name: "Gem programmets værdier" }).click();
      await who5.getByText("Skriv et tal større end 0 og mindre end 1, fx 0,85.").waitFor();
      await who5.getByText("Skriv et tal større end 0, eller lad feltet stå tomt.").waitFor();
      await who5.getByText("Skriv et tal større end 0 og mindre end 100, eller lad feltet stå tomt.").waitFor();
      await who5.getByText("Skriv, hvor tallene kommer fra, eller hvorfor programmet har valgt dem.").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
      expect((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).changeNorms).toBe("");

      // Within bounds, with a source: stored, and shown as the values in use.
      await who5.getByLabel(/^Pålidelighed/).fill("0,9");
      await who5.getByLabel(/^Spredning/).fill("20");
      await who5.getByLabel(/^Grænseværdi/).fill("50");
      await who5.getByLabel(/^Kilde eller begrundelse/).fill("Programmets egen måling 2025 (n = 212)");
      await who5.getByRole("button", { name: "Gem programmets værdier" }).click();
      await who5.getByText("Programmets værdier for WHO-5 trivsel (0-100) er gemt. Evalueringen og rapporten bruger dem nu.").waitFor();
      await who5.getByRole("heading", { name: "Programmets egne værdier (gælder nu)" }).waitFor();
      await who5.getByText("Programmets egen måling 2025 (n = 212)").waitFor();
      const stored = JSON.parse((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).changeNorms) as unknown[];
      expect(stored).toMatchObject([{ instrumentId: "who5", reliableChange: { kind: "reliability", reliability: 0.9, coefficient: "test-retest", sd: 20 } }]);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);

      // Back to the questionnaire's values.
      await who5.getByRole("button", { name: "Ret programmets værdier: WHO-5 trivsel (0-100)" }).click();
      await who5.getByRole("button", { name: "Brug spørgeskemaets værdier igen" }).click();
      await who5.getByText("WHO-5 trivsel (0-100) bruger igen spørgeskemaets værdier.").waitFor();
      await who5.getByRole("heading", { name: "Spørgeskemaets værdier (gælder nu)" }).waitFor();
      expect((await server.db.programme.findUniqueOrThrow({ where: { id: programme.id } })).changeNorms).toBe("");
      await page.context().close();
    });
  }

  it("leaves no script errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
