/**
 * The perturbation tables: how much noise a cell gets for its uniform number (cell-key.ts).
 *
 * Counts: an integer between −MAX_COUNT_NOISE and +MAX_COUNT_NOISE, symmetric (mean 0: figures
 * are unbiased, and sums of many cells do not drift), variance about 2.3 (SD 1.5), never below
 * zero: a count n < MAX_COUNT_NOISE takes noise only from −n..+n, so an empty cell stays empty
 * and a count of 1 or 2 can never be published as 5 or more.
 *
 * Magnitudes (sums of scores, contacts, minutes): the sum plus a multiple of its largest single
 * contribution, triangular on ±MAGNITUDE_SPREAD times it (SD about 0.61 times it). That is the
 * ABS's rule for continuous variables: one person's value is hidden in noise of their own size,
 * whatever the cell's size, so a mean over many moves little and a difference of two sums says
 * next to nothing about the one value that differs.
 */

export const MAX_COUNT_NOISE = 3;

/** Probability of each noise −3..+3 for counts of 3 or more. */
const WEIGHTS = [0.05, 0.12, 0.2, 0.26, 0.2, 0.12, 0.05] as const;

/** The noise values a count can get and their probabilities (the row of the table for this count). */
export function countNoiseDistribution(count: number): Array<{ noise: number; p: number }> {
  const reach = Math.max(0, Math.min(MAX_COUNT_NOISE, Math.floor(count)));
  const row: Array<{ noise: number; p: number }> = [];
  let total = 0;
  for (let d = -reach; d <= reach; d++) total += WEIGHTS[d + MAX_COUNT_NOISE] as number;
  for (let d = -reach; d <= reach; d++) row.push({ noise: d, p: (WEIGHTS[d + MAX_COUNT_NOISE] as number) / total });
  return row;
}

/** Cached rows for counts 0..MAX_COUNT_NOISE (every larger count uses the last). */
const ROWS = Array.from({ length: MAX_COUNT_NOISE + 1 }, (_, n) => countNoiseDistribution(n));

/** The noise of a count for the cell's uniform number u in [0, 1): the table's inverse CDF. */
export function countNoise(count: number, u: number): number {
  if (count <= 0) return 0;
  const row = ROWS[Math.min(count, MAX_COUNT_NOISE)] as Array<{ noise: number; p: number }>;
  let cumulative = 0;
  for (const cell of row) {
    cumulative += cell.p;
    if (u < cumulative) return cell.noise;
  }
  return (row[row.length - 1] as { noise: number }).noise;
}

export const MAGNITUDE_SPREAD = 1.5;

/** Triangular on [−1, 1] (mean 0, SD 1/√6) by its inverse CDF. */
function triangular(u: number): number {
  return u < 0.5 ? Math.sqrt(2 * u) - 1 : 1 - Math.sqrt(2 * (1 - u));
}

/** The noise of a sum whose largest single contribution (in absolute value) is `top`. */
export function magnitudeNoise(top: number, u: number): number {
  return Math.abs(top) * MAGNITUDE_SPREAD * triangular(u);
}
