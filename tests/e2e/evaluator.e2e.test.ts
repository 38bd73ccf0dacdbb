import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInCaller } from "../support/api";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { grantResearchExports } from "../support/research-grant";

describe("an evaluator's pages in real Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let signedIn = false;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    // A desktop, as evaluators write their reports; axe needs a page from a context.
    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    // Script errors and Content-Security-Policy refusals (recharts, the blob download) land here.
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      // Before sign-in the session check answers 401 by design; from then on any error counts.
      if (message.type() === "error" && signedIn) pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectAxeClean() {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it("filters to one municipality, reads the per-item and spider charts, and downloads the wide CSV without names", async () => {
    await page.goto(`${server.url}/staff/`);
    await page.getByLabel("E-mail").fill("evaluator@skridt.demo");
    await page.getByLabel("Adgangskode").fill("skridt-demo");
    await page.getByRole("button", { name: "Log ind" }).click();
    signedIn = true;

    // Programmer → the demo programme → its overview.
    await page.locator("nav.main-nav").getByRole("link", { name: "Programmer" }).click();
    await page.getByRole("link", { name: "Åbn evalueringen af Brug din rampe" }).click();
    await page.getByRole("heading", { level: 1, name: "Brug din rampe" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Overblik" }).waitFor();
    await page.getByRole("heading", { name: "Svarprocent" }).waitFor();
    await expectAxeClean();

    // One municipality: the filter goes into the URL, so a reload keeps it.
    await page.locator("details.evaluation-filter > summary").click();
    await page.getByRole("checkbox", { name: "Jobcenter Aarhus" }).check();
    await page.getByRole("button", { name: "Vis resultater" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("org").length).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator("details.evaluation-filter > summary").innerText()).toContain("Jobcenter Aarhus");
    const aarhus = await server.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } });
    const programme = await server.db.programme.findFirstOrThrow({ where: { name: "Brug din rampe" } });
    // The figure is perturbed (docs/privacy.md): the page shows what the API gives the evaluator for this cohort.
    const evaluatorUser = await server.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    const api = (await signedInCaller(server.db, evaluatorUser.id)).caller;
    const { enrolled } = (await api.evaluation.overview({ organisationId: aarhus.id, programmeId: programme.id, filter: { organisationIds: [aarhus.id] } }))
      .counts;
    // The overview now counts Aarhus only.
    await expect.poll(() => page.locator(".facts > div").first().locator("dd").innerText()).toBe(String(enrolled));
    await expectAxeClean();

    // Per-item charts: start and end bars for the same answer options, each occasion with its n.
    await page.getByRole("navigation", { name: "Evalueringens afsnit" }).getByRole("link", { name: "Spørgeskemaer" }).click();
    expect(new URL(page.url()).searchParams.get("org")).toBe(aarhus.id);
    const health = page.locator("figure").filter({ has: page.locator("figcaption", { hasText: "Hvordan synes du, dit helbred er alt i alt?" }) });
    await health.waitFor();
    // Charts are drawn as they near the viewport (issue 16): scroll to it as a reader would.
    await health.scrollIntoViewIfNeeded();
    await expect.poll(() => health.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(4);
    const legend = await health.locator(".recharts-legend-wrapper").innerText();
    expect(legend).toMatch(/Start \(n = (\d+|<5)\)/);
    expect(legend).toMatch(/Slut \(n = (\d+|<5)\)/);
    // The drawing has a text summary, and a table with the same numbers behind the "Tabel" view.
    expect(await health.locator(".ui-chart-frame__chart").getAttribute("aria-label")).toContain("Fremragende");
    await health.getByRole("group", { name: "Visning" }).getByRole("button", { name: "Tabel" }).click();
    await expect
      .poll(() => health.getByRole("table").getByRole("columnheader").allInnerTexts())
      .toEqual(["Svarmulighed", "Start, antal", "Start, andel", "Slut, antal", "Slut, andel"]);
    // Paired change with its uncertainty, and unpaired figures labelled as such.
    await page.getByRole("heading", { name: "Ændring fra start til slut (parrede målinger)" }).waitFor();
    await page.getByRole("heading", { name: "Alle besvarelser (ikke parret)" }).waitFor();
    await expectAxeClean();

    // The cohort spider chart: first and latest review, two outlines, and the dotted zero ring of the -5..+5 model.
    await page.getByRole("navigation", { name: "Evalueringens afsnit" }).getByRole("link", { name: "Progression" }).click();
    const spider = page.locator("figure").filter({ has: page.locator("figcaption", { hasText: "Edderkoppediagram for hele gruppen" }) });
    await spider.waitFor();
    await expect.poll(() => spider.locator(".recharts-radar").count()).toBe(3);
    expect(await spider.locator(".ui-chart-frame__chart").getAttribute("aria-label")).toContain("Beskæftigelse");
    await expectAxeClean();

    // The wide CSV: a blob download (the CSP must not block it), one row per participant, occasions side by side.
    await page.getByRole("navigation", { name: "Evalueringens afsnit" }).getByRole("link", { name: "Eksport" }).click();
    // Without an administrator's grant only the aggregate files are offered, and the page says whom to ask (issue 11).
    await page.getByText(/kræver en tilladelse fra en administrator/).waitFor();
    expect(await page.getByRole("radio", { name: "Bred tabel" }).count()).toBe(0);
    await expectAxeClean();
    await grantResearchExports(server.db, {
      userId: evaluatorUser.id,
      programmeId: programme.id,
      organisationIds: [aarhus.id],
      exactDates: true,
      birthYear: false,
    });
    await page.reload();
    await page.getByRole("radio", { name: "Bred tabel" }).check();
    await page.getByRole("radio", { name: /^CSV/ }).check();
    await expectAxeClean();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent fil" }).click()]);
    expect(download.suggestedFilename()).toMatch(/wide.*\.csv$/);
    const path = await download.path();
    const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
    const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
    // Columns by name: the file may gain columns (e.g. respondent_type) without breaking this.
    const header = lines[0]!.split(";");
    for (const name of [
      "participant_code",
      "organisation",
      "gender",
      "age_band",
      "enrolled_on",
      "ended_on",
      "submitted_on_start",
      "who5_1_start",
      "who5_score_end",
    ])
      expect(header).toContain(name);
    expect(header).not.toContain("occasion");
    const column = (name: string) => header.indexOf(name);
    const typeColumn = column("respondent_type");

    const participants = await server.db.participant.findMany({ where: { organisationId: aarhus.id, programmeId: programme.id }, select: { code: true } });
    // Everyone in the organisation, answered or not: one row each.
    const expected = participants.length;
    expect(expected).toBeGreaterThan(0);
    // Split before the first quoted cell is enough: the fixed columns come first and are never quoted.
    const rows = lines.slice(1).map((line) => line.split(";"));
    const own = typeColumn < 0 ? rows : rows.filter((row) => row[typeColumn] === "participant");
    expect(own).toHaveLength(expected);
    const codes = new Set(participants.map((p) => p.code));
    const keys = new Set<string>();
    for (const row of own) {
      // The export's own pseudonyms, never the code mentors see.
      expect(codes.has(row[column("participant_code")]!)).toBe(false);
      expect(row[column("participant_code")]).toMatch(/^P-\d{4}$/);
      expect(row[column("organisation")]).toBe("Jobcenter Aarhus");
      keys.add(row[column("participant_code")]!);
    }
    // One row per participant: no pseudonym twice.
    expect(keys.size).toBe(own.length);
    // No name from the identity table, in any organisation, appears anywhere in the file.
    const identities = await server.db.participantIdentity.findMany({ select: { fullName: true } });
    expect(identities.length).toBeGreaterThan(0);
    for (const { fullName } of identities) expect(text).not.toContain(fullName);
    await page.getByText(/er hentet/).waitFor();

    expect(pageErrors).toEqual([]);
  });
});
