import { createSurvey } from "@skridt/api";
import { getInstrument, visibleItems } from "@skridt/instruments";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";

const OFFLINE_TEXT = "Ingen forbindelse – dine svar gemmes på telefonen og sendes, når du er online igen";

/** Answers not yet acknowledged by the server, as the app keeps them on the device. */
function outboxSize(page: Page): Promise<number> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("skridt.outbox."))
      .reduce((sum, key) => sum + (JSON.parse(localStorage.getItem(key) ?? "[]") as unknown[]).length, 0),
  );
}

const progressText = (page: Page) => page.locator(".progress__text").textContent();

/** Waits for the question on screen (its form arrives as its own chunk) and says what kind it is. */
async function questionKind(page: Page): Promise<"radio" | "checkbox" | "typed"> {
  await page.locator("main form input, main form textarea").first().waitFor();
  if ((await page.locator("main input[type=radio]").count()) > 0) return "radio";
  if ((await page.locator("main input[type=checkbox]").count()) > 0) return "checkbox";
  return "typed";
}

/** Answers the question on screen the way a participant would. */
async function answerQuestion(page: Page, kind: "radio" | "checkbox" | "typed") {
  // The first option is "Ja" on the yes/no questions, which opens their follow-up questions.
  if (kind === "radio") return page.locator("main input[type=radio]").first().check();
  if (kind === "checkbox") return page.locator("main input[type=checkbox]").first().check();
  const label = (await page.locator("label.question__prompt").textContent()) ?? "";
  await page
    .locator("main form input, main form textarea")
    .first()
    .fill(/født/i.test(label) ? "1984" : "12");
}

async function next(page: Page) {
  const before = await progressText(page);
  await page.getByRole("button", { name: "Næste" }).click();
  // The next screen is another question or the review.
  await expect.poll(async () => (await page.locator(".progress__text").allTextContents())[0], { timeout: 10_000 }).not.toBe(before);
}

