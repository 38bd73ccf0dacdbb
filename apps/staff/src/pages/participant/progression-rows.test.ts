import { defaultProgressionPlan, progressionModels, reviewSummary, type TReviewScores } from "@skridt/instruments";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { dayNumber, dayOfNumber, hasZeroLine, scaleTicks, timeDomain, timeTicks } from "./chart-data";
import { areaSeries, spiderRows, type ReviewLike } from "./progression-rows";

const model = progressionModels.halsnaes!;
const plan = defaultProgressionPlan;
const [first, second] = plan.areaIds as [string, string, ...string[]];

/** A review scoring every area but `skip` with `value`. */
function review(reviewedOn: string, value: number, skip: readonly string[] = []): ReviewLike {
  const scores: TReviewScores = Object.fromEntries(plan.areaIds.filter((id) => !skip.includes(id)).map((id) => [id, { mentor: value }]));
  return { reviewedOn, scores, summary: reviewSummary(model, plan, scores) };
}

/** A t that shows the key and its values, so the test sees what was asked for. */
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe("the progression line charts' time axis", () => {
  it("places reviews by their dates, not evenly", () => {
    const series = areaSeries(model, plan, [review("2026-01-05", 0), review("2026-01-19", 1), review("2026-03-16", 2)], "da", (d) => d);
    const days = series[0]!.points.map((p) => p.day);
    // 14 days, then a pause of 56: the second gap is four times the first.
    expect(days[1]! - days[0]!).toBe(14);
    expect(days[2]! - days[1]!).toBe(56);
    expect(dayOfNumber(days[0]!)).toBe("2026-01-05");
    expect(timeTicks(series)).toEqual(days);
    const [low, high] = timeDomain(series);
    expect(low).toBeLessThan(days[0]!);
    expect(high).toBeGreaterThan(days[2]!);
  });

  it("counts days in UTC, so a summer-time change does not move a review", () => {
    expect(dayNumber("2026-03-30") - dayNumber("2026-03-28")).toBe(2);
    expect(dayNumber("2026-10-26") - dayNumber("2026-10-24")).toBe(2);
    expect(dayNumber("1970-01-02")).toBe(1);
  });

  it("gives a single review room either side", () => {
    const series = areaSeries(model, plan, [review("2026-02-01", 1)], "da", (d) => d);
    const day = dayNumber("2026-02-01");
    expect(timeDomain(series)).toEqual([day - 7, day + 7]);
  });

  it("lists the days an area was skipped, for the gap and its label", () => {
    const series = areaSeries(model, plan, [review("2026-01-05", 0), review("2026-02-02", 1, [second]), review("2026-03-02", 2)], "da", (d) => `dag ${d}`);
    expect(series.find((s) => s.key === first)!.skipped).toEqual([]);
    const skipped = series.find((s) => s.key === second)!;
    expect(skipped.skipped).toEqual([{ day: dayNumber("2026-02-02"), label: "dag 2026-02-02" }]);
    // The point stays, without a score: the line breaks there rather than joining its neighbours.
    expect(skipped.points.map((p) => p.mentor)).toEqual([0, null, 2]);
  });

  it("puts 0 on the axis and draws a zero line only on a scale that has 0 inside it", () => {
    expect(scaleTicks(model.range)).toContain(0);
    expect(hasZeroLine(model.range)).toBe(true);
    expect(hasZeroLine({ min: 0, max: 10 })).toBe(false);
    expect(hasZeroLine({ min: 1, max: 5 })).toBe(false);
  });
});

describe("the spider chart's skipped areas", () => {
  it("says beside a skipped spoke which review did not score it", () => {
    const rows = spiderRows(model, plan, review("2026-01-05", 0, [first]), review("2026-03-02", 2), "da", t);
    const gap = rows.find((r) => r.key === first)!;
    expect(gap.from).toBeNull();
    expect(gap.gapNote).toBe(`charts.notScoredOn ${JSON.stringify({ dates: "5. jan. 2026" })}`);
    expect(rows.find((r) => r.key === second)!.gapNote).toBeNull();
  });

  it("names both days when both reviews skipped the area, and the day once when it is the same review", () => {
    const both = spiderRows(model, plan, review("2026-01-05", 0, [first]), review("2026-03-02", 2, [first]), "en", t);
    expect(both[0]!.gapNote).toBe(`charts.notScoredOn ${JSON.stringify({ dates: "5 Jan 2026 charts.and 2 Mar 2026" })}`);
    const one = review("2026-01-05", 0, [first]);
    expect(spiderRows(model, plan, one, one, "en", t)[0]!.gapNote).toBe(`charts.notScoredOn ${JSON.stringify({ dates: "5 Jan 2026" })}`);
  });

  it("marks where the model's 0 lies on the spider's 0..100", () => {
    const rows = spiderRows(model, plan, review("2026-01-05", 0), review("2026-03-02", 2), "da", t);
    expect(rows.every((r) => r.zero === 50)).toBe(true);
    // The 0 itself sits on the zero ring.
    expect(rows[0]!.from).toBe(50);
  });
});
