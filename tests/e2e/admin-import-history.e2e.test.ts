import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";

// An administrator brings in a programme's history step by step: an enrolment list (two
// participants who never answered), then their statuses, one status text chosen by hand.
// Both checked, then imported; accessible throughout, at 390 px without sideways scrolling.
describe("an administrator imports a programme's history step by step", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let dir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "skridt-import-history-e2e-"));
    writeFileSync(
      join(dir, "indskrevne.csv"),
      ["Deltagerkode;Indskrevet;Køn;Fødselsår;Afsluttet;Årsag", "HIST-01;02-09-2024;K;1990;;", "HIST-02;03-09-2024;Mand;1985;20-12-2024;Flyttet"].join("\n"),
    );
    writeFileSync(join(dir, "statusser.csv"), ["Deltagerkode;Dato;Status", "HIST-01;01-10-2024;Praktik", "HIST-02;01-11-2024;Ledig"].join("\n"));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("maps, checks and imports an enrolment list and then statuses", async () => {
    const page: Page = await (await browser.newContext({ locale: "da-DK", viewport: { width: 390, height: 844 } })).newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/staff/sign-in`);
    await page.getByLabel("E-mail").fill("admin@skridt.demo");
    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: /Log ind/ }).click();
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Importér svar", level: 1 }).waitFor();
    await page.getByLabel("Program").waitFor();

    // The enrolment list: its columns are chosen already from their headings; "Flyttet" means moved.
    await page.getByLabel("Datafil (CSV eller Excel)").setInputFiles(join(dir, "indskrevne.csv"));
    await page.getByRole("radio", { name: "Vælg trin for trin" }).check();
    await page.getByText("Filen har 6 kolonner og 2 rækker.").waitFor();
    await page.getByRole("radio", { name: "En indskrivningsliste (deltagere, også dem uden svar)" }).check();
    expect(await page.getByLabel("Indskrivningsdato (skal)").inputValue()).toBe("Indskrevet");
    const reasons = page.getByRole("group", { name: "Betydningen af teksterne i kolonnen »Årsag«" });
    await reasons.getByLabel("»Flyttet«", { exact: true }).selectOption({ label: "Flyttet" });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByText("Alt ser fint ud: 2 rækker.").waitFor();
    await page.getByText("2 nye deltagere bliver oprettet.").waitFor();
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("2 deltagere indskrevet.").waitFor();
    const moved = await server.db.participant.findUniqueOrThrow({ where: { code: "HIST-02" } });
    expect(moved).toMatchObject({ gender: "male", birthYear: 1985, endReason: "moved" });
    expect(await server.db.participant.findUniqueOrThrow({ where: { code: "HIST-01" } })).toMatchObject({ gender: "female", endedOn: null });

    // Their statuses: "Praktik" is not a status's name, so it is chosen by hand; the check names it until then.
    await page.getByLabel("Datafil (CSV eller Excel)").setInputFiles(join(dir, "statusser.csv"));
    await page.getByText("Filen har 3 kolonner og 2 rækker.").waitFor();
    await page.getByRole("radio", { name: "Statusser med datoer (job, praktik, sygemeldt …)" }).check();
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page
      .getByRole("table", { name: "Problemer i filen, række for række" })
      .getByText(/»Praktik« er ikke en af statusserne/)
      .waitFor();
    await page.getByLabel("»Praktik«", { exact: true }).selectOption({ label: "Virksomhedspraktik" });
    await expect
      .poll(async () => JSON.parse((await page.getByRole("region", { name: "Mappingen som JSON" }).locator("pre").textContent()) ?? "null"))
      .toEqual({
        kind: "statuses",
        participantCodeColumn: "Deltagerkode",
        dateColumn: "Dato",
        statusColumn: "Status",
        statusValues: { Praktik: "internship" },
      });
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByText("Alt ser fint ud: 2 rækker.").waitFor();
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("2 statusser gemt; 0 forløb afsluttet af en status.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const events = await server.db.statusEvent.findMany({ where: { participant: { code: { startsWith: "HIST-" } } }, orderBy: { occurredOn: "asc" } });
    expect(events.map((e) => e.status)).toEqual(["internship", "unemployed"]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
