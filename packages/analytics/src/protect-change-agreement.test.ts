import { describe, expect, it } from "vitest";
import { agreementOf, type TAgreementReview } from "./agreement";
import { disclosureOf } from "./disclosure";
import { MAX_COUNT_NOISE } from "./perturbation";
import { protectAgreement } from "./protect-agreement";
import { PLOT_BINS, protectReliableChange } from "./protect-reliable-change";
import { reliableChangeCounts, type TChangeNorm } from "./reliable-change";
import type { TScaleFigureCount } from "./scale-figures";
import { randomKeys, seeded } from "./testing-keys";

const WHO5: TChangeNorm = {
  instrumentId: "who5",
  scaleId: "who5",
  reliableChange: { kind: "mdc95", mdc95: 23.6 },
  cutOff: { value: 50, functional: "above" },
  convention: { points: 10 },
};
/** A shown count is within the noise of the truth, or "<5" for a truth that can come out under 5. */
function near(shown: unknown, truth: number) {
  if (shown === "<5") expect(truth).toBeLessThan(5 + MAX_COUNT_NOISE);
  else expect(Math.abs((shown as number) - truth)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
}

const SCALE = { instrumentId: "who5", scaleId: "who5", higherIsBetter: true, range: { min: 0, max: 100 } };

/** n people with WHO-5 start and end scores (multiples of 4), one group each. */
function cohort(n: number, seed: number) {
  const next = seeded(seed);
  const keys = randomKeys(n, seed + 1);
  const people = keys.map((key) => {
    const start = 4 * Math.floor(next() * 20);
    const end = Math.min(100, Math.max(0, start + 4 * (Math.floor(next() * 13) - 4)));
    return { start, end, key };
  });
  const groups: TScaleFigureCount[] = people.map((p) => ({
    instrumentId: "who5",
    scaleId: "who5",
    start: p.start,
    end: p.end,
    endSubmitted: true,
    count: 1,
    key: p.key,
  }));
  return { people, groups, populationKey: keys.reduce((a, b) => a + b, 0) };
}

describe("protected reliable change", () => {
  it("publishes each category within the count noise of the truth, shares of perturbed counts, and no individual", () => {
    const { people, groups, populationKey } = cohort(200, 7);
    const exact = reliableChangeCounts(people, WHO5, true);
    const shown = protectReliableChange(groups, SCALE, WHO5, disclosureOf(populationKey));
    expect(shown.threshold).toBeCloseTo(23.6, 10);
    for (const k of ["improved", "unchanged", "worse"] as const) {
      near(shown.reliable![k], exact[k]);
      if (typeof shown.reliable![k] === "number") expect(shown.reliable![`${k}Share`]).toBeCloseTo((shown.reliable![k] as number) / (shown.n as number), 12);
    }
    near(shown.recovered!.count, exact.recovered!);
    expect(exact.improved).toBeGreaterThan(20); // the figure is not trivially all hidden
    // The plot: PLOT_BINS² cells, each a count of 5 or more or "<5" (never 1..4 and never a key).
    expect(shown.plot!.cells).toHaveLength(PLOT_BINS * PLOT_BINS);
    for (const c of shown.plot!.cells) expect(c.count === "<5" || (typeof c.count === "number" && c.count >= 5)).toBe(true);
    expect(JSON.stringify(shown)).not.toMatch(/key/i);
  });

  it("hides everything of a cohort under 5 and draws a fresh figure for a cohort one person larger", () => {
    const small = cohort(3, 11);
    const hidden = protectReliableChange(small.groups, SCALE, WHO5, disclosureOf(small.populationKey));
    expect(hidden.n).toBe("<5");
    expect(hidden.plot).toBeNull();
    expect(hidden.reliable?.improved).toBe("<5");
    // Two cohorts that differ by one person: not every category moves by exactly that person's one.
    let differing = 0;
    for (let seed = 0; seed < 40; seed++) {
      const a = cohort(60, 100 + seed);
      const b = { groups: a.groups.slice(1), populationKey: a.populationKey - a.people[0]!.key };
      const fa = protectReliableChange(a.groups, SCALE, WHO5, disclosureOf(a.populationKey)).reliable!;
      const fb = protectReliableChange(b.groups, SCALE, WHO5, disclosureOf(b.populationKey)).reliable!;
      const moved = (["improved", "unchanged", "worse"] as const).filter((k) => fa[k] !== fb[k]).length;
      if (moved !== 1) differing++;
    }
    expect(differing).toBeGreaterThan(20);
  });
});

describe("protected agreement", () => {
  it("gives per area a mean difference and a kappa near the exact ones, and hides an area under 5", () => {
    const next = seeded(3);
    const keys = randomKeys(120, 4);
    const reviews: TAgreementReview[] = keys.map((key, i) => {
      const mentor = Math.floor(next() * 11) - 5;
      const participant = Math.max(-5, Math.min(5, mentor + Math.floor(next() * 3) - 1));
      const scores: TAgreementReview["scores"] = { work: { mentor, participant } };
      if (i < 3) return { participantId: `p${i}`, reviewedOn: "2026-01-01", key, scores: { ...scores, rare: { mentor: 0, participant: 1 } } };
      return { participantId: `p${i}`, reviewedOn: "2026-01-01", key, scores };
    });
    const exact = agreementOf(reviews, { min: -5, max: 5 }, ["work"]);
    const shown = protectAgreement(reviews, { min: -5, max: 5 }, ["work", "rare"], disclosureOf(keys.reduce((a, b) => a + b, 0)));
    const work = shown.areas.find((a) => a.areaId === "work")!;
    expect(Math.abs((work.n as number) - 120)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
    expect(Math.abs((work.meanDifference as number) - exact.areas[0]!.limits.meanDifference!)).toBeLessThan(0.1);
    expect(Math.abs((work.kappa as number) - exact.areas[0]!.kappa.kappa!)).toBeLessThan(0.05);
    const rare = shown.areas.find((a) => a.areaId === "rare")!;
    expect(rare).toMatchObject({ n: "<5", meanDifference: "<5", kappa: "<5" });
    expect(JSON.stringify(shown)).not.toMatch(/key/i);
  });
});
