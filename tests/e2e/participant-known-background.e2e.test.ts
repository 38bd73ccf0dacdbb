// Issue 14, item 4, on a phone: a participant whose mentor recorded their gender (and birth year)
// is not asked it again through their personal link; one whose record lacks it gets the gender
// question with four answers, "Vil ikke svare" among them. The question count agrees. Axe clean.
import { createSurvey } from "@skridt/api";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { watchPageErrors } from "../support/staff-page";

const GENDER = "Hvad er dit køn?";
const BIRTH_YEAR = "Hvilket år er du født?";

describe("background a mentor already recorded is not asked again", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A new participant in the demo programme with what the mentor recorded, and their start link. */
  async function startLink(code: string, recorded: { gender?: string; birthYear?: number }) {
    const colleague = await server.db.participant.findFirstOrThrow({ select: { organisationId: true, programmeId: true, mentorId: true } });
    const participant = await server.db.participant.create({
      data: { code, ...colleague, enrolledOn: new Date("2026-11-02T00:00:00Z"), ...recorded },
    });
    return (await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null })).token;
  }

  /** Opens the link on a phone; resolves with the page once the first question shows. */
  async function openOnPhone(token: string, errors: string[]): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const page = watchPageErrors(await context.newPage(), errors);
    await page.goto(`${server.url}/a/${token}`);
    await page.getByRole("heading", { name: "Baggrund" }).waitFor({ timeout: 15_000 });
    await page.locator("main form input, main form textarea").first().waitFor({ timeout: 15_000 });
    return page;
  }

  const questionCount = async (page: Page) => Number(/af (\d+)/.exec((await page.locator(".progress__text").first().textContent()) ?? "")?.[1]);
  const prompt = async (page: Page) => ((await page.locator("main legend, main label.question__prompt").first().textContent()) ?? "").trim();

  it("asks neither gender nor birth year when both are recorded, and counts two questions fewer", async () => {
    const errors: string[] = [];
    const asked = await openOnPhone(await startLink("KENDT-INGEN", {}), errors);
    expect(await prompt(asked)).toBe(GENDER);
    const gender = asked.getByRole("group", { name: GENDER, exact: true });
    expect(await gender.getByRole("radio").count()).toBe(4);
    for (const answer of ["Mand", "Kvinde", "Andet", "Vil ikke svare"]) expect(await gender.getByRole("radio", { name: answer, exact: true }).count()).toBe(1);
    const fullCount = await questionCount(asked);
    expect(await seriousViolations(asked)).toEqual([]);
    await asked.context().close();

    const known = await openOnPhone(await startLink("KENDT-BEGGE", { gender: "female", birthYear: 1981 }), errors);
    expect(await prompt(known)).toBe("Hvad er din højeste afsluttede uddannelse?");
    expect(await questionCount(known)).toBe(fullCount - 2);
    expect(await known.getByText(GENDER).count()).toBe(0);
    expect(await known.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    expect(await seriousViolations(known)).toEqual([]);
    await known.context().close();
    expect(errors).toEqual([]);
  }, 90_000);

  it("asks the birth year but not the gender when only the gender is recorded", async () => {
    const errors: string[] = [];
    const page = await openOnPhone(await startLink("KENDT-KOEN", { gender: "other" }), errors);
    expect(await prompt(page)).toBe(BIRTH_YEAR);
    await page.locator("main form input").first().fill("1984");
    await page.getByRole("button", { name: "Næste" }).click();
    await expect.poll(() => prompt(page), { timeout: 10_000 }).toBe("Hvad er din højeste afsluttede uddannelse?");
    expect(await page.getByText(GENDER).count()).toBe(0);
    await page.context().close();
    expect(errors).toEqual([]);
  }, 60_000);
});
