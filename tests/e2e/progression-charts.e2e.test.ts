import { defaultProgressionPlan, progressionModels } from "@skridt/instruments";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// Issue 15 §4 and §2 (mentor): the progression charts as a mentor and an evaluator see them at
// phone and desktop width, and the areas where a mentor and their participant see things most differently.

const model = progressionModels.halsnaes!;
const areaIds = defaultProgressionPlan.areaIds;
const label = (areaId: string) => model.areas.find((a) => a.id === areaId)!.label.da;
/** A score as the page writes it on the -5..+5 model: "+4", "0", "−2" (a real minus). */
const score = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0");
type Scores = Record<string, { mentor: number; participant?: number } | null>;

/** The smallest text drawn in the page's charts, in screen pixels (an SVG drawn smaller than its viewBox counts smaller). */
async function smallestChartText(page: Page): Promise<{ size: number; text: string; count: number }> {
  // A string, evaluated in the page: the tests' TypeScript has no DOM types.
  return page.evaluate<{ size: number; text: string; count: number }>(`(() => {
    let smallest = { size: Infinity, text: "", count: 0 };
    for (const el of document.querySelectorAll("main svg text, main .recharts-legend-wrapper li")) {
      const text = el.textContent?.trim() ?? "";
      if (!text) continue;
      smallest.count++;
      const matrix = el instanceof SVGTextElement ? el.getScreenCTM() : null;
      // The scale of the text's transform (a rotated radius tick is not smaller for being turned).
      const size = parseFloat(getComputedStyle(el).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
      if (size < smallest.size) smallest = { size, text, count: smallest.count };
    }
    return smallest;
  })()`);
}

