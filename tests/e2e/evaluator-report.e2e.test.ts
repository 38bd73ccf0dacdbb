import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInCaller } from "../support/api";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff } from "../support/staff-page";

// Issue 15, section 3: the evaluator opens "Evalueringsrapport", reads the report of the demo
// programme (its figures are the evaluation pages' figures), downloads it as Word and the
// file is a Word document holding the same text; at 390 px the page has no sideways scroll.
describe("an evaluator's evaluation report in real Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let signedIn = false;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1366, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && signedIn) pageErrors.push(message.text());
    });
    await signInToStaff(page, server.url, "evaluator@skridt.demo");
    await page.locator("nav.main-nav").getByRole("link", { name: "Evalueringsrapport" }).waitFor();
    signedIn = true;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the report with the overview's figures and downloads it as a Word document", async () => {
    await page.locator("nav.main-nav").getByRole("link", { name: "Evalueringsrapport" }).click();
    await page.getByRole("heading", { level: 1, name: "Evalueringsrapport" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Deltagere og svarprocenter" }).waitFor();

    // The same figures as the overview page's procedure gives this evaluator.
    const programme = await server.db.programme.findFirstOrThrow({ where: { name: "Brug din rampe" } });
    const evaluator = await server.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    const api = (await signedInCaller(server.db, evaluator.id)).caller;
    const organisationId = (await server.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    const overview = await api.evaluation.overview({ organisationId, programmeId: programme.id });
    const participants = page.getByRole("region", { name: "Deltagere og svarprocenter" });
    await expect.poll(() => participants.innerText()).toContain(`I alt ${overview.counts.enrolled} deltagere er med i rapporten`);
    // Every section with its chart and table.
    for (const title of [
      "Status ved afslutning og måltal",
      "Kontakter pr. type",
      "Helbred, trivsel og handlekompetencer",
      "Mentorernes vurdering af progression",
    ]) {
      const section = page.getByRole("region", { name: title });
      await section.getByRole("figure").first().waitFor();
      await section.getByRole("table").first().waitFor();
    }
    await expect(page.getByRole("region", { name: "Helbred, trivsel og handlekompetencer" }).innerText()).resolves.toMatch(
      /Blandt de \d+, der svarede både ved start og slut, steg gennemsnittet for WHO-5 trivsel \(0-100\) med \d+ point \(95 % sikkerhedsinterval \d+ til \d+\)/,
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent som Word" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^evalueringsrapport-brug-din-rampe-\d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
    expect(text).toContain("Evalueringsrapport: Brug din rampe");
    expect(text).toContain(`I alt ${overview.counts.enrolled} deltagere er med i rapporten`);
    expect(text).toContain("Mentorernes vurdering af progression");
    expect(pageErrors).toEqual([]);
  });

  it("fits a 390 px phone without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole("heading", { level: 3, name: "Kontakter pr. type" }).scrollIntoViewIfNeeded();
    expect(await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBeLessThanOrEqual(0);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});
