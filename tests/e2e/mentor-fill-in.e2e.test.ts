import { createSurvey } from "@skridt/api";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

const MENTOR = "mentor.aarhus@skridt.demo";

/** tests/ compiles without the DOM lib: the part of the page's document these checks read. */
interface FocusElement {
  type?: string;
  className?: string;
  textContent: string | null;
  closest(selector: string): FocusElement | null;
}
type PageGlobals = { document: { activeElement: FocusElement | null } };

/** The text of the element that has focus (a button's words, a radio's label), for driving by keyboard. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = (globalThis as unknown as PageGlobals).document.activeElement;
    if (!active) return "";
    const label = active.closest("label");
    return (label ?? active).textContent?.trim() ?? "";
  });
}

/** Presses Tab until the focused element says `name` (as a mentor tabbing to a button would). */
async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if ((await focusedText(page)) === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

/** One screen further, by keyboard: Tab to Næste and press Enter. */
async function next(page: Page) {
  const before = `${await page.locator("h1").first().textContent()}|${await page.locator(".progress__text").allTextContents()}`;
  await tabTo(page, "Næste");
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => `${await page.locator("h1").first().textContent()}|${await page.locator(".progress__text").allTextContents()}`, { timeout: 10_000 })
    .not.toBe(before);
}

