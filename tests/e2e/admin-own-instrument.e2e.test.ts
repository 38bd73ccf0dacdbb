import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

const EXAMPLE = join(import.meta.dirname, "../../packages/instruments/src/examples/hverdagsmestring.json");

// An administrator adds the programme's own questionnaire on the measurement-plan page: a
// broken file is refused with its problems by field and nothing stored; the good file is
// previewed, saved, and then offered in the plan editor, which can put it in the plan.
describe("an administrator adds the programme's own questionnaire", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let dir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "skridt-instrument-e2e-"));
    const broken = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { version: string; items: { options?: { code: number }[] }[] };
    broken.version = "1";
    broken.items[1]!.options![1]!.code = 1;
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a broken file by field, previews and saves the good one, and the plan editor offers it", async () => {
    const page = watchPageErrors(await (await browser.newContext({ locale: "da-DK" })).newPage(), pageErrors);
    await signInToStaff(page, server.url, "admin@skridt.demo");
    await page.getByRole("link", { name: "Programmer", exact: true }).first().waitFor();
    const programme = await server.db.programme.findFirstOrThrow({ select: { id: true } });
    await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
    await page.getByRole("heading", { name: "Programmets egne spørgeskemaer", level: 2 }).waitFor();
    await page.getByText("Programmet har endnu ingen egne spørgeskemaer.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A wrong version number: the schema stops there, and the problem names the field.
    await page.getByLabel("Definitionsfil (.json)").setInputFiles(join(dir, "broken.json"));
    await page.getByRole("button", { name: "Tjek definitionen" }).click();
    await page.getByText("Definitionen har 1 problem. Intet er gemt.").waitFor();
    expect(await page.locator(".definition-problems").textContent()).toContain("version: skal være et versionsnummer som 1.0.0");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await server.db.programmeInstrument.count()).toBe(0);

    // Fixed version, still a doubled option code: found by the cross-checks, named by question.
    const textarea = page.getByLabel("Eller indsæt definitionen");
    await textarea.fill((await textarea.inputValue()).replace('"version":"1"', '"version":"1.0.0"'));
    await page.getByRole("button", { name: "Tjek definitionen" }).click();
    await page.getByText("Definitionen har 1 problem. Intet er gemt.").waitFor();
    expect(await page.locator(".definition-problems").textContent()).toContain("Spørgsmål 2 «overblik»: svarkoden 1 bruges mere end én gang");
    expect(await server.db.programmeInstrument.count()).toBe(0);

    // The good file: a preview with the questions and their options, then saved.
    await page.getByLabel("Definitionsfil (.json)").setInputFiles(EXAMPLE);
    await page.getByRole("button", { name: "Tjek definitionen" }).click();
    await page.getByRole("heading", { name: "Hverdagsmestring (eksempel) (version 1.0.0)" }).waitFor();
    const preview = await page.locator(".instrument-preview").textContent();
    expect(preview).toContain("har jeg haft en fast rytme i min hverdag");
    expect(preview).toContain("5: Passer helt");
    expect(preview).toContain("Hverdagsmestring (1-5): gennemsnit af struktur, overblik (1-5)");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await server.db.programmeInstrument.count()).toBe(0);
    await page.getByRole("button", { name: "Gem spørgeskemaet" }).click();
    await page.getByText("Spørgeskemaet hverdagsmestring-eksempel version 1.0.0 er gemt.").waitFor();
    await page.getByRole("row", { name: /Hverdagsmestring \(eksempel\)/ }).waitFor();
    expect(await server.db.programmeInstrument.count()).toBe(1);

    // The plan editor offers it at start and end; chosen and saved, it is in the stored plan.
    const start = page.getByRole("group", { name: /^Start/ });
    await start.getByRole("checkbox", { name: /Hverdagsmestring \(eksempel\) \(programmets eget\)/ }).check();
    await page.getByRole("button", { name: "Gem måleplan" }).click();
    await page.getByText("Måleplanen er gemt.").waitFor();
    const stored = await server.db.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { measurementPlan: true } });
    expect((JSON.parse(stored.measurementPlan) as { occasions: { start: string[] } }).occasions.start).toContain("hverdagsmestring-eksempel");
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