describe("progression charts and where mentor and participant differ, in real Chromium", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageAt(width: number, email: string): Promise<Page> {
    const context = await browser.newContext({ locale: "da-DK", viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInToStaff(page, server.url, email);
    await page.getByRole("button", { name: "Log ud" }).waitFor();
    // From here on any script error or CSP refusal counts.
    watchPageErrors(page, errors);
    return page;
  }

  /** An active demo participant of mentor.aarhus whose latest review with own scores has one area furthest apart. */
  async function participantWithClearDifference() {
    const mentor = await server.db.user.findFirstOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } });
    const participants = await server.db.participant.findMany({
      where: { mentorId: mentor.id, endedOn: null, erasedAt: null },
      select: { id: true, reviews: { select: { reviewedOn: true, areaScores: true }, orderBy: { reviewedOn: "asc" } } },
      orderBy: { id: "asc" },
    });
    for (const p of participants) {
      const paired = p.reviews
        .map((r) => ({ on: r.reviewedOn, scores: JSON.parse(r.areaScores) as Scores }))
        .filter((r) => areaIds.some((id) => typeof r.scores[id]?.participant === "number"));
      const latest = paired.at(-1);
      const previous = paired.at(-2);
      if (!latest || !previous) continue;
      const gaps = areaIds.flatMap((id) => {
        const s = latest.scores[id];
        return s && typeof s.participant === "number" ? [{ id, mentor: s.mentor, participant: s.participant, gap: Math.abs(s.participant - s.mentor) }] : [];
      });
      const top = Math.max(...gaps.map((g) => g.gap));
      const leaders = gaps.filter((g) => g.gap === top);
      if (top > 0 && leaders.length === 1) return { id: p.id, leader: leaders[0]!, gaps, previous: previous.scores };
    }
    throw new Error("no demo participant of mentor.aarhus with one clear largest difference");
  }

  it("shows a mentor the areas where they and the participant see things most differently, largest first", async () => {
    const { id, leader, gaps, previous } = await participantWithClearDifference();
    const page = await pageAt(1366, "mentor.aarhus@skridt.demo");
    await page.goto(`${server.url}/staff/participants/${id}?tab=progression`);
    const section = page.getByRole("region", { name: "Hvor ser I forskelligt på det?" });
    await section.waitFor();
    const items = section.getByRole("list", { name: "Her ser I forskelligt på det:" }).getByRole("listitem");
    const differing = gaps.filter((g) => g.gap > 0);
    await expect.poll(() => items.count()).toBe(Math.min(3, differing.length));
    const first = await items.first().textContent();
    expect(first).toContain(`${label(leader.id)} (du ${score(leader.mentor)}, deltageren ${score(leader.participant)})`);
    // How it was at the review before, in the same words.
    const before = previous[leader.id];
    if (before && typeof before.participant === "number") expect(first).toContain(`du ${score(before.mentor)}, deltageren ${score(before.participant)}.`);
    const same = gaps.length - differing.length;
    if (same > 0) await section.getByText(same === 1 ? "På ét område gav I samme score." : `På ${same} områder gav I samme score.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();

    // An evaluator has no participant pages (sent on to their own start page): the mentor's view adds no figure for them.
    const evaluator = await pageAt(1366, "evaluator@skridt.demo");
    await evaluator.goto(`${server.url}/staff/participants/${id}?tab=progression`);
    await evaluator.waitForURL((url) => !url.pathname.includes("/participants/"));
    await evaluator.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await evaluator.getByText("Hvor ser I forskelligt på det?").count()).toBe(0);
    await evaluator.context().close();
    expect(errors).toEqual([]);
  });

  it("draws a skipped area's outline on to the next scored area, marks it and names it under the spider", async () => {
    const { id } = await participantWithClearDifference();
    const page = await pageAt(1366, "mentor.aarhus@skridt.demo");
    await page.goto(`${server.url}/staff/participants/${id}?tab=progression`);
    await page.getByRole("button", { name: "Ny vurdering" }).click();
    const areas = page.locator("fieldset.review-area");
    const count = await areas.count();
    expect(count).toBe(areaIds.length);
    // A middle area skipped: without joining, the outline broke into two open pieces here.
    const skippedIndex = 2;
    for (let i = 0; i < count; i++) {
      if (i === skippedIndex) await areas.nth(i).getByLabel("Ikke drøftet denne gang (spring over)").check();
      else await areas.nth(i).getByRole("radio", { name: "+2 Fremgang", exact: true }).check();
    }
    await page.getByRole("button", { name: "Gem vurdering" }).click();
    await page.getByText("Vurderingen er gemt.").waitFor();

    const compare = page.getByRole("region", { name: "Sammenlign to vurderinger" });
    // The spider compares the first with the new latest review: the skipped area is named under it, with the day.
    const note = compare.locator(".spider-skipped");
    await expect.poll(() => note.textContent()).toMatch(new RegExp(`^Ikke vurderet: ${label(areaIds[skippedIndex]!)} \\(\\d+\\. \\S+ \\d{4}\\)\\.`));
    await expect.poll(() => compare.locator("svg text", { hasText: "○ ikke vurderet ved" }).count()).toBe(1);
    // Each review's outline is one closed shape ("M…Z"), not pieces.
    const outlines = await compare.locator(".recharts-radar-polygon path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
    const series = outlines.filter((d) => d.length > 0);
    expect(series.length).toBeGreaterThanOrEqual(2);
    for (const d of series) {
      expect(d.match(/M/g)?.length).toBe(1);
      expect(d.trim().endsWith("Z")).toBe(true);
    }
    // A dot per scored area on each outline, none where nothing was scored: one fewer than two full outlines.
    expect(await compare.locator(".recharts-radar-dot").count()).toBe(2 * areaIds.length - 1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
    expect(errors).toEqual([]);
  });

  for (const width of [390, 1366]) {
    it(`keeps every chart's text at 12 px or more, with a zero line on -5..+5, and no sideways scroll at ${width} px`, async () => {
      const { id } = await participantWithClearDifference();
      const mentor = await pageAt(width, "mentor.aarhus@skridt.demo");
      await mentor.goto(`${server.url}/staff/participants/${id}?tab=progression`);
      await mentor.locator(".area-lines .recharts-line").first().waitFor();
      await mentor.locator(".spider-chart .recharts-radar").first().waitFor();
      // The line charts: a solid 0 line across each area's chart, the time axis in dates.
      const lineCharts = await mentor.locator(".area-lines__item").count();
      expect(lineCharts).toBe(areaIds.length);
      expect(await mentor.locator(".area-lines .recharts-reference-line").count()).toBeGreaterThanOrEqual(lineCharts);
      const smallest = await smallestChartText(mentor);
      expect(smallest.count).toBeGreaterThan(20);
      expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(12);
      expect(await mentor.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
      expect(await seriousViolations(mentor)).toEqual([]);
      await mentor.context().close();

      const evaluator = await pageAt(width, "evaluator@skridt.demo");
      const programme = await server.db.programme.findFirstOrThrow({ where: { name: "Brug din rampe" } });
      await evaluator.goto(`${server.url}/staff/programmes/${programme.id}/evaluation/progression`);
      const figure = evaluator.locator("figure", { has: evaluator.locator(".recharts-radar") }).first();
      await figure.locator(".recharts-radar").first().waitFor();
      // The cohort spider's zero ring, named in the legend.
      await figure.locator(".recharts-legend-wrapper", { hasText: "0 = som ved start" }).waitFor();
      expect(await figure.locator(".recharts-radar").count()).toBe(3);
      // Every area's name inside the chart (at 390 px they were cut off at the edges).
      const box = (await figure.locator(".recharts-wrapper").boundingBox())!;
      const ticks = await figure.locator(".recharts-polar-angle-axis-tick text").evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, text: el.textContent };
        }),
      );
      expect(ticks.length).toBe(areaIds.length);
      for (const tick of ticks) {
        expect(tick.left, String(tick.text)).toBeGreaterThanOrEqual(box.x - 0.5);
        expect(tick.right, String(tick.text)).toBeLessThanOrEqual(box.x + box.width + 0.5);
      }
      const smallestCohort = await smallestChartText(evaluator);
      expect(smallestCohort.size, `"${smallestCohort.text}"`).toBeGreaterThanOrEqual(12);
      expect(await evaluator.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
      expect(await seriousViolations(evaluator)).toEqual([]);
      await evaluator.context().close();
      expect(errors).toEqual([]);
    });
  }
});
