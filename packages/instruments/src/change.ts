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
