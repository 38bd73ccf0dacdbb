import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

const EXAMPLE = join(import.meta.dirname, "../../packages/instruments/src/examples/hverdagsmestring.json");
const exampleText = () => readFileSync(EXAMPLE, "utf8");
const example = () => JSON.parse(exampleText()) as Record<string, unknown>;

// Expressions run in the page are given as strings: this project's tsconfig has no DOM types.

/** Axe clean, and nothing wider than the screen, at a laptop's and a phone's width. */
async function checkLayouts(page: Page) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await seriousViolations(page), `axe at ${width} px`).toEqual([]);
    expect(await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"), `sideways scroll at ${width} px`).toBe(0);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

const question = (page: Page, number: number) => page.getByRole("group", { name: new RegExp(`^Spørgsmål ${number}(:|$)`) });
const option = (q: Locator, number: number) => q.getByRole("group", { name: `Svarmulighed ${number}`, exact: true });

async function fillPair(scope: Locator, label: string, da: string, en: string) {
  await scope.getByLabel(`${label} (dansk)`).fill(da);
  await scope.getByLabel(`${label} (engelsk)`).fill(en);
}

// An administrator builds the hverdagsmestring example by hand in the questionnaire builder:
// the server's problems appear on their fields, the preview shows it, and both what is saved
// and what is downloaded are the hand-written example file.
describe("an administrator builds the programme's own questionnaire in a form", () => {
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

  // Long by nature (a whole questionnaire typed in, axe four times), so it gets more than the default minute.
  it("builds, checks, previews, downloads and saves the example, identical to the file", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = watchPageErrors(await context.newPage(), pageErrors);
    await signInToStaff(page, server.url, "admin@skridt.demo");
    await page.getByRole("link", { name: "Programmer", exact: true }).first().waitFor();
    const programme = await server.db.programme.findFirstOrThrow({ select: { id: true } });
    // The demo has no questionnaire with the example's id, so the file can be compared as it is.
    expect(await server.db.programmeInstrument.count({ where: { instrumentId: "hverdagsmestring-eksempel" } })).toBe(0);
    // From the measurement plan's own questionnaires, a link leads to the builder.
    await page.goto(`${server.url}/staff/programmes/${programme.id}/plan`);
    await page.getByRole("link", { name: "Byg et spørgeskema i en formular" }).click();
    await page.getByRole("heading", { name: /^Byg et spørgeskema/, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/programmes/${programme.id}/instruments/new`);
    await checkLayouts(page);

    // Checking an empty form: the form's own checks name the fields, and nothing is sent.
    await page.getByRole("button", { name: "Tjek og vis spørgeskemaet" }).click();
    await page.getByText("Nogle felter skal rettes først.").waitFor();
    expect(await page.evaluate('document.activeElement?.closest(".ui-field")?.querySelector("label")?.textContent')).toBe("Id");

    // About the questionnaire. A built-in's id first: the server's problem lands on the Id field.
    await page.getByLabel("Id", { exact: true }).first().fill("who5");
    await fillPair(
      page.locator("section", { has: page.getByRole("heading", { name: "Om spørgeskemaet" }) }),
      "Titel",
      "Hverdagsmestring (eksempel)",
      "Everyday coping (example)",
    );
    await fillPair(
      page.locator("section", { has: page.getByRole("heading", { name: "Om spørgeskemaet" }) }),
      "Introduktion",
      "Et eksempel på et programmes eget spørgeskema. Tre udsagn om din hverdag.",
      "An example of a programme's own questionnaire. Three statements about your everyday life.",
    );
    await page.getByLabel("Kilde", { exact: true }).fill("Skridt example: a programme-made questionnaire, not a validated instrument.");
    await page.getByLabel("Licens eller vilkår for brug").fill("CC0: example for programmes writing their own instruments.");
    await page.getByRole("checkbox", { name: "Start" }).check();
    await page.getByRole("checkbox", { name: "Slut" }).check();

    // Question 1: a five-point Likert item, options added one by one (codes come numbered).
    const likert: [string, string][] = [
      ["Passer slet ikke", "Not at all true"],
      ["Passer lidt", "A little true"],
      ["Passer nogenlunde", "Fairly true"],
      ["Passer godt", "Quite true"],
      ["Passer helt", "Completely true"],
    ];
    const q1 = question(page, 1);
    await q1.getByLabel("Id", { exact: true }).fill("struktur");
    await q1.getByLabel("Skal besvares").check();
    await fillPair(q1, "Fælles indledning", "Den seneste uge ...", "In the past week ...");
    await fillPair(q1, "Spørgsmål", "har jeg haft en fast rytme i min hverdag", "I have had a steady daily routine");
    for (const [index, [da, en]] of likert.entries()) {
      if (index >= 2) await q1.getByRole("button", { name: /^Tilføj svarmulighed/ }).click();
      // A new option's Danish text gets focus: type straight into it.
      if (index >= 2) await page.keyboard.type(da);
      else
        await option(q1, index + 1)
          .getByLabel("Tekst (dansk)")
          .fill(da);
      await option(q1, index + 1)
        .getByLabel("Tekst (engelsk)")
        .fill(en);
      expect(
        await option(q1, index + 1)
          .getByLabel("Kode")
          .inputValue(),
      ).toBe(String(index + 1));
    }

    // Question 2: the same options, copied from question 1.
    await page.getByRole("button", { name: "Tilføj spørgsmål" }).click();
    await page.keyboard.type("overblik"); // the new question's Id has focus
    const q2 = question(page, 2);
    await q2.getByLabel("Skal besvares").check();
    await fillPair(q2, "Fælles indledning", "Den seneste uge ...", "In the past week ...");
    await fillPair(q2, "Spørgsmål", "har jeg mistet overblikket over mine aftaler", "I have lost track of my appointments");
    await q2.getByRole("button", { name: /^Kopiér svarmuligheder fra forrige spørgsmål \(fra struktur\)/ }).click();
    expect(await option(q2, 5).getByLabel("Tekst (engelsk)").inputValue()).toBe("Completely true");

    // Question 3: a number of days, 0 to 7.
    await page.getByRole("button", { name: "Tilføj spørgsmål" }).click();
    const q3 = question(page, 3);
    await q3.getByLabel("Id", { exact: true }).fill("ude");
    await q3.getByLabel("Type").selectOption({ label: "Tal" });
    await q3.getByLabel("Skal besvares").check();
    await fillPair(q3, "Spørgsmål", "Hvor mange dage har du været ude af huset den seneste uge?", "On how many days did you leave the house in the past week?");
    await q3.getByLabel("Mindste værdi").fill("0");
    await q3.getByLabel("Største værdi").fill("7");
    await fillPair(q3, "Enhed", "dage", "days");

    // Question 4: free text, shown once question 3 is answered.
    await page.getByRole("button", { name: "Tilføj spørgsmål" }).click();
    const q4 = question(page, 4);
    await q4.getByLabel("Id", { exact: true }).fill("ude_hvad");
    await q4.getByLabel("Type").selectOption({ label: "Fritekst" });
    await fillPair(q4, "Spørgsmål", "Hvad var du ude for at lave?", "What did you go out to do?");
    await q4.getByLabel("Højst antal tegn").fill("300");
    await q4.getByLabel("Vis spørgsmålet").selectOption({ label: "Når et tidligere spørgsmål er besvaret" });
    await q4.getByLabel("Tidligere spørgsmål").selectOption({ label: "Spørgsmål 3: ude (Hvor mange dage har du været ude af huset den seneste uge?)" });

    // The scale: the mean of struktur and overblik (reverse-keyed), 1-5, higher is better.
    await page.getByRole("button", { name: "Tilføj skala" }).click();
    const scale = page.getByRole("group", { name: /^Skala 1(:|$)/ });
    await scale.getByLabel("Id", { exact: true }).fill("hverdagsmestring");
    await fillPair(scale, "Navn", "Hverdagsmestring (1-5)", "Everyday coping (1-5)");
    await scale.getByLabel("Beregning").selectOption({ label: "Gennemsnit af svarene" });
    await scale.getByRole("checkbox", { name: /^struktur/ }).check();
    await scale.getByRole("checkbox", { name: /^overblik/ }).check();
    await scale.getByRole("checkbox", { name: "Vendt scoring (spørgsmål overblik)" }).check();
    await scale.getByRole("button", { name: /^Beregn fra spørgsmålene/ }).click();
    expect([await scale.getByLabel("Laveste mulige score").inputValue(), await scale.getByLabel("Højeste mulige score").inputValue()]).toEqual(["1", "5"]);
    expect(await scale.getByLabel("Retning").inputValue()).toBe("higher");
    await scale.getByLabel("Mindste vigtige ændring").fill("1");
    await checkLayouts(page);

    // The server refuses a built-in's id, and says so on the Id field; nothing is stored.
    await page.getByRole("button", { name: "Tjek og vis spørgeskemaet" }).click();
    await page.getByText("Definitionen har 1 problem. Intet er gemt.").waitFor();
    const idField = page.locator(".ui-field", { has: page.getByLabel("Id", { exact: true }).first() }).first();
    expect(await idField.locator(".ui-field__error").textContent()).toContain("er id'et på et af Skridts indbyggede spørgeskemaer");
    expect(await page.getByLabel("Id", { exact: true }).first().getAttribute("aria-invalid")).toBe("true");
    expect(await server.db.programmeInstrument.count()).toBe(0);

    // The right id: the check passes and the preview shows the questionnaire.
    await page.getByLabel("Id", { exact: true }).first().fill("hverdagsmestring-eksempel");
    await page.getByRole("button", { name: "Tjek og vis spørgeskemaet" }).click();
    await page.getByRole("heading", { name: "Hverdagsmestring (eksempel) (version 1.0.0)" }).waitFor();
    const preview = await page.locator(".instrument-preview").textContent();
    expect(preview).toContain("har jeg haft en fast rytme i min hverdag");
    expect(preview).toContain("5: Passer helt");
    expect(preview).toContain("Hverdagsmestring (1-5): gennemsnit af struktur, overblik (1-5)");
    await checkLayouts(page);

    // "Download as JSON": the file is the hand-written example, byte for byte (the same keys in
    // the same order, laid out as the example is: apps/staff/src/lib/json-file.ts).
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent som JSON-fil" }).click()]);
    expect(download.suggestedFilename()).toBe("hverdagsmestring-eksempel-1-0-0.json");
    expect(readFileSync((await download.path())!, "utf8")).toBe(exampleText());
    expect(readFileSync((await download.path())!).equals(readFileSync(EXAMPLE))).toBe(true);

    // Saved: what is stored is the example file.
    await page.getByRole("button", { name: "Gem spørgeskemaet" }).click();
    await page.getByText("Spørgeskemaet hverdagsmestring-eksempel version 1.0.0 er gemt.").waitFor();
    const stored = await server.db.programmeInstrument.findFirstOrThrow({
      where: { programmeId: programme.id },
      select: { instrumentId: true, version: true, definition: true },
    });
    expect(stored).toMatchObject({ instrumentId: "hverdagsmestring-eksempel", version: "1.0.0" });
    expect(JSON.parse(stored.definition)).toEqual(example());
    await checkLayouts(page);

    // Back on the measurement plan, it is listed with the programme's own questionnaires.
    await page.getByRole("link", { name: "Gå til måleplanen" }).click();
    await page.getByRole("row", { name: /Hverdagsmestring \(eksempel\)/ }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("loads the saved questionnaire for its next version, moves a question with the keyboard, and writes the file again", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = watchPageErrors(await context.newPage(), pageErrors);
    await signInToStaff(page, server.url, "admin@skridt.demo");
    await page.getByRole("link", { name: "Programmer", exact: true }).first().waitFor();
    const programme = await server.db.programme.findFirstOrThrow({ select: { id: true } });
    await page.goto(`${server.url}/staff/programmes/${programme.id}/instruments/new`);
    await page.getByLabel("Programmets spørgeskemaer").selectOption({ label: "Hverdagsmestring (eksempel) (hverdagsmestring-eksempel 1.0.0)" });
    await page.getByRole("button", { name: "Hent ind i formularen" }).click();
    await page.getByText("Hverdagsmestring (eksempel) er hentet ind i formularen. Versionen er sat til 1.1.0").waitFor();
    expect(await page.getByLabel("Version").inputValue()).toBe("1.1.0");
    expect(await question(page, 4).getByLabel("Id", { exact: true }).inputValue()).toBe("ude_hvad");

    // Moved above the question it depends on: focus stays on the moved question, the server objects on its condition.
    await question(page, 4).getByRole("button", { name: "Flyt op (spørgsmål 4)" }).press("Enter");
    await page.getByRole("group", { name: "Spørgsmål 3: ude_hvad" }).waitFor();
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Flyt op (spørgsmål 3)");
    await page.getByRole("button", { name: "Tjek og vis spørgeskemaet" }).click();
    await page.getByText("Definitionen har 1 problem. Intet er gemt.").waitFor();
    expect(await question(page, 3).getByLabel("Vis spørgsmålet").getAttribute("aria-invalid")).toBe("true");
    expect(await question(page, 3).locator(".ui-field__error").textContent()).toContain(
      'visningsbetingelsen henviser til "ude", som ikke kommer før dette spørgsmål',
    );

    // Moved back to the end (focus goes to its remaining button): the check passes, and the file is the example's.
    await question(page, 3).getByRole("button", { name: "Flyt ned (spørgsmål 3)" }).press("Enter");
    await page.getByRole("group", { name: "Spørgsmål 4: ude_hvad" }).waitFor();
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Flyt op (spørgsmål 4)");
    await page.getByRole("button", { name: "Tjek og vis spørgeskemaet" }).click();
    await page.getByRole("heading", { name: "Hverdagsmestring (eksempel) (version 1.1.0)" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent som JSON-fil" }).click()]);
    // The example file with its next version: the one line that differs.
    expect(readFileSync((await download.path())!, "utf8")).toBe(exampleText().replace('"version": "1.0.0"', '"version": "1.1.0"'));
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
