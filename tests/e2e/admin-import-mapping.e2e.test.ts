import { readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@skridt/db";
import { parseMapping, runImport } from "@skridt/api/imports";
import type { Page } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

const FIXTURES = join(import.meta.dirname, "../fixtures/import");
const QUESTIONS = [
  ["har jeg været glad og i godt humør", "I de sidste 2 uger har jeg været glad og i godt humør"],
  ["har jeg følt mig rolig og afslappet", "I de sidste 2 uger har jeg følt mig rolig og afslappet"],
  ["har jeg følt mig aktiv og energisk", "I de sidste 2 uger har jeg følt mig aktiv og energisk"],
  ["er jeg vågnet frisk og udhvilet", "I de sidste 2 uger er jeg vågnet frisk og udhvilet"],
  ["har min dagligdag været fyldt med ting der interesserer mig", "I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig"],
] as const;

/** Everything an import wrote, in a form two databases can be compared by (ids differ, codes do not). */
async function imported(db: Db): Promise<string[]> {
  const rows = await db.assessment.findMany({
    where: { mode: "import" },
    select: {
      instrumentId: true,
      instrumentVersion: true,
      occasion: true,
      status: true,
      submittedAt: true,
      participant: { select: { code: true, enrolledOn: true } },
      answers: { select: { itemId: true, value: true } },
      scores: { select: { scaleId: true, value: true, status: true } },
    },
  });
  return rows
    .map((r) =>
      JSON.stringify({
        ...r,
        submittedAt: r.submittedAt?.toISOString(),
        participant: { code: r.participant?.code, enrolledOn: r.participant?.enrolledOn.toISOString() },
        answers: [...r.answers].sort((a, b) => a.itemId.localeCompare(b.itemId)),
        scores: [...r.scores].sort((a, b) => a.scaleId.localeCompare(b.scaleId)),
      }),
    )
    .sort();
}

// An administrator maps the SurveyXact example by choosing instead of uploading a mapping file:
// the mapping the page builds is the hand-written one, and the import it gives is the same.
describe("an administrator maps an import file by choosing", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let reference: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let dir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, reference] = await Promise.all([startDemoServer(), startDemoServer()]);
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "skridt-import-mapping-e2e-"));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await reference?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const select = (page: Page, label: string, option: string) => page.getByLabel(label, { exact: true }).selectOption({ label: option });

  it("builds the hand-written mapping, checks and imports exactly as the JSON mapping does", async () => {
    const context = await browser.newContext({ locale: "da-DK", acceptDownloads: true });
    const page = watchPageErrors(await context.newPage(), pageErrors);
    await signInToStaff(page, server.url, "admin@skridt.demo");
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Importér svar", level: 1 }).waitFor();
    await page.getByLabel("Program").waitFor();

    // The JSON-mapping path's check, for comparison.
    await page.getByLabel("Datafil (CSV eller Excel)").setInputFiles(join(FIXTURES, "surveyxact-who5.csv"));
    await page.getByLabel("Mappingfil (JSON)").setInputFiles(join(FIXTURES, "surveyxact-who5.mapping.json"));
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByText("Alt ser fint ud: 19 rækker.").waitFor();
    const checkedByFile = await page.getByRole("status").filter({ hasText: "Alt ser fint ud" }).textContent();

    // Step by step: the page reads the file's columns and offers them.
    await page.getByRole("radio", { name: "Vælg trin for trin" }).check();
    expect(await page.getByText("Alt ser fint ud").count()).toBe(0);
    await page.getByText("Filen har 11 kolonner og 19 rækker.").waitFor();
    await select(page, "Spørgeskema", "WHO-5 Trivselsindeks (1.0.0)");
    await page.getByRole("radio", { name: "Målingen står i en kolonne" }).check();
    await select(page, "Kolonne med målingen", "Måling");
    await select(page, "Måling for »Opstart«", "Start");
    await select(page, "Måling for »Afslutning«", "Slut");
    // SurveyXact's later exports will hold "Opfølgning", which this file has no row of yet:
    // added by hand, it is chosen as follow-up by its name, as the hand-written file maps it.
    await page.getByLabel("En tekst, filen ikke har endnu").fill("Opfølgning");
    await page.getByRole("button", { name: "Tilføj teksten" }).click();
    expect(await page.getByLabel("Måling for »Opfølgning«", { exact: true }).inputValue()).toBe("followup");
    // The same text again (in another case) is one text to the importer: refused on its field.
    await page.getByLabel("En tekst, filen ikke har endnu").fill("opstart");
    await page.getByRole("button", { name: "Tilføj teksten" }).click();
    await page.getByText("Den tekst har målingen allerede.").waitFor();
    await select(page, "Kolonne med deltagerkode", "Deltagerkode");
    await select(page, "Kolonne med besvarelsesdato", "Afsluttet dato");
    await page.getByRole("checkbox", { name: "Opret nye deltagere for koder, Skridt ikke kender" }).check();
    await select(page, "Kolonne med startdato for nye deltagere", "Startdato");
    expect(await seriousViolations(page)).toEqual([]);
    for (const [index, [question, column]] of QUESTIONS.entries()) {
      const name = `${index + 1}. ${question}`;
      await select(page, `Kolonne for ${name}`, column);
      const answers = page.getByRole("group", { name: `Svarene i kolonnen for ${name}` });
      // Texts written as an option (in any case) are chosen already; SurveyXact's older wording is not.
      expect(await answers.getByLabel("»Lidt af tiden«", { exact: true }).inputValue()).toBe("1");
      expect(await answers.getByLabel("»Mere end halvdelen af tiden«", { exact: true }).inputValue()).toBe("");
      await answers.getByLabel("»Mere end halvdelen af tiden«", { exact: true }).selectOption({ label: "Lidt mere end halvdelen af tiden (3)" });
      await answers.getByLabel("»Mindre end halvdelen af tiden«", { exact: true }).selectOption({ label: "Lidt mindre end halvdelen af tiden (2)" });
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The mapping shown, and the one downloaded, is the hand-written file, byte for byte: the
    // same keys in the same order, laid out the same way (apps/staff/src/lib/json-file.ts).
    const handWritten = readFileSync(join(FIXTURES, "surveyxact-who5.mapping.json"), "utf8");
    const shown = page.getByRole("region", { name: "Mappingen som JSON" });
    expect(await shown.locator("pre").textContent()).toBe(handWritten);
    const [download] = await Promise.all([page.waitForEvent("download"), shown.getByRole("button", { name: "Hent mappingfilen" }).click()]);
    expect(download.suggestedFilename()).toBe("surveyxact-who5.mapping.json");
    const saved = join(dir, "downloaded.mapping.json");
    await download.saveAs(saved);
    expect(readFileSync(saved, "utf8")).toBe(handWritten);
    expect(readFileSync(saved).equals(readFileSync(join(FIXTURES, "surveyxact-who5.mapping.json")))).toBe(true);
    await page.screenshot({ path: join(tmpdir(), "skridt-import-mapping-steps.png"), fullPage: true });

    // Checked and imported with the chosen mapping, as with the file.
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByText("Alt ser fint ud: 19 rækker.").waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Alt ser fint ud" }).textContent()).toBe(checkedByFile);
    await page.getByText("12 nye deltagere bliver oprettet.").waitFor();
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("Importeret: 19 rækker.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The same file imported with the hand-written mapping (what import.answers runs) into a
    // second demo database gives the same participants, assessments, answers and scores.
    const parsed = parseMapping(JSON.parse(readFileSync(join(FIXTURES, "surveyxact-who5.mapping.json"), "utf8")));
    if (!parsed.ok) throw new Error("the fixture mapping is invalid");
    const organisation = await reference.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } });
    const programme = await reference.db.programme.findFirstOrThrow({ where: { name: "Brug din rampe" } });
    const result = await runImport(reference.db, {
      scope: { organisationId: organisation.id, programmeId: programme.id },
      mapping: parsed.mapping,
      content: readFileSync(join(FIXTURES, "surveyxact-who5.csv")),
      fileName: "surveyxact-who5.csv",
      actorId: null,
    });
    expect(result.ok).toBe(true);
    const ours = await imported(server.db);
    expect(ours).toHaveLength(19);
    expect(ours).toEqual(await imported(reference.db));

    // The Excel example (follow-up for six of those participants): its question columns are
    // headed by the item ids and its answers are codes, so only four choices are needed.
    await page.getByLabel("Datafil (CSV eller Excel)").setInputFiles(join(FIXTURES, "followup-who5.xlsx"));
    await page.getByText("Filen har 7 kolonner og 6 rækker.").waitFor();
    await select(page, "Spørgeskema", "WHO-5 Trivselsindeks (1.0.0)");
    await select(page, "Måling", "Opfølgning");
    await select(page, "Kolonne med deltagerkode", "Deltager");
    await select(page, "Kolonne med besvarelsesdato", "Dato");
    // Byte for byte the hand-written file, which names the version (as the page always does):
    // without it an import run after a new version of the questionnaire would read the same file differently.
    const followupText = readFileSync(join(FIXTURES, "followup-who5.mapping.json"), "utf8");
    await expect.poll(async () => await shown.locator("pre").textContent()).toBe(followupText);
    const followup = JSON.parse(followupText) as unknown;
    await page.getByRole("button", { name: "Kontrollér" }).click();
    await page.getByText("Alt ser fint ud: 6 rækker.").waitFor();
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("Importeret: 6 rækker.").waitFor();
    const parsedFollowup = parseMapping(followup);
    if (!parsedFollowup.ok) throw new Error("the fixture mapping is invalid");
    const second = await runImport(reference.db, {
      scope: { organisationId: organisation.id, programmeId: programme.id },
      mapping: parsedFollowup.mapping,
      content: readFileSync(join(FIXTURES, "followup-who5.xlsx")),
      fileName: "followup-who5.xlsx",
      actorId: null,
    });
    expect(second.ok).toBe(true);
    const after = await imported(server.db);
    expect(after).toHaveLength(25);
    expect(after).toEqual(await imported(reference.db));
    expect(pageErrors).toEqual([]);
  }, 180_000); // two imports and many choices: longer than the default minute when the machine is busy
});
