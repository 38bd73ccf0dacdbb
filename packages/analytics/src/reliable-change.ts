/**
 * Jacobson-Truax reliable and clinically significant change (Jacobson & Truax 1991, J Consult
 * Clin Psychol 59:12-19), per person, from norms each scale declares as data with its sources
 * (packages/instruments/src/norms). Analytics takes the norm's shape, not the instruments package.
 *
 * RCI = (end − start) / SEdiff, SEdiff = √2 · SEM, SEM = SD · √(1 − r). |RCI| > 1.96 is a
 * reliable change (95 %), i.e. a change larger than 1.96 · SEdiff points, which is the minimal
 * detectable change MDC95 a test-retest study reports: a study's MDC95 is used as it stands.
 */

/** 97.5 % point of the standard normal. */
export const Z975 = 1.959963984540054;

export type TReliableChangeRuleShape = { kind: "mdc95"; mdc95: number; reliability?: number } | { kind: "reliability"; reliability: number; sd: number | null };

export type TCutOffShape = { value: number; functional: "above" | "below" };

/** What one scale's reliable change needs (a TScaleNorm from packages/instruments fits). */
export type TChangeNorm = {
  instrumentId: string;
  scaleId: string;
  reliableChange: TReliableChangeRuleShape | null;
  cutOff: TCutOffShape | null;
  convention: { points: number } | null;
};

/** SEdiff in scale points; `cohortSd` is used when the rule has no SD of its own. Null: cannot be computed. */
export function standardErrorOfDifference(rule: TReliableChangeRuleShape, cohortSd: number | null = null): number | null {
  if (rule.kind === "mdc95") return rule.mdc95 / Z975;
  const sd = rule.sd ?? cohortSd;
  if (sd === null || !(sd > 0)) return null;
  return Math.SQRT2 * sd * Math.sqrt(1 - rule.reliability);
}

/** The smallest change (in points) that counts as reliable: 1.96 · SEdiff. */
export function reliableChangeThreshold(rule: TReliableChangeRuleShape, cohortSd: number | null = null): number | null {
  const se = standardErrorOfDifference(rule, cohortSd);
  return se === null ? null : Z975 * se;
}

/** The reliable change index of one person. */
export function reliableChangeIndex(start: number, end: number, seDiff: number): number {
  return (end - start) / seDiff;
}

export type TReliableCategory = "improved" | "unchanged" | "worse";

/** Improved / unchanged / worse by |RCI| > 1.96 (strictly), in the scale's good direction. */
export function reliableCategory(start: number, end: number, threshold: number, higherIsBetter: boolean): TReliableCategory {
  const better = (end - start) * (higherIsBetter ? 1 : -1);
  // A tolerance so a change exactly at the threshold is not tipped over by rounding.
  if (better > threshold + 1e-9) return "improved";
  if (better < -threshold - 1e-9) return "worse";
  return "unchanged";
}

/** True when the score is on the functional side of the cut-off (WHO-5: above 50). */
export function isFunctional(score: number, cutOff: TCutOffShape): boolean {
  return cutOff.functional === "above" ? score > cutOff.value : score < cutOff.value;
}

/** Recovered: reliably improved and from the dysfunctional side at the start to the functional side at the end. */
export function isRecovered(start: number, end: number, threshold: number, higherIsBetter: boolean, cutOff: TCutOffShape): boolean {
  return reliableCategory(start, end, threshold, higherIsBetter) === "improved" && !isFunctional(start, cutOff) && isFunctional(end, cutOff);
}

/** Improved / unchanged / worse by a fixed number of points (the field's convention, e.g. WHO-5's 10), at least that many. */
export function conventionCategory(start: number, end: number, points: number, higherIsBetter: boolean): TReliableCategory {
  const better = (end - start) * (higherIsBetter ? 1 : -1);
  if (better >= points - 1e-9) return "improved";
  if (better <= -points + 1e-9) return "worse";
  return "unchanged";
}

/** The exact cohort shares (tests, reports from rows): every person with a start and an end. */
export type TReliableChangeCounts = {
  n: number;
  threshold: number | null;
  improved: number;
  unchanged: number;
  worse: number;
  /** Started on the dysfunctional side of the cut-off (null: no cut-off). */
  startDysfunctional: number | null;
  recovered: number | null;
  convention: { points: number; improved: number; unchanged: number; worse: number } | null;
};

export function reliableChangeCounts(
  pairs: ReadonlyArray<{ start: number; end: number }>,
  norm: TChangeNorm,
  higherIsBetter: boolean,
  cohortSd: number | null = null,
): TReliableChangeCounts {
  const threshold = norm.reliableChange ? reliableChangeThreshold(norm.reliableChange, cohortSd) : null;
  const out: TReliableChangeCounts = {
    n: pairs.length,
    threshold,
    improved: 0,
    unchanged: 0,
    worse: 0,
    startDysfunctional: norm.cutOff && threshold !== null ? 0 : null,
    recovered: norm.cutOff && threshold !== null ? 0 : null,
    convention: norm.convention ? { points: norm.convention.points, improved: 0, unchanged: 0, worse: 0 } : null,
  };
  for (const { start, end } of pairs) {
    if (threshold !== null) out[reliableCategory(start, end, threshold, higherIsBetter)]++;
    if (norm.cutOff && threshold !== null) {
      if (!isFunctional(start, norm.cutOff)) out.startDysfunctional!++;
      if (isRecovered(start, end, threshold, higherIsBetter, norm.cutOff)) out.recovered!++;
    }
    if (out.convention) out.convention[conventionCategory(start, end, out.convention.points, higherIsBetter)]++;
  }
  return out;
}
