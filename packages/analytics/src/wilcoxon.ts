import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import signrankCdf from "@stdlib/stats-base-dists-signrank-cdf";
import { clean } from "./summary";

export type TWilcoxon = {
  /** R's V: the sum of the ranks of the positive differences (end − start > 0). */
  V: number;
  /** Differences that are not zero: the n of the test (zeros are dropped, Wilcoxon's method). */
  nNonZero: number;
  /** Two-sided p-value; null when every difference is zero (no test possible). */
  p: number | null;
  /** "exact" (null distribution of V) or "normal" (approximation with tie and continuity correction). */
  method: "exact" | "normal";
  /** z of the normal approximation (null for the exact method). */
  z: number | null;
};

/** Up to this many non-zero differences without ties the exact distribution is used (as R's wilcox.test). */
export const EXACT_LIMIT = 50;

/**
 * Wilcoxon signed-rank test of paired differences against 0, two-sided, following R's
 * `wilcox.test(x, y, paired = TRUE)` defaults so results can be checked against R:
 * - zero differences are dropped (Wilcoxon's original method; R's default);
 * - tied |differences| get their average rank;
 * - exact p from the signed-rank distribution when n < 50 and there are no ties or zeros
 *   (stdlib's signrank CDF); otherwise the normal approximation
 *   z = (V − n(n+1)/4 − ½·sign) / √(n(n+1)(2n+1)/24 − Σ(t³−t)/48) with continuity
 *   correction ½ and the tie correction over tie groups of size t.
 * Runs in O(n log n) over typed arrays, so 100,000 pairs are a sort, not a problem.
 */
export function wilcoxonSignedRank(differences: ArrayLike<number>, length: number = differences.length): TWilcoxon {
  return wilcoxonTest(signedRankStatistic(differences, length));
}

/** What the test is computed from: V, the number of non-zero differences, the ties' Σ(t³−t), and how many differences were zero. */
export type TSignedRankStatistic = { V: number; nNonZero: number; tieTerm: number; zeros: number };

/** V and its parts; the ranking is O(n log n). */
export function signedRankStatistic(differences: ArrayLike<number>, length: number = differences.length): TSignedRankStatistic {
  // Positive and |negative| differences sorted apart with the native numeric sort (no
  // comparator call per step), then merged to rank them together.
  const pos = new Float64Array(length);
  const neg = new Float64Array(length);
  let np = 0;
  let nn = 0;
  let zeros = 0;
  for (let i = 0; i < length; i++) {
    const x = clean(differences[i] as number);
    if (x > 0) pos[np++] = x;
    else if (x < 0) neg[nn++] = -x;
    else zeros++;
  }
  const ps = pos.subarray(0, np).sort();
  const q = neg.subarray(0, nn).sort();
  const n = np + nn;
  let V = 0;
  let tieTerm = 0;
  let rank = 0;
  for (let i = 0, j = 0; i < np || j < nn;) {
    const v = Math.min(i < np ? (ps[i] as number) : Infinity, j < nn ? (q[j] as number) : Infinity);
    let tp = 0;
    let tn = 0;
    while (i < np && ps[i] === v) {
      i++;
      tp++;
    }
    while (j < nn && q[j] === v) {
      j++;
      tn++;
    }
    // The t tied values share the average of ranks rank+1..rank+t.
    const t = tp + tn;
    V += (tp * (2 * rank + t + 1)) / 2;
    if (t > 1) tieTerm += t * t * t - t;
    rank += t;
  }
  return { V, nNonZero: n, tieTerm, zeros };
}

/**
 * The two-sided test from the statistic. Disclosure control (protect-scales.ts) calls it with
 * a perturbed V and n, so the p-value is derived from perturbed figures only.
 */
export function wilcoxonTest(statistic: TSignedRankStatistic): TWilcoxon {
  const { V, nNonZero: n, tieTerm, zeros } = statistic;
  if (n === 0) return { V: 0, nNonZero: 0, p: null, method: "exact", z: null };
  const mean = (n * (n + 1)) / 4;
  if (n < EXACT_LIMIT && tieTerm === 0 && zeros === 0) {
    // P(V ≤ v) from the exact null distribution; two-sided doubles the smaller tail.
    const tail = V > mean ? 1 - signrankCdf(V - 1, n) : signrankCdf(V, n);
    return { V, nNonZero: n, p: Math.min(1, 2 * tail), method: "exact", z: null };
  }
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48;
  const correction = 0.5 * Math.sign(V - mean);
  const z = variance > 0 ? (V - mean - correction) / Math.sqrt(variance) : 0;
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { V, nNonZero: n, p, method: "normal", z };
}

/**
 * signedRankStatistic over grouped differences: value i occurs weights[i] times. The same V,
 * ties and zeros as over the expanded rows, in O(distinct values) after grouping, so counts
 * grouped in the database need no row per participant.
 */
export function signedRankStatisticOfCounts(values: ArrayLike<number>, weights: ArrayLike<number>, length: number = values.length): TSignedRankStatistic {
  const pos = new Map<number, number>();
  const neg = new Map<number, number>();
  let zeros = 0;
  for (let i = 0; i < length; i++) {
    const w = weights[i] as number;
    if (w <= 0) continue;
    const x = clean(values[i] as number);
    if (x > 0) pos.set(x, (pos.get(x) ?? 0) + w);
    else if (x < 0) neg.set(-x, (neg.get(-x) ?? 0) + w);
    else zeros += w;
  }
  const distinct = Float64Array.from(new Set([...pos.keys(), ...neg.keys()])).sort();
  let V = 0;
  let tieTerm = 0;
  let rank = 0;
  for (const v of distinct) {
    const tp = pos.get(v) ?? 0;
    const t = tp + (neg.get(v) ?? 0);
    V += (tp * (2 * rank + t + 1)) / 2;
    if (t > 1) tieTerm += t * t * t - t;
    rank += t;
  }
  return { V, nNonZero: rank, tieTerm, zeros };
}
