import type { TScale } from "./scales";

export type TChange = "improved" | "unchanged" | "worse";

/**
 * Classify one person's change on a scale. A change of at least the minimal important
 * change (≥ MIC, in the better direction) is "improved"; at least MIC the other way is
 * "worse"; anything smaller is "unchanged". null when either score is missing or the
 * scale has no published MIC (GSE): no MIC, no claim.
 */
export function classifyChange(scale: TScale, start: number | null, end: number | null): TChange | null {
  const mic = scale.minimalImportantChange;
  if (mic === undefined || start === null || end === null) return null;
  const delta = (end - start) * (scale.higherIsBetter ? 1 : -1);
  const epsilon = 1e-9; // 0.1 + 0.2 must not miss a threshold
  if (delta >= mic - epsilon) return "improved";
  if (delta <= -mic + epsilon) return "worse";
  return "unchanged";
}

/**
 * The plain sentence a participant reads about one scale, start to end. Every scale gets one:
 * - with a minimal important change: "improved", "unchanged", "worse", and "much_worse" for a
 *   fall of at least `largeChange` (a reliable individual change where a source gives one,
 *   WHO-5's 24 points; else twice the MIC), so a large drop is never worded as a little one;
 * - without one (GSE): only the direction, "towards_better" / "towards_worse" / "same",
 *   because no published figure says how much change means something.
 */
export type TChangeSentence = "improved" | "unchanged" | "worse" | "much_worse" | "towards_better" | "towards_worse" | "same";

export function describeChange(scale: TScale, start: number, end: number, options: { largeChange?: number } = {}): TChangeSentence {
  const epsilon = 1e-9;
  const delta = (end - start) * (scale.higherIsBetter ? 1 : -1);
  const mic = scale.minimalImportantChange;
  if (mic === undefined) {
    if (Math.abs(delta) < epsilon) return "same";
    return delta > 0 ? "towards_better" : "towards_worse";
  }
  const change = classifyChange(scale, start, end);
  if (change !== "worse") return change ?? "unchanged";
  const large = options.largeChange ?? 2 * mic;
  return -delta >= large - epsilon ? "much_worse" : "worse";
}
