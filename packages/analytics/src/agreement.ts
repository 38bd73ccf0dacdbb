/**
 * Agreement between the participant's own progression score and the mentor's, per area.
 *
 * - Bland & Altman (1986, Lancet i:307-310): the mean difference (participant − mentor) and the
 *   95 % limits of agreement, mean ± 1.96 · SD of the differences.
 * - Cohen's weighted kappa with quadratic weights (Cohen 1968), over the model's whole range
 *   of categories (so kappas of one model compare), with the large-sample standard error of
 *   Fleiss, Cohen & Everitt (1969, Psychol Bull 72:323-327) and a 95 % interval κ ± 1.96 · SE.
 *   Quadratic-weighted kappa equals 2·cov / (var₁ + var₂ + (mean₁ − mean₂)²) with population
 *   moments (Schuster 2004), which the R check uses as an independent route.
 *
 * One pair per participant and area (their latest review with both scores), so pairs in a
 * table are independent people.
 */
import { Z975 } from "./reliable-change";

export type TBlandAltman = { n: number; meanDifference: number | null; sd: number | null; lower: number | null; upper: number | null };

/** Mean difference and 95 % limits of agreement from the differences (sample SD, n − 1). */
export function blandAltman(differences: readonly number[]): TBlandAltman {
  const n = differences.length;
  if (n === 0) return { n, meanDifference: null, sd: null, lower: null, upper: null };
  const mean = differences.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, meanDifference: mean, sd: null, lower: null, upper: null };
  const ss = differences.reduce((a, b) => a + (b - mean) ** 2, 0);
  return limitsOf(n, mean, Math.sqrt(ss / (n - 1)));
}

export function limitsOf(n: number, mean: number, sd: number): TBlandAltman {
  return { n, meanDifference: mean, sd, lower: mean - Z975 * sd, upper: mean + Z975 * sd };
}

export type TWeightedKappa = { n: number; kappa: number | null; se: number | null; ci95: [number, number] | null };

/**
 * Quadratic-weighted kappa of a k × k table of counts (rows: one rater's category, columns:
 * the other's, categories in order). Counts may be non-integers (a perturbed table is fine).
 */
export function weightedKappa(table: readonly (readonly number[])[]): TWeightedKappa {
  const k = table.length;
  let n = 0;
  for (const row of table) for (const c of row) n += c;
  if (k < 2 || !(n > 0)) return { n, kappa: null, se: null, ci95: null };
  const w = (i: number, j: number) => 1 - ((i - j) * (i - j)) / ((k - 1) * (k - 1));
  const p = table.map((row) => row.map((c) => c / n));
  const rows = p.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: k }, (_, j) => p.reduce((a, row) => a + (row[j] as number), 0));
  let po = 0;
  let pe = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      po += w(i, j) * (p[i]![j] as number);
      pe += w(i, j) * (rows[i] as number) * (cols[j] as number);
    }
  if (1 - pe <= 1e-12) return { n, kappa: null, se: null, ci95: null };
  const kappa = (po - pe) / (1 - pe);
  // Fleiss, Cohen & Everitt (1969): the weighted row and column means of the weights.
  const wRow = Array.from({ length: k }, (_, i) => cols.reduce((a, cj, j) => a + cj * w(i, j), 0));
  const wCol = Array.from({ length: k }, (_, j) => rows.reduce((a, ri, i) => a + ri * w(i, j), 0));
  let sum = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) sum += (p[i]![j] as number) * (w(i, j) - ((wRow[i] as number) + (wCol[j] as number)) * (1 - kappa)) ** 2;
  const variance = (sum - (kappa - pe * (1 - kappa)) ** 2) / (n * (1 - pe) ** 2);
  const se = variance > 0 ? Math.sqrt(variance) : 0;
  return { n, kappa, se, ci95: [kappa - Z975 * se, kappa + Z975 * se] };
}

/** One review as agreement reads it: per area the mentor's and the participant's score. */
export type TAgreementReview = {
  participantId: string;
  reviewedOn: string;
  /** The participant's cell key (disclosure control). */
  key: number;
  scores: Readonly<Record<string, { mentor?: number | null; participant?: number | null } | null | undefined>>;
};

/** Each participant's latest pair per area: area → participantId → { mentor, participant, key }. */
export function latestPairs(reviews: readonly TAgreementReview[], areas?: readonly string[]) {
  const out = new Map<string, Map<string, { mentor: number; participant: number; key: number; on: string }>>();
  for (const r of reviews) {
    for (const areaId in r.scores) {
      if (areas && !areas.includes(areaId)) continue;
      const s = r.scores[areaId];
      if (!s || typeof s.mentor !== "number" || typeof s.participant !== "number") continue;
      let area = out.get(areaId);
      if (!area) out.set(areaId, (area = new Map()));
      const seen = area.get(r.participantId);
      if (!seen || r.reviewedOn >= seen.on) area.set(r.participantId, { mentor: s.mentor, participant: s.participant, key: r.key, on: r.reviewedOn });
    }
  }
  return out;
}

/** Per area and in all: the exact figures (tests, a mentor's own participants). */
export function agreementOf(reviews: readonly TAgreementReview[], range: { min: number; max: number }, areas?: readonly string[]) {
  const pairs = latestPairs(reviews, areas);
  const k = range.max - range.min + 1;
  const perParticipant = new Map<string, number[]>();
  const byArea = [...pairs.entries()].map(([areaId, people]) => {
    const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const differences: number[] = [];
    for (const [id, p] of people) {
      // Scores outside the model's range (a model changed under old reviews) are left out.
      if (![p.participant, p.mentor].every((v) => Number.isInteger(v) && v >= range.min && v <= range.max)) continue;
      table[p.participant - range.min]![p.mentor - range.min]!++;
      differences.push(p.participant - p.mentor);
      const list = perParticipant.get(id) ?? [];
      list.push(p.participant - p.mentor);
      perParticipant.set(id, list);
    }
    return { areaId, limits: blandAltman(differences), kappa: weightedKappa(table) };
  });
  const means = [...perParticipant.values()].map((list) => list.reduce((a, b) => a + b, 0) / list.length);
  return { areas: byArea, cohort: blandAltman(means) };
}

/** The areas where a participant and their mentor differ most in their latest review with both, largest first. */
export function largestDisagreements(reviews: readonly TAgreementReview[], participantId: string) {
  const pairs = latestPairs(reviews.filter((r) => r.participantId === participantId));
  return [...pairs.entries()]
    .map(([areaId, people]) => {
      const p = people.get(participantId)!;
      return { areaId, mentor: p.mentor, participant: p.participant, difference: p.participant - p.mentor };
    })
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.areaId < b.areaId ? -1 : 1));
}
