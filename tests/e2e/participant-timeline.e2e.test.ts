// "Mit forløb" (issue 14 section 5) on a phone: after sending the end questionnaire through
// their personal link, a participant reads their own scores at each occasion in plain words
// with a small chart, and the review their mentor shared (their number beside the mentor's);
// a review not shared stays out. Axe clean, no sideways scroll at 390 px.
import { createSurvey } from "@skridt/api";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, type Caller } from "../support/api";
import { answerThroughLink } from "../support/answer-through-link";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { watchPageErrors } from "../support/staff-page";

describe("a participant reads their own progress through their link", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let anonymous: Caller;
  let endToken: string;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    anonymous = (await callerFor(server.db)).caller;
    const mentor = await server.db.user.findUniqueOrThrow({ where: { email: "mentor.aarhus@skridt.demo" }, select: { id: true } });
    const colleague = await server.db.participant.findFirstOrThrow({ where: { mentorId: mentor.id }, select: { organisationId: true, programmeId: true } });
    const participant = await server.db.participant.create({
      data: {
        code: "TIM-E2E",
        organisationId: colleague.organisationId,
        programmeId: colleague.programmeId,
        mentorId: mentor.id,
        enrolledOn: new Date("2026-01-05T00:00:00Z"),
      },
    });
    const start = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
    await answerThroughLink(anonymous, start.token, { who5: 2 }); // WHO-5 40
    const end = await createSurvey(server.db, { participantId: participant.id, occasion: "end", mode: "self", createdById: null });
    await answerThroughLink(anonymous, end.token, { who5: 4 }); // WHO-5 80
    endToken = end.token;
    // One shared review (participant 3, mentor 2 in every area) and one not shared.
    const model = await server.db.review.findFirst({ select: { modelId: true, modelVersion: true, areaScores: true } });
    const areaIds = Object.keys(JSON.parse(model!.areaScores) as Record<string, unknown>);
    const scores = (m: number, p: number) =>
      JSON.stringify(Object.fromEntries(areaIds.map((id) => [id, { mentor: m, participant: p, note: "Kun til mentoren" }])));
    await server.db.review.create({
      data: {
        participantId: participant.id,
        reviewedOn: new Date("2026-02-02T00:00:00Z"),
        modelId: model!.modelId,
        modelVersion: model!.modelVersion,
        areaScores: scores(2, 3),
        sharedWithParticipant: true,
      },
    });
    await server.db.review.create({
      data: {
        participantId: participant.id,
        reviewedOn: new Date("2026-03-02T00:00:00Z"),
        modelId: model!.modelId,
        modelVersion: model!.modelVersion,
        areaScores: scores(4, 4),
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows their scales over time in plain words and the shared review, at 390 px, axe clean", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const errors: string[] = [];
    const page = watchPageErrors(await context.newPage(), errors);
    await page.goto(`${server.url}/a/${endToken}`);
    const timeline = page.getByRole("region", { name: "Mit forløb" });
    await timeline.waitFor();
    const who5 = timeline.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "WHO-5 trivsel (0-100)" }) });
    await expect.poll(() => who5.textContent()).toContain("Start (");
    const text = (await who5.textContent()) ?? "";
    expect(text).toMatch(/Start \([^)]+\): 40/);
    expect(text).toMatch(/Slut \([^)]+\): 80/);
    expect(text).toContain("Det er gået bedre.");
    expect(await who5.locator("svg circle").count()).toBe(2);

    const shared = timeline.getByRole("table", { name: "Samtale 2. februar 2026" });
    await shared.waitFor();
    const firstRow = shared.getByRole("row").nth(1);
    expect(await firstRow.getByRole("cell").allTextContents()).toEqual(["3", "2"]);
    expect(await timeline.getByRole("table").count()).toBe(1);
    expect(await timeline.textContent()).not.toContain("Kun til mentoren");

    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
