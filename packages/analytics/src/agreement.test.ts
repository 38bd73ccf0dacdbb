import { describe, expect, it } from "vitest";
import { agreementOf, blandAltman, largestDisagreements, weightedKappa, type TAgreementReview } from "./agreement";

describe("agreement, worked by hand", () => {
  it("gives Bland-Altman's mean difference and limits: differences 1, −1, 2, 0, 3", () => {
    // mean 1; squared deviations 0 + 4 + 1 + 1 + 4 = 10; SD = √(10/4) = 1.581139;
    // limits 1 ± 1.959964 · 1.581139 = 1 ± 3.098975 → [−2.098975, 4.098975].
    const r = blandAltman([1, -1, 2, 0, 3]);
    expect(r.meanDifference).toBe(1);
    expect(r.sd).toBeCloseTo(1.581139, 6);
    expect(r.lower).toBeCloseTo(-2.098975, 5);
    expect(r.upper).toBeCloseTo(4.098975, 5);
  });

  it("gives the quadratic-weighted kappa and its Fleiss-Cohen-Everitt SE on a 3 × 3 table", () => {
    // Table [[2,1,0],[1,2,1],[0,1,2]], n 10; weights 1, .75, 0. Margins .3 .4 .3 both ways.
    // po = .6 · 1 + .4 · .75 = .9; pe = .34 + .48 · .75 = .70; κ = .2 / .3 = 0.666667.
    // Weighted margins w̄ = .6, .85, .6; Σ p(w − (w̄i + w̄j)(1 − κ))² = .21;
    // (κ − pe(1 − κ))² = .433333² = .187778; var = (.21 − .187778) / (10 · .09) = .0246914;
    // SE = .157135; 95 % CI .666667 ± .307982 = [.358685, .974649].
    const r = weightedKappa([
      [2, 1, 0],
      [1, 2, 1],
      [0, 1, 2],
    ]);
    expect(r.n).toBe(10);
    expect(r.kappa).toBeCloseTo(2 / 3, 10);
    expect(r.se).toBeCloseTo(0.157135, 5);
    expect(r.ci95?.[0]).toBeCloseTo(0.358685, 5);
    expect(r.ci95?.[1]).toBeCloseTo(0.974649, 5);
  });

  it("is 1 for perfect agreement and has no value when one rater uses a single category for everyone", () => {
    expect(
      weightedKappa([
        [3, 0],
        [0, 2],
      ]).kappa,
    ).toBeCloseTo(1, 12);
    expect(
      weightedKappa([
        [5, 0],
        [0, 0],
      ]).kappa,
    ).toBeNull();
  });

  it("uses each participant's latest review with both scores, per area, and their mean difference for the cohort", () => {
    const review = (participantId: string, reviewedOn: string, scores: TAgreementReview["scores"]): TAgreementReview => ({
      participantId,
      reviewedOn,
      key: 1,
      scores,
    });
    const reviews = [
      review("a", "2026-01-01", { work: { mentor: 0, participant: 4 } }),
      review("a", "2026-02-01", { work: { mentor: 1, participant: 2 }, health: { mentor: 2, participant: 0 } }),
      review("a", "2026-03-01", { work: { mentor: 3 } }), // no participant score: the February pair stands
      review("b", "2026-02-01", { work: { mentor: -1, participant: -1 }, health: { mentor: 0, participant: 3 } }),
    ];
    const r = agreementOf(reviews, { min: -5, max: 5 });
    const work = r.areas.find((a) => a.areaId === "work")!;
    expect(work.limits.n).toBe(2);
    expect(work.limits.meanDifference).toBe(0.5); // (2 − 1) and (−1 − −1)
    // a: (+1 − 2) / 2 = −0.5; b: (0 + 3) / 2 = 1.5; mean 0.5.
    expect(r.cohort.n).toBe(2);
    expect(r.cohort.meanDifference).toBe(0.5);
    expect(largestDisagreements(reviews, "a").map((x) => [x.areaId, x.difference])).toEqual([
      ["health", -2],
      ["work", 1],
    ]);
  });
});
