// Care when answers show that someone is struggling (issue 13), in the real apps: a participant
// whose WHO-5 fell from 80 to 20 sees, on their phone, where to get help and reads "en del
// dårligere" (never "lidt dårligere"); their mentor finds "Trivsel lav ved slutskema: tag kontakt"
// on the due list and records the follow-up, which takes the item off the list.
import { createSurvey } from "@skridt/api";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, type Caller } from "../support/api";
import { answerThroughLink } from "../support/answer-through-link";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

const MENTOR = "mentor.aarhus@skridt.demo";
const NAME = "Sofie Omsorgsen";

describe("care after a questionnaire that shows someone is struggling", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let anonymous: Caller;
  let endToken: string;
  let participantId: string;
  let mentorId: string;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    anonymous = (await callerFor(server.db)).caller;
    const mentor = await server.db.user.findUniqueOrThrow({ where: { email: MENTOR }, select: { id: true } });
    mentorId = mentor.id;
    const colleague = await server.db.participant.findFirstOrThrow({ where: { mentorId }, select: { organisationId: true, programmeId: true } });
    const participant = await server.db.participant.create({
      data: {
        code: "CAR-E2E",
        organisationId: colleague.organisationId,
        programmeId: colleague.programmeId,
        mentorId,
        enrolledOn: new Date("2026-01-05T00:00:00Z"),
        identity: { create: { fullName: NAME, searchName: NAME.toLowerCase() } },
      },
    });
    participantId = participant.id;
    // Start: WHO-5 all "Det meste af tiden" (raw 20 → 80), self-efficacy all "Passer slet ikke" (10).
    const start = await createSurvey(server.db, { participantId, occasion: "start", mode: "self", createdById: null });
    await answerThroughLink(anonymous, start.token, { who5: 4, gse: 1 });
    // End: WHO-5 all "Lidt af tiden" (raw 5 → 20: likely depression, a fall of 60), self-efficacy all "Passer præcist" (40).
    const end = await createSurvey(server.db, { participantId, occasion: "end", mode: "self", createdById: null });
    await answerThroughLink(anonymous, end.token, { who5: 1, gse: 4 });
    endToken = end.token;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the participant sees, on a phone, where to get help now, and the change in plain, honest words", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const errors: string[] = [];
    const page = watchPageErrors(await context.newPage(), errors);
    await page.goto(`${server.url}/a/${endToken}`);
    const help = page.getByRole("region", { name: "Hvis du har det svært" });
    await help.waitFor();
    await expect.poll(() => help.textContent()).toContain("Din mentor får besked");
    for (const name of ["Din mentor", "Din egen læge", "Livslinien", "Psykiatrifondens telefonrådgivning"]) {
      expect(await help.getByText(name, { exact: true }).count()).toBe(1);
    }
    expect(await help.getByRole("link", { name: "Ring 70 201 201" }).getAttribute("href")).toBe("tel:70201201");
    expect(await help.getByRole("link", { name: "Ring 39 25 25 25" }).getAttribute("href")).toBe("tel:39252525");
    expect(await help.getByRole("link", { name: "Ring 112" }).getAttribute("href")).toBe("tel:112");
    // No score or label in the help: it is about where to turn, not a verdict.
    expect(await help.textContent()).not.toMatch(/depression|WHO-5|\b20\b|\b80\b/i);

    const change = page.getByRole("region", { name: "Sådan har det ændret sig" });
    const who5 = change.getByRole("listitem").filter({ hasText: "WHO-5" });
    await expect.poll(() => who5.textContent()).toContain("80 ved start, 20 nu.");
    expect(await who5.textContent()).toContain("Det er gået en del dårligere siden starten.");
    expect(await change.textContent()).not.toContain("lidt dårligere");
    // Self-efficacy has no published minimal important change, and still gets a plain sentence.
    const gse = change.getByRole("listitem").filter({ hasText: "10 ved start, 40 nu." });
    expect(await gse.textContent()).toContain("Tallet er gået i den gode retning.");

    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the mentor gets 'Trivsel lav ved slutskema: tag kontakt' and records who followed up and when", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "da-DK" });
    const errors: string[] = [];
    const page = watchPageErrors(await context.newPage(), errors);
    await signInToStaff(page, server.url, MENTOR);
    const item = page.locator(".due-list__item").filter({ hasText: NAME }).filter({ hasText: "Trivsel lav" });
    await item.waitFor();
    expect(await item.textContent()).toContain("Trivsel lav ved slutskema: tag kontakt");

    await item.getByRole("link", { name: new RegExp(NAME) }).click();
    const panel = page.getByRole("region", { name: "Trivsel: tag kontakt" });
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain("WHO-5: 20 (lav trivsel ved 28 eller derunder)");
    expect(await panel.textContent()).toContain("WHO-5: faldet fra 80 til 20");
    expect(await seriousViolations(page)).toEqual([]);

    await panel.getByLabel("Kontakt taget").check();
    await panel.getByRole("button", { name: "Registrér opfølgning" }).click();
    await expect.poll(() => server.db.careFollowUp.count({ where: { participantId } })).toBe(1);
    const row = await server.db.careFollowUp.findFirstOrThrow({ where: { participantId } });
    expect(row).toMatchObject({ outcome: "contacted", followedUpById: mentorId });
    await expect.poll(() => server.db.auditEvent.count({ where: { action: "care.follow_up", targetId: participantId, actorId: mentorId } })).toBe(1);
    // The history says who and when; the item has left the due list.
    await page.getByText("Tidligere spørgeskemaer og opfølgning").waitFor();
    await page.getByRole("link", { name: "Tilbage til deltagerne" }).click();
    await page.getByRole("heading", { name: "Skal følges op" }).waitFor();
    await expect.poll(() => page.locator(".due-list__item").filter({ hasText: NAME }).filter({ hasText: "Trivsel lav" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
