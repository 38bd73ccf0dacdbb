// A participant is e-mailed their start questionnaire by the outbox (a real server sending to a
// real SMTP server), opens the link from the e-mail on a phone, answers and submits; their
// waiting reminders are then not sent.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveDbConfig } from "@skridt/db";
import { smtpTransport } from "@skridt/messaging";
import { createServer, type SkridtServer } from "@skridt/server";
import { webAppDirs } from "@skridt/server/env";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme } from "../support/api";
import { seriousViolations } from "../support/axe";
import { launchChromium } from "../support/browser";
import { createReachableParticipant } from "../support/messaging-fixtures";
import { linkIn, startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";

const PUBLIC = "http://skridt.test";

/** Answers every question on the way to the review: the first option of each, then "Næste". */
async function answerAll(page: Page) {
  for (let step = 0; step < 40; step++) {
    const review = page.getByRole("heading", { name: "Tjek dine svar" });
    const next = page.getByRole("button", { name: "Næste" });
    await expect.poll(async () => (await review.count()) + (await next.count()), { timeout: 10_000 }).toBeGreaterThan(0);
    if ((await review.count()) > 0) return;
    const radios = page.locator("main input[type=radio]");
    if ((await radios.count()) > 0) await radios.first().check();
    const before = await page.locator("main").innerText();
    await next.click();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 10_000 }).not.toBe(before);
  }
  throw new Error("the questionnaire did not reach its review");
}

describe("a participant follows the e-mailed link to a submitted questionnaire", () => {
  let dataDir: string;
  let server: SkridtServer;
  let url: string;
  let smtp: SmtpTestServer;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    dataDir = mkdtempSync(join(tmpdir(), "skridt-e2e-mail-"));
    server = await createServer({
      db: resolveDbConfig({ dataDir }),
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "warn",
      webAppDirs,
      messaging: {
        transports: { email: smtpTransport({ url: smtp.url, from: "Jobcenter Testby <skridt@jobcenter.test>" }) },
        publicUrl: PUBLIC,
        hours: { startHour: 0, endHour: 24 },
        pollMs: 200,
        leaseMs: 60_000,
      },
    });
    url = await server.start();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("e-mails the link, which opens the questionnaire on a phone; once submitted, the reminders are not sent", async () => {
    const org = await createOrganisation(server.db, "Jobcenter Testby");
    const programme = await createProgramme(server.db, "Testforløb", [org.id]);
    await server.db.programme.update({
      where: { id: programme.id },
      data: { measurementPlan: JSON.stringify({ occasions: { start: ["who5"], end: [], followup: [] } }) },
    });
    const participant = await createReachableParticipant(server.db, {
      organisationId: org.id,
      programmeId: programme.id,
      enrolledOn: new Date(),
      email: "deltager@example.test",
    });

    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(["deltager@example.test"]);
    expect(mail!.subject).toBe("Et kort spørgeskema fra Jobcenter Testby");
    const link = linkIn(mail!.text, /http:\/\/skridt\.test\/a\/[A-Za-z0-9_-]+/).replace(PUBLIC, url);

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(link);
    // The link opens on the first question (this programme asks WHO-5 only).
    await page.locator("main input[type=radio]").first().waitFor();
    expect(await page.locator("main").innerText()).toContain("Spørgeskema ved start");
    expect(await seriousViolations(page)).toEqual([]);
    await answerAll(page);
    await page.getByRole("button", { name: "Send svarene" }).click();
    await page.getByRole("heading", { name: /Tak/ }).waitFor();
    await context.close();

    const survey = await server.db.survey.findFirstOrThrow({ where: { participantId: participant.id } });
    expect(survey.status).toBe("submitted");
    // The sender's next pass cancels the two waiting reminders: the questionnaire is answered.
    await expect
      .poll(
        async () =>
          (await server.db.message.findMany({ where: { participantId: participant.id, kind: "survey_reminder" } })).map((m) => `${m.status}:${m.cancelReason}`),
        {
          timeout: 15_000,
        },
      )
      .toEqual(["cancelled:submitted", "cancelled:submitted"]);
    expect(smtp.received).toHaveLength(1);
  });
});
