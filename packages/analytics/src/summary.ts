import type { TSummary } from "./types";

/**
 * n, mean and sample SD (n-1) of `values[0..n)`. Welford's update avoids the loss of
 * precision of sum-of-squares on large cohorts and needs one pass.
 */
export function summarize(values: ArrayLike<number>, n: number = values.length): TSummary {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  return { n, mean: n > 0 ? mean : null, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : null };
}

/** Median of the first n values (sorts a copy); null for none. */
export function median(values: ArrayLike<number>, n: number = values.length): number | null {
  if (n === 0) return null;
  const sorted = Float64Array.from({ length: n }, (_, i) => values[i] as number).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** count / total, or null when the total is 0 (no share of nobody). */
export function share(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

/**
 * Round away binary noise so values that are equal on paper compare equal (a mean score
 * of 0.1 + 0.2 vs 0.3). Ten decimals is far below any instrument's resolution.
 */
export function clean(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
