// "Mit forløb" works offline once loaded (issue 14 section 5): a participant who opened their
// sent link once reopens it without a connection and sees their last-loaded figures, with a note
// that they are shown without a connection and when they were fetched. On a phone, axe clean.
import { createSurvey } from "@skridt/api";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../support/api";
import { answerThroughLink } from "../support/answer-through-link";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { watchPageErrors } from "../support/staff-page";

describe("a participant's timeline opens without a connection once loaded", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let endToken: string;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const anonymous = (await callerFor(server.db)).caller;
    const colleague = await server.db.participant.findFirstOrThrow({ select: { organisationId: true, programmeId: true, mentorId: true } });
    const participant = await server.db.participant.create({
      data: {
        code: "OFF-TL",
        organisationId: colleague.organisationId,
        programmeId: colleague.programmeId,
        mentorId: colleague.mentorId,
        enrolledOn: new Date("2026-01-05T00:00:00Z"),
      },
    });
    const start = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
    await answerThroughLink(anonymous, start.token, { who5: 2 }); // WHO-5 40
    const end = await createSurvey(server.db, { participantId: participant.id, occasion: "end", mode: "self", createdById: null });
    await answerThroughLink(anonymous, end.token, { who5: 4 }); // WHO-5 80
    endToken = end.token;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the last-loaded figures offline with 'vist uden forbindelse' and when they were fetched, at 390 px", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const errors: string[] = [];
    const page = watchPageErrors(await context.newPage(), errors);
    await page.goto(`${server.url}/a/${endToken}`);
    const timeline = page.getByRole("region", { name: "Mit forløb" });
    const who5 = timeline.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "WHO-5 trivsel (0-100)" }) });
    await expect.poll(() => who5.textContent(), { timeout: 15_000 }).toMatch(/Slut \([^)]+\): 80/);
    // Online, no note; the change section above the timeline shows the end questionnaire's change.
    expect(await timeline.getByText(/Vist uden forbindelse/).count()).toBe(0);
    await page.getByRole("heading", { name: "Sådan har det ændret sig" }).waitFor({ timeout: 15_000 });
    // The worker has taken charge of the link's page (the app itself then opens offline).
    await expect.poll(() => page.evaluate<boolean>("navigator.serviceWorker.controller !== null"), { timeout: 20_000 }).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 15_000 });
    await expect.poll(() => who5.textContent(), { timeout: 15_000 }).toMatch(/Slut \([^)]+\): 80/);
    expect(await who5.textContent()).toMatch(/Start \([^)]+\): 40/);
    const note = (await timeline.getByRole("status").filter({ hasText: "Vist uden forbindelse" }).textContent()) ?? "";
    // "Vist uden forbindelse. Hentet 3. december 2026 kl. 19.45."
    expect(note).toMatch(/^Vist uden forbindelse\. Hentet \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}[.:]\d{2}\.$/u);
    expect(await page.getByRole("heading", { name: "Ingen forbindelse" }).count()).toBe(0);
    // The change section above has no kept copy: once it has given up fetching it says nothing, rather
    // than "could not be fetched" above the timeline that shows the figures (and says why).
    await expect.poll(() => page.getByText("Henter dine resultater …").count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByText("Dine resultater kunne ikke hentes lige nu.").count()).toBe(0);
    expect(await page.getByText(/kunne ikke hentes/).count()).toBe(0);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    // Back online: fresh figures, no note.
    await context.setOffline(false);
    await page.reload();
    await expect.poll(() => who5.textContent(), { timeout: 15_000 }).toMatch(/Slut \([^)]+\): 80/);
    expect(await timeline.getByText(/Vist uden forbindelse/).count()).toBe(0);
    // Offline, the browser logs each refused request; nothing else may go wrong.
    expect(errors.filter((error) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    await context.close();
  }, 120_000);

  it("keeps no copy once the server says the link is withdrawn", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK" });
    const page = await context.newPage();
    await page.goto(`${server.url}/a/${endToken}`);
    await page.getByRole("region", { name: "Mit forløb" }).waitFor({ timeout: 15_000 });
    const copies = () => page.evaluate<number>(`Object.keys(localStorage).filter((key) => key.startsWith("skridt.timeline.")).length`);
    await expect.poll(copies).toBe(1);
    await server.db.survey.updateMany({ where: { participant: { code: "OFF-TL" }, occasion: "end" }, data: { status: "withdrawn", withdrawnAt: new Date() } });
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect.poll(copies).toBe(0);
    await context.close();
  }, 60_000);
});