describe("a participant answers the start questionnaire on a phone", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("fills, resumes after a reload, keeps answers offline, submits once, and is accessible throughout", async () => {
    // A seeded participant who has not had a start questionnaire yet.
    const participant = await server.db.participant.findFirstOrThrow({ where: { surveys: { none: { occasion: "start" } } }, select: { id: true } });
    const link = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });

    await page.goto(`${server.url}/a/${link.token}`);
    // The link opens on the first question: no welcome or introduction screen to tap through
    // first. Above it, briefly, what this is and that answers are kept, then the first part's
    // introduction.
    await page.getByRole("heading", { name: "Baggrund" }).waitFor();
    await page.locator("main input[type=radio]").first().waitFor();
    const first = page.locator("main");
    await expect.poll(() => first.innerText()).toContain("Spørgeskema ved start");
    expect(await first.innerText()).toContain("Hvert svar bliver gemt med det samme");
    expect(await page.locator("main .eyebrow").textContent()).toBe("Del 1 af 6");
    expect(await page.locator("main .question-intro").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Start" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Tilbage" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    let answered = 0;
    let reloaded = false;
    let offline: "before" | "during" | "after" = "before";
    let offlineAnswers = 0;
    let checkedQuestionPage = false;
    const partsSeen: string[] = [];
    for (let guard = 0; guard < 100; guard++) {
      if ((await page.locator("h1").first().textContent()) === "Tjek dine svar") break;
      // Each part's first question carries the part's introduction; no screen is without a question.
      expect(await page.locator(".progress__text").count()).toBe(1);
      const part = await page.locator("main .eyebrow").allTextContents();
      if (part[0]) partsSeen.push(part[0]);

      const total = Number(/af (\d+)/.exec((await progressText(page)) ?? "")?.[1]);
      const kind = await questionKind(page);
      // After the reload, the network goes for the next two answers: they wait on the phone.
      if (reloaded && offline === "before" && kind === "radio") {
        await context.setOffline(true);
        offline = "during";
      }
      await answerQuestion(page, kind);
      answered++;

      if (!checkedQuestionPage && kind === "radio") {
        checkedQuestionPage = true;
        // A choice question is one group named by its prompt, with native radios.
        const prompt = (await page.locator("main legend").textContent()) ?? "";
        await expect.poll(() => page.getByRole("group", { name: prompt, exact: true }).getByRole("radio").count(), { timeout: 10_000 }).toBeGreaterThan(1);
        expect(await seriousViolations(page)).toEqual([]);
      }

      if (offline === "during" && ++offlineAnswers === 2) {
        await page.getByRole("status").filter({ hasText: OFFLINE_TEXT }).waitFor();
        expect(await outboxSize(page)).toBe(2);
        await context.setOffline(false);
        offline = "after";
        // Back online: the outbox empties by itself.
        await expect.poll(() => outboxSize(page), { timeout: 10_000 }).toBe(0);
        await page
          .getByRole("status")
          .filter({ hasText: /^Gemt$/ })
          .waitFor();
      }

      if (!reloaded && answered >= total / 2 && kind === "radio") {
        // Half-way: once the answer is on the server, reload and find it again.
        await page
          .getByRole("status")
          .filter({ hasText: /^Gemt$/ })
          .waitFor();
        const where = await progressText(page);
        const chosen = await page.locator("main input[type=radio]:checked").getAttribute("value");
        await page.reload();
        await page.locator("main input[type=radio]").first().waitFor();
        expect(await progressText(page)).toBe(where);
        expect(await page.locator("main input[type=radio]:checked").getAttribute("value")).toBe(chosen);
        reloaded = true;
      }
      await next(page);
    }
    expect(reloaded).toBe(true);
    expect(offline).toBe("after");
    expect(new Set(partsSeen)).toEqual(new Set(["Del 1 af 6", "Del 2 af 6", "Del 3 af 6", "Del 4 af 6", "Del 5 af 6", "Del 6 af 6"]));

    await page.getByRole("heading", { name: "Tjek dine svar" }).waitFor();
    // Short: nothing is missing, so no answer is listed until asked for; one send button, near the top.
    expect(await page.getByText("Du har svaret på alle spørgsmålene.", { exact: false }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /^Ret/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Send svarene" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // Every answer, each changeable, one tap away; opened, the list ends with the send button again.
    await page.getByText("Se eller ret dine svar").click();
    await expect.poll(() => page.getByRole("button", { name: /^Ret/ }).count()).toBeGreaterThan(20);
    expect(await page.getByRole("button", { name: "Send svarene" }).count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Send svarene" }).last().click();
    await page.getByRole("heading", { name: /Tak/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await outboxSize(page)).toBe(0);

    // In the database: submitted, every visible answered item stored exactly once, scored.
    const survey = await server.db.survey.findUniqueOrThrow({
      where: { id: link.surveyId },
      select: {
        status: true,
        assessments: {
          select: {
            id: true,
            instrumentId: true,
            instrumentVersion: true,
            answers: { select: { itemId: true, value: true } },
            scores: { select: { scaleId: true, value: true } },
          },
        },
      },
    });
    expect(survey.status).toBe("submitted");
    // Background the mentor recorded is not asked through the link (issue 14 item 4).
    const record = await server.db.participant.findUniqueOrThrow({ where: { id: participant.id }, select: { gender: true, birthYear: true } });
    const knownFromRecord = new Set([...(record.gender ? ["baggrund/koen"] : []), ...(record.birthYear ? ["baggrund/foedselsaar"] : [])]);
    let stored = 0;
    for (const assessment of survey.assessments) {
      const instrument = getInstrument(assessment.instrumentId, assessment.instrumentVersion);
      if (!instrument) throw new Error(`unknown instrument ${assessment.instrumentId}`);
      const values = Object.fromEntries(assessment.answers.map((a) => [a.itemId, JSON.parse(a.value) as unknown]));
      const itemIds = assessment.answers.map((a) => a.itemId);
      expect(new Set(itemIds).size, `${assessment.instrumentId}: duplicate answers`).toBe(itemIds.length);
      expect(itemIds.sort(), assessment.instrumentId).toEqual(
        visibleItems(instrument, values)
          .map((i) => i.id)
          .filter((id) => !knownFromRecord.has(`${assessment.instrumentId}/${id}`))
          .sort(),
      );
      stored += itemIds.length;
    }
    expect(stored).toBe(answered);
    const rows = await server.db.answer.count({ where: { assessment: { surveyId: link.surveyId } } });
    expect(rows).toBe(answered);
    // The conditional follow-ups opened by "Ja" were asked and stored.
    const baggrund = survey.assessments.find((a) => a.instrumentId === "baggrund");
    expect(baggrund?.answers.map((a) => a.itemId)).toEqual(expect.arrayContaining(["samlever_psykisk", "boern_psykisk"]));
    for (const instrumentId of ["who5", "gse", "selvvurderet-helbred"]) {
      const scores = survey.assessments.find((a) => a.instrumentId === instrumentId)?.scores ?? [];
      expect(scores.length, instrumentId).toBeGreaterThan(0);
      expect(
        scores.every((s) => s.value !== null),
        instrumentId,
      ).toBe(true);
    }
    expect(pageErrors).toEqual([]);
  });
});
