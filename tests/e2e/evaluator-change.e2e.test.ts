import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInCaller } from "../support/api";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff } from "../support/staff-page";

// Issue 15 (sections 1-2) and issue 12 (section 3) as an evaluator meets them: the end response
// rate over its named basis, the participation filter, whole percentages with one decimal as an
// option, hatched hidden bars, reliable change with the Jacobson-Truax plot, agreement, and
// contacts per channel. Figures on the page are compared with what the API gives the evaluator.
describe("an evaluator's change that means something, in real Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let signedIn = false;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    // The questionnaire page draws several charts and reads three procedures: room for a loaded machine.
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && signedIn) pageErrors.push(message.text());
    });
    await signInToStaff(page, server.url, "evaluator@skridt.demo");
    await page.locator("nav.main-nav").getByRole("link", { name: "Programmer" }).waitFor();
    signedIn = true;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Texts with the non-breaking spaces Intl puts before "%" read as plain spaces. */
  const plain = (texts: string[]) => texts.map((x) => x.replace(/\s/g, " "));
  const sections = () => page.getByRole("navigation", { name: "Evalueringens afsnit" });

  async function api() {
    const evaluatorUser = await server.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    const caller = (await signedInCaller(server.db, evaluatorUser.id)).caller;
    const programme = await server.db.programme.findFirstOrThrow({ where: { name: "Brug din rampe" } });
    const organisationId = (await server.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    return { caller, query: { organisationId, programmeId: programme.id } };
  }

  it("names the end rate's basis, shows whole percentages with the count, one decimal on request, and filters to ended participants", async () => {
    await page.locator("nav.main-nav").getByRole("link", { name: "Programmer" }).click();
    await page.getByRole("link", { name: "Åbn evalueringen af Brug din rampe" }).click();
    await page.getByRole("heading", { level: 2, name: "Overblik" }).waitFor();
    const { caller, query } = await api();
    const overview = await caller.evaluation.overview(query);
    const end = overview.responseRates.find((r) => r.occasion === "end")!;
    const rates = page.getByRole("figure", { name: "Svarprocent pr. tidspunkt" });
    await rates.getByRole("group", { name: "Visning" }).getByRole("button", { name: "Tabel" }).click();
    const endRow = rates.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Slut", exact: true }) });
    await expect.poll(async () => plain(await endRow.getByRole("cell").allInnerTexts())).toContain("afsluttede eller har fået skemaet");
    const whole = `${Math.round((end.rate as number) * 100)} %`;
    expect(plain(await endRow.getByRole("cell").allInnerTexts())).toContain(whole);
    expect(plain(await endRow.getByRole("cell").allInnerTexts())).toContain(String(end.eligible));
    await expect(seriousViolations(page)).resolves.toEqual([]);

    await page.getByRole("checkbox", { name: "Vis procenter med én decimal" }).check();
    const oneDecimal = `${((end.rate as number) * 100).toFixed(1).replace(".", ",")} %`;
    await expect.poll(async () => plain(await endRow.getByRole("cell").allInnerTexts())).toContain(oneDecimal);
    expect(page.url()).toContain("dec=1");
    await page.getByRole("checkbox", { name: "Vis procenter med én decimal" }).uncheck();
    await expect.poll(async () => plain(await endRow.getByRole("cell").allInnerTexts())).toContain(whole);

    await page.getByRole("radio", { name: "Kun afsluttede" }).check();
    await expect.poll(() => page.url()).toContain("part=ended");
    const ended = await caller.evaluation.overview({ ...query, filter: { participation: "ended" } });
    const enrolled = page.locator(".facts").first().locator("dd").first();
    await expect.poll(() => enrolled.innerText()).toBe(String(ended.counts.enrolled));
    await page.getByRole("radio", { name: "Alle" }).check();
    await expect.poll(() => page.url()).not.toContain("part=");
  });

  it("shows WHO-5's reliable change beside the 10-point rule, the plot with hidden cells hatched, and agreement per area", async () => {
    await sections().getByRole("link", { name: "Spørgeskemaer" }).click();
    await page.getByRole("heading", { level: 3, name: "Pålidelig og klinisk betydende ændring" }).waitFor();
    const { caller, query } = await api();
    const who5 = (await caller.evaluation.change(query)).scales.find((s) => s.figures.instrumentId === "who5")!.figures;
    await page.getByText("Pålidelig ændring: mere end 23,6 point (RCI, Schougaard et al. 2018).").waitFor();
    const figure = page.getByRole("figure", { name: /^WHO-5.*pålidelig ændring blandt de \d+ med både start og slut/ });
    await figure.getByRole("group", { name: "Visning" }).getByRole("button", { name: "Tabel" }).click();
    const improved = figure.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Pålideligt bedre" }) });
    const cells = plain(await improved.getByRole("cell").allInnerTexts());
    expect(cells[0]).toBe(
      typeof who5.reliable!.improved === "number" ? `${who5.reliable!.improved} (${Math.round((who5.reliable!.improvedShare as number) * 100)} %)` : "<5",
    );
    expect(await figure.getByRole("columnheader").allInnerTexts()).toContain("10 point eller mere");
    // The plot: its drawing names how many cells are hidden; the table shows "<5" for them, never a count under 5.
    const plot = page.getByRole("img", { name: /Varmekort over start- og slutscorer/ }).first();
    await plot.scrollIntoViewIfNeeded();
    await plot.waitFor();
    const hidden = who5.plot!.cells.filter((c) => c.count === "<5").length;
    expect(await plot.getAttribute("aria-label")).toContain(`${hidden} er skjulte`);
    await expect(seriousViolations(page)).resolves.toEqual([]);

    await sections().getByRole("link", { name: "Progression" }).click();
    const table = page.getByRole("table", { name: "Enighed mellem deltager og mentor pr. område" });
    await table.waitFor();
    const { agreement } = await caller.evaluation.agreement(query);
    expect(await table.locator("tbody tr").count()).toBe(agreement.areas.length + 1);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it("lists contacts per channel", async () => {
    await sections().getByRole("link", { name: "Kontakter" }).click();
    const table = page.getByRole("table", { name: "Kontakter pr. kanal" });
    await table.waitFor();
    expect(await table.locator("tbody th").allInnerTexts()).toEqual(
      expect.arrayContaining(["Fysiske møder", "Telefon, SMS og mail til deltageren", "Kontakter til virksomheder"]),
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
