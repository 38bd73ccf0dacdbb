import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// A mentor sends the employer questionnaire from the company register; the employer opens
// the link on a phone, answers and submits. Accessible on every screen.
describe("an employer answers the employer questionnaire on a phone", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const pageErrors: string[] = [];

  const watch = (page: Page) => watchPageErrors(page, pageErrors);

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the mentor makes the link; the employer answers, submits, and is never shown more than a first name", async () => {
    // The mentor: add a company to the register and send it the questionnaire.
    const mentor = watch(await (await browser.newContext({ locale: "da-DK" })).newPage());
    await signInToStaff(mentor, server.url, "mentor.aarhus@skridt.demo");
    await mentor.getByRole("link", { name: "Virksomheder" }).click();
    await mentor.getByRole("heading", { name: "Virksomheder", level: 1 }).waitFor();
    await mentor.getByLabel("Navn", { exact: true }).fill("Bageriet Korn");
    await mentor.getByLabel(/CVR-nummer/).fill("12345678");
    await mentor.getByRole("button", { name: "Tilføj virksomhed" }).click();
    await mentor.getByText("Bageriet Korn er tilføjet.").waitFor();
    expect(await seriousViolations(mentor)).toEqual([]);

    await mentor.getByRole("link", { name: "Send virksomhedsskema" }).click();
    await mentor.getByLabel("Bageriet Korn").check();
    await mentor.getByLabel(/som Bageriet Korn ser/).fill("Anna");
    await mentor.getByRole("button", { name: "Lav links" }).click();
    await mentor.getByRole("heading", { name: "Links til virksomhedsskemaet" }).waitFor();
    expect(await seriousViolations(mentor)).toEqual([]);
    const link = await mentor.getByLabel("Personligt link til Bageriet Korn").inputValue();
    expect(link).toMatch(/\/a\/[A-Za-z0-9_-]{20,}$/);
    // Who has answered: not yet.
    await expect.poll(() => mentor.getByRole("region", { name: "Sendte skemaer til virksomheder og frivillige" }).textContent()).toContain("Ikke besvaret");

    // The employer, on a phone.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const phone = watch(await context.newPage());
    await phone.goto(link);
    await phone.getByRole("heading", { name: "Spørgeskema til arbejdspladsen" }).waitFor();
    const welcome = (await phone.locator("main").textContent()) ?? "";
    expect(welcome).toContain("Spørgsmålene handler om jeres samarbejde om Anna.");
    expect(welcome).not.toMatch(/Deltagerkode|AAR-/);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.getByRole("button", { name: "Start" }).click();
    await phone.getByRole("heading", { name: "Virksomhedsskema" }).waitFor();
    await phone.getByRole("button", { name: "Næste" }).click();

    // Three "I hvilken grad" questions, then the optional comment.
    for (let i = 0; i < 3; i++) {
      await phone.locator("main input[type=radio]").first().waitFor();
      if (i === 0) expect(await seriousViolations(phone)).toEqual([]);
      await phone.getByRole("radio", { name: i === 1 ? "I nogen grad" : "I høj grad", exact: true }).check();
      await phone.getByRole("button", { name: "Næste" }).click();
    }
    await phone.locator("main textarea").fill("Godt samarbejde, tæt opfølgning.");
    await phone.getByRole("button", { name: "Næste" }).click();

    await phone.getByRole("heading", { name: "Tjek dine svar" }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.getByRole("button", { name: "Send svarene" }).click();
    await phone.getByRole("heading", { name: "Tak for dine svar" }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    // No participant change figures for an employer.
    expect(await phone.getByText("Sådan har det ændret sig").count()).toBe(0);

    const survey = await server.db.survey.findFirstOrThrow({
      where: { respondentType: "company" },
      select: { status: true, aboutFirstName: true, assessments: { select: { participantId: true, answers: { select: { itemId: true } } } } },
    });
    expect(survey.status).toBe("submitted");
    expect(survey.aboutFirstName).toBe("Anna");
    expect(survey.assessments[0]?.participantId).toBeNull();
    expect(survey.assessments[0]?.answers.map((a) => a.itemId).sort()).toEqual(["bemaerkninger", "indsigt", "interesse_ansaette", "kontakt_fastholdelse"]);

    // The mentor sees it answered.
    await mentor.reload();
    await expect.poll(() => mentor.getByRole("region", { name: "Sendte skemaer til virksomheder og frivillige" }).textContent()).toContain("Besvaret");
    expect(pageErrors).toEqual([]);
  });
});