describe("a mentor fills in the start questionnaire beside the participant, in real Chromium", () => {
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

  it("opens it from the Spørgeskemaer tab, answers every question by keyboard, submits, and the scores show", async () => {
    // A participant of this mentor's organisation who has not answered a start questionnaire yet.
    const participant = await server.db.participant.findFirstOrThrow({
      where: { organisation: { name: "Jobcenter Aarhus" }, surveys: { none: { occasion: "start" } }, erasedAt: null },
      select: { id: true },
      orderBy: { code: "asc" },
    });
    const created = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "assisted", createdById: null });

    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
    const page = watchPageErrors(await context.newPage(), pageErrors);
    await signInToStaff(page, server.url, MENTOR);
    await page.getByRole("button", { name: "Log ud" }).waitFor();
    await page.goto(`${server.url}/staff/participants/${participant.id}?tab=surveys`);
    const startCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Start", exact: true }) });
    const fillIn = startCard.getByRole("link", { name: "Udfyld sammen med deltageren" });
    await fillIn.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fillIn.focus();
    await page.keyboard.press("Enter");

    // The participant app's own welcome screen, inside the staff app.
    await page.getByRole("heading", { level: 1, name: "Spørgeskema ved start" }).waitFor();
    expect(await page.getByText("Sammen med deltageren").count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, "Start");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Baggrund" }).waitFor();

    let answered = 0;
    let checkedQuestion = false;
    for (let guard = 0; guard < 120; guard++) {
      const heading = (await page.locator("h1").first().textContent()) ?? "";
      if (heading === "Tjek dine svar") break;
      if ((await page.locator(".progress__text").count()) === 0) {
        // An instrument's introduction.
        await next(page);
        continue;
      }
      await page.locator("main form input, main form textarea").first().waitFor();
      // Each new screen starts at its heading; Tab goes into the question, past the buttons above
      // its answers ("Læs op", "Hvad betyder det?") when the question has them.
      let type = "";
      for (let presses = 0; presses < 6 && !["radio", "checkbox", "text", "number", "textarea", "date"].includes(type); presses++) {
        await page.keyboard.press("Tab");
        type = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.type ?? "");
      }
      if (type === "radio" || type === "checkbox") {
        // Space chooses the focused option (the first one: "Ja" opens the yes/no follow-ups).
        await page.keyboard.press("Space");
      } else {
        const label = (await page.locator("label.question__prompt").textContent()) ?? "";
        await page.keyboard.type(/født/i.test(label) ? "1984" : "12");
      }
      answered++;
      if (!checkedQuestion && type === "radio") {
        checkedQuestion = true;
        expect(await page.locator("main input[type=radio]:checked").count()).toBe(1);
        expect(await seriousViolations(page)).toEqual([]);
      }
      await next(page);
    }
    expect(answered).toBeGreaterThan(20);

    await page.getByRole("heading", { level: 1, name: "Tjek dine svar" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, "Send svarene");
    await page.keyboard.press("Enter");

    // Back on the participant's questionnaires: word that it went, and the start card with its scores.
    await page.getByText("Du har sendt startspørgeskemaet, og resultaterne er beregnet.").waitFor();
    await expect.poll(() => startCard.textContent()).toContain("Udfyldt og sendt");
    expect(await startCard.textContent()).toContain("Sammen med mentor");
    expect(await startCard.getByText("WHO-5").count()).toBeGreaterThan(0);
    expect(await startCard.getByRole("link", { name: "Udfyld sammen med deltageren" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // In the database: submitted, every answer stored once, scored, mode and the mentor recorded.
    const survey = await server.db.survey.findUniqueOrThrow({
      where: { id: created.surveyId },
      select: {
        status: true,
        mode: true,
        assessments: { select: { mode: true, instrumentId: true, scores: { select: { value: true } }, _count: { select: { answers: true } } } },
      },
    });
    expect([survey.status, survey.mode]).toEqual(["submitted", "assisted"]);
    expect(survey.assessments.every((a) => a.mode === "assisted")).toBe(true);
    expect(survey.assessments.reduce((sum, a) => sum + a._count.answers, 0)).toBe(answered);
    expect(survey.assessments.find((a) => a.instrumentId === "who5")?.scores[0]?.value).not.toBeNull();
    const mentor = await server.db.user.findUniqueOrThrow({ where: { email: MENTOR }, select: { id: true } });
    const submitted = await server.db.auditEvent.findFirstOrThrow({ where: { action: "survey.entry_submit", targetId: created.surveyId } });
    expect(submitted.actorId).toBe(mentor.id);
    expect(await server.db.auditEvent.count({ where: { action: "survey.entry_answer", targetId: created.surveyId, actorId: mentor.id } })).toBe(answered);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("types in a paper form on one page, with the day it was filled in; missing answers are listed and linked", async () => {
    const participant = await server.db.participant.findFirstOrThrow({
      where: { organisation: { name: "Jobcenter Aarhus" }, surveys: { none: { occasion: "start" } }, erasedAt: null },
      select: { id: true },
      orderBy: { code: "desc" },
    });
    const created = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "paper", createdById: null });
    const filledOn = new Date(Date.now() - 9 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
    const page = watchPageErrors(await context.newPage(), pageErrors);
    await signInToStaff(page, server.url, MENTOR);
    await page.getByRole("button", { name: "Log ud" }).waitFor();
    await page.goto(`${server.url}/staff/participants/${participant.id}?tab=surveys`);
    await page.getByRole("article").getByRole("link", { name: "Indtast papirskema" }).click();
    await page.getByRole("heading", { level: 1, name: "Indtast papirskema" }).waitFor();
    await page.locator(".all-question input").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Sending an empty form lists what is missing, each a link to its question.
    await page.getByRole("button", { name: "Gem og send papirskemaet" }).click();
    const missing = page.getByRole("alert").filter({ hasText: /Der mangler svar på \d+ spørgsmål/ });
    await missing.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await missing.getByRole("link").first().click();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.className)).toBe("all-question");

    // Every visible question answered as on paper; "Ja" opens follow-ups, so go round until none is left.
    for (let round = 0; round < 5; round++) {
      let changed = 0;
      for (const question of await page.locator(".all-question").all()) {
        if ((await question.locator("input[type=radio], input[type=checkbox]").count()) > 0) {
          if ((await question.locator("input:checked").count()) === 0) {
            await question.locator("input").first().check();
            changed++;
          }
          continue;
        }
        const field = question.locator("input, textarea").first();
        if ((await field.inputValue()) === "") {
          const label = (await question.locator("label.question__prompt").textContent()) ?? "";
          await field.fill(/født/i.test(label) ? "1984" : "12");
          await field.blur();
          changed++;
        }
      }
      if (changed === 0) break;
    }
    await page.getByLabel("Dato for udfyldelse af papirskemaet").fill(filledOn);
    await page.getByRole("button", { name: "Gem og send papirskemaet" }).click();

    await page.getByText("Du har sendt startspørgeskemaet, og resultaterne er beregnet.").waitFor();
    const startCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Start", exact: true }) });
    await expect.poll(() => startCard.textContent()).toContain("Udfyldt og sendt");
    expect(await startCard.textContent()).toContain("Papir – indtastes af mentor");
    expect(await seriousViolations(page)).toEqual([]);

    const survey = await server.db.survey.findUniqueOrThrow({ where: { id: created.surveyId }, include: { assessments: { include: { scores: true } } } });
    expect([survey.status, survey.mode, survey.submittedAt?.toISOString().slice(0, 10)]).toEqual(["submitted", "paper", filledOn]);
    expect(survey.assessments.every((a) => a.mode === "paper" && a.submittedAt?.toISOString().slice(0, 10) === filledOn)).toBe(true);
    expect(survey.assessments.find((a) => a.instrumentId === "who5")?.scores[0]?.value).not.toBeNull();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
