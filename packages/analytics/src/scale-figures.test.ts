import { describe, expect, it } from "vitest";
import { attrition } from "./attrition";
import { pairedChange } from "./paired-change";
import { attritionFromCounts, pairedChangeFromCounts, type TScaleFigureCount } from "./scale-figures";
import type { TParticipantRow, TScaleMeta, TScoreRow, TSurveyRow } from "./types";

const WHO5: TScaleMeta = { instrumentId: "who5", scaleId: "total", higherIsBetter: true, minimalImportantChange: 10 };
const GSE: TScaleMeta = { instrumentId: "gse", scaleId: "total", higherIsBetter: true, minimalImportantChange: null };

/** A deterministic cohort: some with both scores, some only a start, some only an end, some neither. */
function cohort(n: number) {
  const participants: TParticipantRow[] = [];
  const scores: TScoreRow[] = [];
  const surveys: TSurveyRow[] = [];
  const counts = new Map<string, TScaleFigureCount>();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const id = `p${i}`;
    participants.push({ participantId: id, organisationId: "o", enrolledOn: "2024-01-01" });
    const hasStart = next() < 0.9;
    const hasEnd = next() < 0.6;
    if (hasStart) surveys.push({ participantId: id, occasion: "start", state: "submitted" });
    surveys.push({ participantId: id, occasion: "end", state: hasEnd ? "submitted" : "in_progress" });
    for (const scale of [WHO5, GSE]) {
      const step = scale === WHO5 ? 4 : 1;
      const start = hasStart ? Math.round(next() * 25) * step : null;
      const end = hasEnd ? Math.round(next() * 25) * step : null;
      if (start !== null) scores.push({ participantId: id, occasion: "start", instrumentId: scale.instrumentId, scaleId: scale.scaleId, value: start });
      if (end !== null) scores.push({ participantId: id, occasion: "end", instrumentId: scale.instrumentId, scaleId: scale.scaleId, value: end });
      if (start === null && end === null) continue;
      const key = `${scale.instrumentId}|${start}|${end}|${hasEnd}`;
      const c = counts.get(key) ?? { instrumentId: scale.instrumentId, scaleId: scale.scaleId, start, end, endSubmitted: hasEnd, count: 0 };
      c.count++;
      counts.set(key, c);
    }
  }
  return { participants, scores, surveys, counts: [...counts.values()] };
}

describe("figures from grouped counts", () => {
  // 30 uses the exact Wilcoxon distribution, 400 the normal approximation with ties.
  it.each([30, 400])("give the same paired change as the rows, for %i participants", (n) => {
    const { participants, scores, surveys, counts } = cohort(n);
    expect(counts.length).toBeLessThan(scores.length); // really grouped
    const fromRows = pairedChange(participants, scores, [WHO5, GSE], { surveys });
    const fromCounts = pairedChangeFromCounts(counts, [WHO5, GSE]);
    for (let k = 0; k < 2; k++) {
      const a = fromRows[k]!;
      const b = fromCounts[k]!;
      expect(b.paired.n).toBe(a.paired.n);
      expect(b.paired.n).toBeGreaterThan(5);
      for (const field of ["meanStart", "meanEnd", "meanChange", "sdChange", "effect"] as const) {
        expect(b.paired[field]).toBeCloseTo(a.paired[field] as number, 9);
      }
      expect(b.paired.ci95![0]).toBeCloseTo(a.paired.ci95![0], 9);
      expect(b.paired.wilcoxon?.V).toBe(a.paired.wilcoxon?.V);
      expect(b.paired.wilcoxon?.method).toBe(a.paired.wilcoxon?.method);
      expect(b.paired.wilcoxon?.p).toBeCloseTo(a.paired.wilcoxon!.p as number, 12);
      expect(b.paired.byMic).toEqual(a.paired.byMic);
      expect(b.unpaired.start.n).toBe(a.unpaired.start.n);
      expect(b.unpaired.end.n).toBe(a.unpaired.end.n);
      expect(b.unpaired.end.mean).toBeCloseTo(a.unpaired.end.mean as number, 9);
    }
  });

  it("give the same attrition as the rows", () => {
    const { participants, scores, surveys, counts } = cohort(200);
    const fromRows = attrition(participants, scores, [WHO5, GSE], surveys);
    const fromCounts = attritionFromCounts(counts, [WHO5, GSE]);
    for (let k = 0; k < 2; k++) {
      expect(fromCounts[k]!.answeredEnd.n).toBe(fromRows[k]!.answeredEnd.n);
      expect(fromCounts[k]!.didNotAnswerEnd.n).toBe(fromRows[k]!.didNotAnswerEnd.n);
      expect(fromCounts[k]!.didNotAnswerEnd.n).toBeGreaterThan(10);
      expect(fromCounts[k]!.difference).toBeCloseTo(fromRows[k]!.difference as number, 9);
      expect(fromCounts[k]!.standardisedDifference).toBeCloseTo(fromRows[k]!.standardisedDifference as number, 9);
    }
  });

  it("leave a scale with no counts empty and ignore scales not asked for", () => {
    const counts: TScaleFigureCount[] = [{ instrumentId: "other", scaleId: "x", start: 1, end: 2, endSubmitted: true, count: 9 }];
    const [r] = pairedChangeFromCounts(counts, [WHO5]);
    expect(r?.paired.n).toBe(0);
    expect(r?.paired.meanChange).toBeNull();
    expect(r?.unpaired.start.n).toBe(0);
  });
});
