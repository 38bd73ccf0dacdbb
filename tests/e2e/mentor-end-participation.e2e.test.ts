// A mentor on a phone ends a participation: the header says "Afsluttet <date> (<reason>)",
// the end questionnaire is offered and made on the spot, the caseload shows the participant
// among the ended ones, and the participation can be reopened with a reason. Axe-clean at 390 px.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";

/** Today as the app's date input shows it by default (the browser's local calendar day). */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe("a mentor ends a participation in real Chromium at 390 px", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let participant: { id: string; code: string; name: string };

  const noSidewaysScroll = () => page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) pageErrors.push(message.text());
    });
    // One of Birgitte Holm's active participants with no end questionnaire yet.
    const row = await server.db.participant.findFirstOrThrow({
      where: { mentor: { email: "mentor.aarhus@skridt.demo" }, endedOn: null, erasedAt: null, surveys: { none: { occasion: "end" } } },
      select: { id: true, code: true, identity: { select: { fullName: true } } },
      orderBy: { code: "asc" },
    });
    participant = { id: row.id, code: row.code, name: row.identity!.fullName };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("ends the participation with a date and a reason, and is offered the end questionnaire", async () => {
    await page.goto(`${server.url}/staff/`);
    await page.getByLabel("E-mail").fill("mentor.aarhus@skridt.demo");
    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("table").waitFor();
    await page.goto(`${server.url}/staff/participants/${participant.id}`);
    await page.getByRole("heading", { level: 1, name: participant.name }).waitFor();

    await page.getByRole("button", { name: "Afslut deltagelse" }).click();
    const form = page.getByRole("form", { name: "Afslut deltagelsen" });
    await form.waitFor();
    expect(await form.getByLabel("Sidste dag i forløbet").inputValue()).toBe(localToday());
    // No reason chosen: the form says so and nothing is ended.
    await form.getByRole("button", { name: "Afslut deltagelsen" }).click();
    await expect.poll(() => form.textContent()).toContain("Skal udfyldes.");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll()).toBe(true);
    expect((await server.db.participant.findUniqueOrThrow({ where: { id: participant.id } })).endedOn).toBeNull();

    await form.getByLabel("Årsag").selectOption({ label: "Begyndt i job" });
    await form.getByRole("button", { name: "Afslut deltagelsen" }).click();
    await page.getByRole("heading", { name: "Efter afslutningen" }).waitFor();
    const stored = await server.db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect([stored.endedOn?.toISOString().slice(0, 10), stored.endReason]).toEqual([localToday(), "job"]);

    // The header now says when and why; on a phone the facts fold into a summary.
    await page.locator("summary", { hasText: "Om deltageren" }).click();
    await expect.poll(() => page.locator(".participant-facts").textContent()).toMatch(/Afsluttet .+ \(Begyndt i job\)/);
    expect(await page.getByRole("button", { name: "Genåbn deltagelse" }).isVisible()).toBe(true);
    const after = page.getByRole("region", { name: "Efter afslutningen" });
    await expect.poll(() => after.textContent()).toContain("Slutspørgeskema: ikke sendt endnu");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll()).toBe(true);

    // The end questionnaire is made right here, from the programme's measurement plan.
    await after.getByRole("button", { name: "Lav slutspørgeskema" }).click();
    await after.getByRole("button", { name: "Opret slutspørgeskema" }).click();
    await page.getByRole("heading", { name: "Link til slutspørgeskemaet" }).waitFor();
    await expect.poll(() => after.textContent()).toContain("Slutspørgeskema: sendt, ikke besvaret");
    expect(await server.db.survey.count({ where: { participantId: participant.id, occasion: "end", status: "created" } })).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll()).toBe(true);
  });

  it("lists the participant among the ended ones on the caseload, not among the active", async () => {
    await page.getByRole("link", { name: "Tilbage til deltagerne" }).click();
    const table = page.getByRole("table", { name: "Deltagere" });
    await table.waitFor();
    await expect.poll(() => table.textContent()).not.toContain(participant.code);
    await page.getByLabel("Afsluttede").check();
    await expect.poll(() => table.textContent()).toContain(participant.code);
    const row = table.locator("tbody tr", { hasText: participant.code });
    expect(await row.textContent()).toContain("(Begyndt i job)");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll()).toBe(true);
  });

  it("reopens the participation with a reason from the list", async () => {
    await page.goto(`${server.url}/staff/participants/${participant.id}`);
    await page.getByRole("button", { name: "Genåbn deltagelse" }).click();
    const form = page.getByRole("form", { name: "Genåbn deltagelsen" });
    await form.getByLabel("Afsluttet ved en fejl").check();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Genåbn deltagelsen" }).click();
    await page.getByText("Deltagelsen er genåbnet.").waitFor();
    expect(await page.getByRole("button", { name: "Afslut deltagelse" }).isVisible()).toBe(true);
    const stored = await server.db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect([stored.endedOn, stored.endReason]).toEqual([null, null]);
    const reopened = await server.db.auditEvent.findFirstOrThrow({ where: { action: "participant.reopen", targetId: participant.id } });
    expect(JSON.parse(reopened.detail)).toMatchObject({ reason: "ended_by_mistake", endReason: "job" });
  });

  it("lets an administrator end several at once: all refused with each row's problem, then all ended", async () => {
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.getByLabel("E-mail").fill("admin@skridt.demo");
    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("link", { name: "Mine deltagere" }).click();
    const table = page.getByRole("table", { name: "Deltagere" });
    await table.waitFor();
    // The first two rows (active by default), by their codes.
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const codes = [(await rows.nth(0).locator("td.ui-code").textContent())!.trim(), (await rows.nth(1).locator("td.ui-code").textContent())!.trim()];
    const two = await server.db.participant.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
    expect(two).toHaveLength(2);
    for (const i of [0, 1]) await rows.nth(i).getByRole("checkbox").check();
    await page.getByRole("button", { name: "Afslut valgte" }).click();
    const form = page.getByRole("form", { name: "Afslut 2 deltagelser" });
    await form.getByLabel("Sidste dag i forløbet").fill("2000-01-01");
    await form.getByLabel("Årsag").selectOption({ label: "Forløbet er gennemført" });
    await form.getByRole("button", { name: "Afslut 2 deltagelser" }).click();
    const refusal = form.getByRole("alert");
    await expect.poll(() => refusal.textContent()).toContain("Ingen deltagelser blev afsluttet");
    for (const p of two) expect(await refusal.textContent()).toContain(`${p.code}): datoen ligger før indskrivningen`);
    expect(await server.db.participant.count({ where: { id: { in: two.map((p) => p.id) }, endedOn: { not: null } } })).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noSidewaysScroll()).toBe(true);

    await form.getByLabel("Sidste dag i forløbet").fill(localToday());
    await form.getByRole("button", { name: "Afslut 2 deltagelser" }).click();
    await page.getByText(/2 deltagelser er afsluttet/).waitFor();
    expect(await server.db.participant.count({ where: { id: { in: two.map((p) => p.id) }, endReason: "completed" } })).toBe(2);
    await expect.poll(() => table.textContent()).not.toContain(codes[0]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
