import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";

const FIXTURES = join(import.meta.dirname, "../fixtures/import");

// An administrator imports SurveyXact answers on the import page: a broken file is refused
// row by row with nothing written; the good file is checked, then imported. Accessible throughout.
describe("an administrator imports existing answers", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let dir: string;
  const pageErrors: string[] = [];

  const watch = (page: Page) => {
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    return page;
  };

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "skridt-import-e2e-"));
    // The README's broken-file case: the mapping without createParticipants.
    const mapping = JSON.parse(readFileSync(join(FIXTURES, "surveyxact-who5.mapping.json"), "utf8")) as Record<string, unknown>;
    delete mapping.createParticipants;
    writeFileSync(join(dir, "uden-nye-deltagere.mapping.json"), JSON.stringify(mapping));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows a broken file's problems row by row and imports nothing; checks and imports the good file", async () => {
    const page = watch(await (await browser.newContext({ locale: "da-DK" })).newPage());
    await page.goto(`${server.url}/staff/sign-in`);
    await page.getByLabel("E-mail").fill("admin@skridt.demo");
    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: /Log ind/ }).click();
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Importér svar", level: 1 }).waitFor();
    await expect.poll(() => page.locator("main").textContent()).toContain("Der bliver ikke importeret noget, hvis bare én række har et problem");
    expect(await page.locator("main").textContent()).toContain("skridt import");
    await page.getByLabel("Program").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const answersBefore = await server.db.answer.count();

    // The broken file: a label WHO-5 does not have in row 7.
    await page.getByLabel("Datafil (CSV eller Excel)").setInputFiles(join(FIXTURES, "surveyxact-who5-broken.csv"));
    await page.getByLabel("Mappingfil (JSON)").setInputFiles(join(FIXTURES, "surveyxact-who5.mapping.json"));
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByRole("heading", { name: "Der er problemer i filen – intet er importeret" }).waitFor();
    const problems = page.getByRole("region", { name: "Problemer i filen, række for række" });
    let rows = await problems.getByRole("row").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("7");
    // Row as in the spreadsheet, the column heading, and the problem in plain Danish.
    expect(rows[1]).toContain("I de sidste 2 uger har jeg følt mig aktiv og energisk");
    expect(rows[1]).toContain("»Meget ofte« er ikke et af svarene på spørgsmålet. Brug et af disse: »Hele tiden« (5)");
    expect(await page.locator("main").textContent()).toContain("1 problem i alt.");
    expect(await page.locator("main").textContent()).toContain("Rækkenumrene er som i regnearket: overskriften er række 1.");
    expect(await page.getByRole("button", { name: "Importér" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(dir, "import-problems.png"), fullPage: true });

    // Without creating participants, the unknown code in row 9 is a problem too.
    await page.getByLabel("Mappingfil (JSON)").setInputFiles(join(dir, "uden-nye-deltagere.mapping.json"));
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByRole("heading", { name: "Der er problemer i filen – intet er importeret" }).waitFor();
    rows = await problems.getByRole("row").allTextContents();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((r) => r.startsWith("7"))).toBe(true);
    expect(rows.some((r) => r.startsWith("9") && r.includes("Deltagerkoden »SX-999« findes ikke."))).toBe(true);
    expect(await page.locator("main").textContent()).toContain("11 problemer i alt.");
    // The same report in English after the language switch, and back.
    await page.getByRole("button", { name: "English" }).click();
    const problemsEn = page.getByRole("region", { name: "Problems in the file, row by row" });
    await expect
      .poll(async () =>
        (await problemsEn.getByRole("row").allTextContents()).some((r) => r.startsWith("9") && r.includes("The participant code “SX-999” does not exist.")),
      )
      .toBe(true);
    expect(await page.locator("main").textContent()).toContain("11 problems in all.");
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { name: "Der er problemer i filen – intet er importeret" }).waitFor();
    expect(await server.db.answer.count()).toBe(answersBefore);
    expect(await server.db.participant.count({ where: { code: { startsWith: "SX-" } } })).toBe(0);

    // A misspelt field in the mapping file: named, in the same table, before any row is read.
    const misspelt = JSON.parse(readFileSync(join(FIXTURES, "surveyxact-who5.mapping.json"), "utf8")) as Record<string, unknown>;
    misspelt.participantCodeColum = misspelt.participantCodeColumn;
    delete misspelt.participantCodeColumn;
    writeFileSync(join(dir, "stavefejl.mapping.json"), JSON.stringify(misspelt));
    await page.getByLabel("Mappingfil (JSON)").setInputFiles(join(dir, "stavefejl.mapping.json"));
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await expect
      .poll(() => problems.getByRole("row").allTextContents())
      .toEqual([
        "RækkeKolonneProblem",
        "Mappingfilen–Feltet »participantCodeColumn« mangler i mappingfilen.",
        "Mappingfilen–Mappingfilen har feltet »participantCodeColum«, som Skridt ikke kender. Tjek stavningen.",
      ]);

    // The good file: checked, then imported.
    await page.getByLabel("Datafil (CSV eller Excel)").setInputFiles(join(FIXTURES, "surveyxact-who5.csv"));
    await page.getByLabel("Mappingfil (JSON)").setInputFiles(join(FIXTURES, "surveyxact-who5.mapping.json"));
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByText("Alt ser fint ud: 19 rækker.").waitFor();
    await page.getByText("12 nye deltagere bliver oprettet.").waitFor();
    expect(await server.db.answer.count()).toBe(answersBefore);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("Importeret: 19 rækker.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(dir, "import-done.png"), fullPage: true });

    // In the database: twelve new pseudonymous participants, 19 submitted WHO-5s answered by import.
    const imported = await server.db.participant.findMany({ where: { code: { startsWith: "SX-" } }, select: { id: true } });
    expect(imported).toHaveLength(12);
    const assessments = await server.db.assessment.findMany({
      where: { participantId: { in: imported.map((p) => p.id) } },
      select: { mode: true, status: true, instrumentId: true, _count: { select: { answers: true } } },
    });
    expect(assessments).toHaveLength(19);
    expect(assessments.every((a) => a.mode === "import" && a.status === "submitted" && a.instrumentId === "who5" && a._count.answers === 5)).toBe(true);
    expect(await server.db.answer.count()).toBe(answersBefore + 19 * 5);
    expect(await server.db.auditEvent.count({ where: { action: "import.batch" } })).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
