import { describe, expect, it } from "vitest";
import { pairedChange } from "./paired-change";
import type { TParticipantRow, TScaleMeta, TScoreRow } from "./types";
import { wilcoxonSignedRank } from "./wilcoxon";

const people = (n: number): TParticipantRow[] =>
  Array.from({ length: n }, (_, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2024-01-01" }));
const score = (participantId: string, occasion: string, value: number | null, scaleId = "total"): TScoreRow => ({
  participantId,
  occasion,
  instrumentId: "who5",
  scaleId,
  value,
});
const WHO5: TScaleMeta = { instrumentId: "who5", scaleId: "total", higherIsBetter: true, minimalImportantChange: 10 };

describe("pairedChange", () => {
  it("gives the Student t CI of the mean change, computed by hand", () => {
    // changes [2, 4, 6, 8, 10]: mean 6; SD = √((16+4+0+4+16)/4) = √10 = 3.16228;
    // SE = 3.16228/√5 = 1.41421; t(0.975, 4) = 2.776445; half-width 3.92644
    // → CI [2.07356, 9.92644]; effect = 6 / 3.16228 = 1.89737.
    const ps = people(5);
    const rows = ps.flatMap((p, i) => [score(p.participantId, "start", 40), score(p.participantId, "end", 40 + 2 * (i + 1))]);
    const [r] = pairedChange(ps, rows, [WHO5]);
    expect(r?.paired.n).toBe(5);
    expect(r?.paired.meanStart).toBe(40);
    expect(r?.paired.meanEnd).toBe(46);
    expect(r?.paired.meanChange).toBeCloseTo(6, 10);
    expect(r?.paired.sdChange).toBeCloseTo(3.16228, 5);
    expect(r?.paired.ci95?.[0]).toBeCloseTo(2.07356, 4);
    expect(r?.paired.ci95?.[1]).toBeCloseTo(9.92644, 4);
    expect(r?.paired.effect).toBeCloseTo(1.89737, 4);
    // All five positive, no ties: V = 15, exact two-sided p = 2 · (1/2^5) = 0.0625.
    expect(r?.paired.wilcoxon).toMatchObject({ V: 15, nNonZero: 5, method: "exact" });
    expect(r?.paired.wilcoxon?.p).toBeCloseTo(0.0625, 10);
    // MIC 10: only the change of +10 reaches it.
    expect(r?.paired.byMic).toMatchObject({ improved: 1, unchanged: 4, worse: 0, improvedShare: 0.2 });
  });

  it("pairs only participants with both scores and reports the unpaired groups apart", () => {
    const ps = people(4);
    const rows = [
      score("p0", "start", 10),
      score("p0", "end", 20),
      score("p1", "start", 30),
      score("p1", "end", 20),
      score("p2", "start", 50), // dropped out: no end
      score("p3", "start", null), // unscorable start
      score("p3", "end", 70),
      score("p9", "start", 0), // not in the participant set
    ];
    const [r] = pairedChange(ps, rows, [WHO5]);
    expect(r?.paired.n).toBe(2);
    expect(r?.paired.meanChange).toBe(0);
    expect(r?.paired.effect).toBe(0);
    expect(r?.paired.byMic).toMatchObject({ improved: 1, unchanged: 0, worse: 1 });
    expect(r?.unpaired.label).toBe("unpaired");
    expect(r?.unpaired.start).toMatchObject({ n: 3, mean: 30 });
    expect(r?.unpaired.end.n).toBe(3);
    expect(r?.unpaired.end.mean).toBeCloseTo(110 / 3, 10);
  });

  it("reads 'lower is better' scales the other way round and has no MIC claim without a MIC", () => {
    const ps = people(2);
    const rows = [score("p0", "start", 5), score("p0", "end", 3), score("p1", "start", 5), score("p1", "end", 5)];
    const [lower] = pairedChange(ps, rows, [{ instrumentId: "who5", scaleId: "total", higherIsBetter: false, minimalImportantChange: 2 }]);
    const [noMic] = pairedChange(ps, rows, [{ instrumentId: "who5", scaleId: "total", higherIsBetter: true }]);
    expect(lower?.paired.byMic).toMatchObject({ improved: 1, unchanged: 1, worse: 0 });
    expect(noMic?.paired.byMic).toBeNull();
    expect(noMic?.paired.ci95).not.toBeNull();
  });

  it("has no CI for one pair and no test when nothing changed", () => {
    const [one] = pairedChange(people(1), [score("p0", "start", 1), score("p0", "end", 2)], [WHO5]);
    expect(one?.paired.ci95).toBeNull();
    expect(one?.paired.sdChange).toBeNull();
    const [flat] = pairedChange(people(2), [score("p0", "start", 1), score("p0", "end", 1), score("p1", "start", 2), score("p1", "end", 2)], [WHO5]);
    expect(flat?.paired.wilcoxon).toMatchObject({ nNonZero: 0, p: null });
    expect(flat?.paired.effect).toBeNull();
  });

  it("completes over 100,000 synthetic pairs (sanity, no timing assertion)", () => {
    const n = 100_000;
    const ps = people(n);
    const rows: TScoreRow[] = [];
    for (let i = 0; i < n; i++) {
      rows.push(score(`p${i}`, "start", (i * 7) % 101));
      rows.push(score(`p${i}`, "end", (i * 7 + (i % 13) - 4) % 101));
    }
    const [r] = pairedChange(ps, rows, [WHO5]);
    expect(r?.paired.n).toBe(n);
    expect(r?.paired.wilcoxon?.method).toBe("normal");
    expect(r?.paired.wilcoxon?.p).toBeGreaterThanOrEqual(0);
  });
});

describe("wilcoxonSignedRank", () => {
  it("matches R's wilcox.test example (Hollander & Wolfe 1973, p. 29, depression scale)", () => {
    // R: wilcox.test(x, y, paired = TRUE, alternative = "greater") → V = 40, p = 0.01953;
    // the two-sided p is twice that: 0.0390625 (= 20/512 from the exact distribution, n = 9).
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = wilcoxonSignedRank(x.map((v, i) => v - (y[i] as number)));
    expect(r).toMatchObject({ V: 40, nNonZero: 9, method: "exact" });
    expect(r.p).toBeCloseTo(0.0390625, 10);
  });

  it("computes the exact p for n = 6 by enumeration", () => {
    // d = [1, −2, 3, 4, −5, 6]: ranks 1..6, V = 1+3+4+6 = 14 (mean 10.5).
    // P(V ≥ 14) = P(V ≤ 7) by symmetry; subsets of {1..6} with sum ≤ 7:
    // sum 0:1, 1:1, 2:1, 3:2, 4:2, 5:3, 6:4, 7:4 → 18 of 64; two-sided p = 36/64 = 0.5625.
    const r = wilcoxonSignedRank([1, -2, 3, 4, -5, 6]);
    expect(r.V).toBe(14);
    expect(r.p).toBeCloseTo(0.5625, 10);
  });

  it("uses the normal approximation with tie and continuity correction when there are ties or zeros", () => {
    // d = [1, 1, −1, 2, 2, 3, 0]: the zero is dropped, n = 6; |d| ranks: 1,1,1 → 2; 2,2 → 4.5; 3 → 6.
    // V = 2+2+4.5+4.5+6 = 19; mean 10.5; var = 6·7·13/24 − ((3³−3)+(2³−2))/48 = 22.75 − 0.625 = 22.125;
    // z = (19 − 10.5 − 0.5)/√22.125 = 1.700781; p = 2·(1 − Φ(1.700781)) = 0.088984 (R: 0.08898).
    const r = wilcoxonSignedRank([1, 1, -1, 2, 2, 3, 0]);
    expect(r).toMatchObject({ V: 19, nNonZero: 6, method: "normal" });
    expect(r.z).toBeCloseTo(1.700781, 5);
    expect(r.p).toBeCloseTo(0.088984, 5);
  });

  it("never returns p above 1", () => {
    expect(wilcoxonSignedRank([1, -1.5, 2, -2.5]).p).toBeLessThanOrEqual(1);
  });
});
