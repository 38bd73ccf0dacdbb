import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

const WHO5_LABELS: Record<number, string> = {
  5: "Hele tiden",
  4: "Det meste af tiden",
  3: "Lidt mere end halvdelen af tiden",
  2: "Lidt mindre end halvdelen af tiden",
  1: "Lidt af tiden",
  0: "På intet tidspunkt",
};

// A mentor corrects a submitted answer (a misread paper form, a wrong tap): the original is
// kept, marked superseded, and the corrected answers become a new version with mode "correction".
describe("a mentor corrects a submitted questionnaire answer, in real Chromium", () => {
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

  it("changes one WHO-5 answer with a reason, keeping the original", async () => {
    // One of the mentor's active participants with a submitted start questionnaire that includes WHO-5.
    const original = await server.db.assessment.findFirst({
      where: {
        instrumentId: "who5",
        status: "submitted",
        survey: { occasion: "start", status: "submitted", respondentType: "participant" },
        // Still active, so the caseload lists them without changing its filter (it shows active participants first).
        participant: { mentor: { email: "mentor.aarhus@skridt.demo" }, endedOn: null, erasedAt: null },
        answers: { some: { itemId: "who5_1" } },
      },
      include: { participant: { include: { identity: true } }, answers: true },
      orderBy: { participant: { code: "asc" } },
    });
    expect(original?.participant?.identity?.fullName).toBeTruthy();
    if (!original?.participant?.identity) return;
    const participant = original.participant;
    const fullName = original.participant.identity.fullName;
    const before = JSON.parse(original.answers.find((a) => a.itemId === "who5_1")?.value ?? "null") as number;
    // Choose an answer other than the one given.
    const [newCode, newLabel] = before === 5 ? [1, "Lidt af tiden"] : [5, "Hele tiden"];

    const page = watchPageErrors(await (await browser.newContext({ locale: "da-DK" })).newPage(), pageErrors);
    await signInToStaff(page, server.url, "mentor.aarhus@skridt.demo");
    await page.getByRole("button", { name: "Log ud" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: participant.code });
    await row.getByRole("link", { name: fullName }).click();
    await page.getByRole("heading", { level: 1, name: fullName }).waitFor();
    await page.getByRole("tab", { name: "Spørgeskemaer" }).click();
    const startCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Start", exact: true }) });
    const answersLink = startCard.getByRole("link", { name: "Se og ret svar: WHO-5 Trivselsindeks" });
    await answersLink.waitFor();
    expect(await startCard.textContent()).not.toContain("Rettet");
    await answersLink.click();

    await page.getByRole("heading", { level: 1, name: "Svar: WHO-5 Trivselsindeks" }).waitFor();
    const question = page.getByRole("group", { name: /har jeg været glad og i godt humør/ });
    // The given answer is shown by its label, as the checked radio.
    expect(await question.getByRole("radio").count()).toBe(6);
    expect(await question.getByRole("radio", { name: WHO5_LABELS[before], exact: true }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await question.getByRole("radio", { name: newLabel, exact: true }).check();
    // A reason is required.
    await page.getByRole("button", { name: "Gem rettelse" }).click();
    await page.getByText("Skal udfyldes.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Hvorfor retter du?").fill("Forkert aflæst fra papirskemaet");
    await page.getByRole("button", { name: "Gem rettelse" }).click();
    await page.getByRole("status").filter({ hasText: "Rettet — den oprindelige besvarelse er gemt" }).waitFor();
    expect(
      await page
        .getByRole("group", { name: /har jeg været glad og i godt humør/ })
        .getByRole("radio", { name: newLabel, exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The database: a new version superseding the old one, which is kept as it was.
    const correction = await server.db.assessment.findFirst({ where: { supersedesId: original.id }, include: { answers: true } });
    expect(correction?.mode).toBe("correction");
    expect(correction?.status).toBe("submitted");
    expect(JSON.parse(correction?.answers.find((a) => a.itemId === "who5_1")?.value ?? "null")).toBe(newCode);
    const kept = await server.db.assessment.findUniqueOrThrow({ where: { id: original.id }, include: { answers: true } });
    expect(kept.status).toBe("superseded");
    expect(JSON.parse(kept.answers.find((a) => a.itemId === "who5_1")?.value ?? "null")).toBe(before);
    expect(kept.answers.length).toBe(original.answers.length);

    // Back on the card, the instrument is marked as corrected.
    await page.getByRole("link", { name: "Tilbage til spørgeskemaerne" }).click();
    const cardAgain = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Start", exact: true }) });
    await expect.poll(() => cardAgain.textContent()).toContain("Rettet");
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
