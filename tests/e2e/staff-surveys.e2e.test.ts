import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";

// The staff side of questionnaires: a mentor sends the end questionnaire and hands over its
// link, and an administrator changes a programme's measurement plan.
describe("questionnaires in the staff app, in real Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const pageErrors: string[] = [];

  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ locale: "da-DK" });
    const page = await context.newPage();
    // Script errors and Content-Security-Policy refusals (a blocked QR image would be one).
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
    });
    await page.goto(`${server.url}/staff/`);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("button", { name: "Log ud" }).waitFor();
    return page;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a mentor creates the end questionnaire and gets its link, short code and QR code", async () => {
    // One of the mentor's active participants who answered the start questionnaire and has no end one yet.
    const participant = await server.db.participant.findFirst({
      where: {
        mentor: { email: "mentor.aarhus@skridt.demo" },
        // Still active, so the caseload lists them without changing its filter.
        endedOn: null,
        erasedAt: null,
        surveys: { some: { occasion: "start", status: "submitted" }, none: { occasion: "end" } },
      },
      include: { identity: true },
      orderBy: { code: "asc" },
    });
    expect(participant?.identity?.fullName).toBeTruthy();
    if (!participant?.identity) return;

    const page = await signedIn("mentor.aarhus@skridt.demo");
    const row = page.getByRole("row").filter({ hasText: participant.code });
    await row.getByRole("link", { name: participant.identity.fullName }).click();
    await page.getByRole("heading", { level: 1, name: participant.identity.fullName }).waitFor();
    // The participant page is organised in tabs; the questionnaires have their own.
    await page.getByRole("tab", { name: "Spørgeskemaer" }).click();
    await page.getByRole("heading", { name: "Spørgeskemaer" }).first().waitFor();
    const startCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Start", exact: true }) });
    await expect.poll(() => startCard.textContent()).toContain("Udfyldt og sendt");
    expect(await startCard.textContent()).toContain("WHO-5");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Opret slutspørgeskema" }).click();
    await page.getByLabel("Sammen med mentor").check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Opret slutspørgeskema" }).click();

    const panel = page.getByRole("region", { name: "Link til slutspørgeskemaet" });
    await panel.waitFor();
    const link = await panel.getByLabel("Deltagerens personlige link").inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/a/[A-Za-z0-9_-]{20,}$`));
    const shortCode = (await panel.locator(".short-code [aria-hidden=true]").textContent()) ?? "";
    expect(shortCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await panel.textContent()).toMatch(/vises kun nu/);
    const qr = panel.getByRole("img", { name: /QR-kode/ });
    await qr.waitFor();
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    // The image really rendered: the CSP let the data: URL through.
    await expect
      .poll(() =>
        qr.evaluate((element) => {
          // tests/ compiles without the DOM lib; this is the part of HTMLImageElement we read.
          const img = element as unknown as { complete: boolean; naturalWidth: number };
          return img.complete && img.naturalWidth > 0;
        }),
      )
      .toBe(true);
    const stored = await server.db.survey.findFirst({ where: { participantId: participant.id, occasion: "end" }, include: { assessments: true } });
    expect(stored?.mode).toBe("assisted");
    // Filled in beside the participant: the mentor can fill it in right here, in the staff app.
    const fillIn = panel.getByRole("link", { name: "Udfyld sammen med deltageren" });
    expect(await fillIn.getAttribute("href")).toBe(`/staff/participants/${participant.id}/surveys/${stored?.id}/fill/assisted`);
    expect(await fillIn.getAttribute("target")).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    expect(stored?.assessments.map((a) => a.instrumentId)).toContain("who5");

    // The link opens the participant app, and the token opens the questionnaire.
    const participantPage = await browser.newPage({ locale: "da-DK" });
    const response = await participantPage.goto(link);
    expect(response?.status()).toBe(200);
    const token = decodeURIComponent(new URL(link).pathname.slice("/a/".length));
    const opened = await participantPage.evaluate(async (t) => {
      const res = await fetch(`/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token: t }))}`);
      const body = (await res.json()) as { result?: { data?: { occasion: string; state: string; instruments: unknown[] } } };
      return { status: res.status, data: body.result?.data };
    }, token);
    expect(opened.status).toBe(200);
    expect(opened.data?.occasion).toBe("end");
    expect(opened.data?.state).toBe("open");
    expect(opened.data?.instruments.length).toBe(stored?.assessments.length);
    await participantPage.close();
    expect(pageErrors).toEqual([]);
  });

  it("an administrator removes Netværk from the end occasion and the plan persists", async () => {
    const page = await signedIn("admin@skridt.demo");
    await page.getByRole("link", { name: "Programmer" }).click();
    await page.getByRole("link", { name: "Måleplan for Brug din rampe" }).click();
    await page.getByRole("heading", { level: 1, name: "Måleplan: Brug din rampe" }).waitFor();
    const end = page.getByRole("group", { name: /^Slut/ });
    const network = end.getByRole("checkbox", { name: /Netværk/ });
    expect(await network.isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await network.uncheck();
    await page.getByRole("button", { name: "Gem måleplan" }).click();
    await page.getByText("Måleplanen er gemt.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const programme = await server.db.programme.findFirstOrThrow({ where: { name: "Brug din rampe" } });
    const plan = JSON.parse(programme.measurementPlan) as { occasions: Record<string, string[]>; targets: unknown[] };
    expect(plan.occasions.end).not.toContain("netvaerk");
    expect(plan.occasions.end).toEqual(["selvvurderet-helbred", "who5", "gse", "humoer", "tilfredshed"]);
    // The rest of the plan is kept as it was.
    expect(plan.occasions.start).toContain("netvaerk");
    expect(plan.targets.length).toBe(1);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Måleplan: Brug din rampe" }).waitFor();
    expect(
      await page
        .getByRole("group", { name: /^Slut/ })
        .getByRole("checkbox", { name: /Netværk/ })
        .isChecked(),
    ).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
