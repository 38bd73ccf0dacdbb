import { latestPairs, limitsOf, weightedKappa, type TAgreementReview } from "./agreement";
import type { TDisclosure, TShown } from "./disclosure";
import { packed, push, summaryParts, type TParts } from "./protect-scales";

/**
 * Participant-mentor agreement as an evaluator may see it (disclosure.ts): the mean difference
 * is a perturbed sum over a perturbed n, its SD from a perturbed sum of squared deviations, the
 * limits from those; the weighted kappa and its interval are computed from the agreement table
 * with every cell perturbed by its people's keys. No pair and no table cell is published.
 */

export type TProtectedAgreementRow = {
  /** An area id, or null for every area together (each participant's mean difference over their areas). */
  areaId: string | null;
  n: TShown;
  meanDifference: TShown | null;
  lower: TShown | null;
  upper: TShown | null;
  kappa: TShown | null;
  ci95: [TShown, TShown] | null;
};

export type TProtectedAgreement = {
  /** Participants with at least one area scored by both (the cohort row's denominator). */
  participants: TShown;
  areas: TProtectedAgreementRow[];
  cohort: TProtectedAgreementRow;
};

function limitsRow(areaId: string | null, parts: TParts, d: TDisclosure): TProtectedAgreementRow {
  if (!parts.shown) return { areaId, n: d.mark, meanDifference: d.mark, lower: d.mark, upper: d.mark, kappa: areaId === null ? null : d.mark, ci95: null };
  const limits = parts.sd === null ? null : limitsOf(parts.n, parts.mean as number, parts.sd);
  return { areaId, n: parts.n, meanDifference: parts.mean, lower: limits?.lower ?? null, upper: limits?.upper ?? null, kappa: null, ci95: null };
}

export function protectAgreement(
  reviews: readonly TAgreementReview[],
  range: { min: number; max: number },
  areas: readonly string[],
  d: TDisclosure,
): TProtectedAgreement {
  const pairs = latestPairs(reviews, areas);
  const k = range.max - range.min + 1;
  const perParticipant = new Map<string, { sum: number; count: number; key: number }>();
  const rows = areas.map((areaId): TProtectedAgreementRow => {
    const people = pairs.get(areaId);
    const differences = packed(people?.size ?? 0);
    const cells = Array.from({ length: k * k }, () => ({ count: 0, key: 0 }));
    for (const [id, p] of people ?? []) {
      if (!inRange(p.mentor, range) || !inRange(p.participant, range)) continue;
      const c = cells[(p.participant - range.min) * k + (p.mentor - range.min)]!;
      c.count++;
      c.key += p.key;
      push(differences, p.participant - p.mentor, p.key, 1);
      const own = perParticipant.get(id) ?? { sum: 0, count: 0, key: p.key };
      own.sum += p.participant - p.mentor;
      own.count++;
      perParticipant.set(id, own);
    }
    const parts = summaryParts(differences, d, `agreement/${areaId}:difference`);
    const row = limitsRow(areaId, parts, d);
    if (!parts.shown) return row;
    const table = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => d.perturb(cells[i * k + j]!)));
    const kappa = weightedKappa(table);
    return { ...row, kappa: kappa.kappa, ci95: kappa.ci95 };
  });
  const means = packed(perParticipant.size);
  for (const own of perParticipant.values()) push(means, own.sum / own.count, own.key, 1);
  const cohortParts = summaryParts(means, d, "agreement:participant-mean-difference");
  return { participants: cohortParts.shown ? cohortParts.n : d.mark, areas: rows, cohort: limitsRow(null, cohortParts, d) };
}

function inRange(v: number, range: { min: number; max: number }): boolean {
  return Number.isInteger(v) && v >= range.min && v <= range.max;
}
