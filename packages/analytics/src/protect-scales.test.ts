import { describe, expect, it } from "vitest";
import { disclosureOf } from "./disclosure";
import { MAGNITUDE_SPREAD } from "./perturbation";
import { protectedAttrition, protectedAttritionFromCounts, protectedPairedChange, protectedPairedChangeFromCounts } from "./protect-scales";
import type { TScaleFigureCount } from "./scale-figures";
import { nearlyEqual, randomKeys, seeded } from "./testing-keys";
import type { TParticipantRow, TScaleMeta, TScoreRow, TSurveyRow } from "./types";
import { signedRankStatistic, signedRankStatisticOfCounts } from "./wilcoxon";

const SCALE: TScaleMeta = { instrumentId: "who5", scaleId: "who5", higherIsBetter: true, minimalImportantChange: 10 };

/** n participants with WHO-5 scores (0-100 in steps of 4) at start and, for most, at end. */
function cohort(n: number, seed: number) {
  const keys = randomKeys(n, seed);
  const next = seeded(seed + 1);
  const participants: TParticipantRow[] = keys.map((cellKey, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2025-01-01", cellKey }));
  const scores: TScoreRow[] = [];
  const surveys: TSurveyRow[] = [];
  for (const p of participants) {
    const start = 4 * Math.floor(next() * 18);
    scores.push({ participantId: p.participantId, occasion: "start", instrumentId: "who5", scaleId: "who5", value: start });
    surveys.push({ participantId: p.participantId, occasion: "start", state: "submitted" });
    if (next() < 0.75) {
      scores.push({
        participantId: p.participantId,
        occasion: "end",
        instrumentId: "who5",
        scaleId: "who5",
        value: Math.min(100, start + 4 * Math.floor(next() * 6)),
      });
      surveys.push({ participantId: p.participantId, occasion: "end", state: "submitted" });
    }
  }
  return { participants, scores, surveys };
}

/** The scores grouped as ParticipantScale is: per (start, end, end submitted), a count and a key sum. */
function grouped(participants: readonly TParticipantRow[], scores: readonly TScoreRow[]): TScaleFigureCount[] {
  const groups = new Map<string, TScaleFigureCount>();
  for (const p of participants) {
    const start = scores.find((s) => s.participantId === p.participantId && s.occasion === "start")?.value ?? null;
    const end = scores.find((s) => s.participantId === p.participantId && s.occasion === "end")?.value ?? null;
    const id = `${start}|${end}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { instrumentId: "who5", scaleId: "who5", start, end, endSubmitted: end !== null, count: 0, key: 0 }));
    g.count++;
    g.key = (g.key as number) + (p.cellKey as number);
  }
  return [...groups.values()];
}

const populationKey = (ps: readonly TParticipantRow[]) => ps.reduce((s, p) => s + (p.cellKey as number), 0);

describe("protected paired change and attrition", () => {
  const { participants, scores, surveys } = cohort(100, 21);
  const d = disclosureOf(populationKey(participants));

  it("are the same from score rows and from grouped counts", () => {
    expect(
      nearlyEqual(
        protectedPairedChangeFromCounts(grouped(participants, scores), [SCALE], d),
        protectedPairedChange(participants, scores, [SCALE], { surveys }, d),
      ),
    ).toBe(true);
    expect(
      nearlyEqual(protectedAttritionFromCounts(grouped(participants, scores), [SCALE], d), protectedAttrition(participants, scores, [SCALE], surveys, d)),
    ).toBe(true);
  });

  it("keep the means near the truth and consistent: end = start + change, the interval around the change", () => {
    const [c] = protectedPairedChange(participants, scores, [SCALE], { surveys }, d);
    const p = c!.paired as unknown as { n: number; meanStart: number; meanEnd: number; meanChange: number; sdChange: number; ci95: [number, number] };
    const pairs = participants.flatMap((x) => {
      const s = scores.find((r) => r.participantId === x.participantId && r.occasion === "start")!.value as number;
      const e = scores.find((r) => r.participantId === x.participantId && r.occasion === "end")?.value;
      return e === undefined || e === null ? [] : [{ s, e }];
    });
    const trueStart = pairs.reduce((t, x) => t + x.s, 0) / pairs.length;
    expect(Math.abs(p.n - pairs.length)).toBeLessThanOrEqual(3);
    // The noise of a sum is at most 1.5 times its largest value: here at most 1.5·100/n a mean, plus the n's own noise.
    expect(Math.abs(p.meanStart - trueStart)).toBeLessThan((MAGNITUDE_SPREAD * 100) / p.n + (3 * 100) / p.n);
    expect(p.meanEnd).toBeCloseTo(p.meanStart + p.meanChange, 10);
    expect(p.ci95[0]).toBeLessThan(p.meanChange);
    expect(p.ci95[1]).toBeGreaterThan(p.meanChange);
  });

  it("hide everything over a perturbed n under 5", () => {
    const few = cohort(3, 5);
    const [c] = protectedPairedChange(few.participants, few.scores, [SCALE], { surveys: few.surveys }, disclosureOf(populationKey(few.participants)));
    expect(c!.paired.n).toBe("<5");
    expect(c!.paired.meanChange).toBe("<5");
    expect(c!.unpaired.start.mean).toBe("<5");
  });

  it("give nothing away about the one person two cohorts differ by", () => {
    // Recover each target's start score from the difference of two perturbed sums, as an attacker would.
    let absoluteError = 0;
    let exact = 0;
    const targets = 50;
    const [whole] = protectedAttrition(participants, scores, [SCALE], surveys, d);
    for (let t = 0; t < targets; t++) {
      const target = participants[t]!;
      const rest = participants.filter((p) => p !== target);
      const [without] = protectedAttrition(rest, scores, [SCALE], surveys, disclosureOf(populationKey(rest)));
      const sumOf = (s: { n: unknown; mean: unknown }) => (s.n as number) * (s.mean as number);
      const recovered = sumOf(whole!.answeredEnd) + sumOf(whole!.didNotAnswerEnd) - sumOf(without!.answeredEnd) - sumOf(without!.didNotAnswerEnd);
      const truth = scores.find((s) => s.participantId === target.participantId && s.occasion === "start")!.value as number;
      absoluteError += Math.abs(recovered - truth);
      if (Math.round(recovered / 4) * 4 === truth) exact++;
    }
    // Without perturbation the error is 0 and all 50 are exact; a score is 0-68 here.
    expect(absoluteError / targets).toBeGreaterThan(20);
    expect(exact).toBeLessThan(10);
  });
});

describe("the signed-rank statistic over grouped differences", () => {
  it("is the statistic over the expanded rows: V, ties, zeros and n", () => {
    const next = seeded(77);
    const values = Array.from({ length: 40 }, () => Math.round((next() - 0.4) * 10) / 2);
    const weights = values.map(() => 1 + Math.floor(next() * 5));
    const rows = values.flatMap((v, i) => Array.from({ length: weights[i]! }, () => v));
    expect(signedRankStatisticOfCounts(values, weights)).toEqual(signedRankStatistic(rows));
  });
});
