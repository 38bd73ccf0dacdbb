import { z } from "zod";
import { ZCode } from "./items";
import { ZId, ZLocalizedText } from "./text";

export const ZRecode = z.strictObject({ code: ZCode, value: z.number() });

export const ZScaleItem = z.strictObject({
  itemId: ZId,
  /** Reverse within the item's own code range: value = min + max - code. */
  reverse: z.boolean().default(false),
  /** Replace each code by a value (e.g. RAND-36 item 1: 1→100 ... 5→0). Must cover every code. */
  recode: z.array(ZRecode).min(1).optional(),
});
export type TScaleItem = z.infer<typeof ZScaleItem>;

/**
 * "none": score only when every item is answered.
 * "prorate": with up to maxMissing items missing, use the mean of the answered items
 * (times the item count for a sum), so a skipped item does not pull the score down.
 */
export const ZMissingRule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("none") }),
  z.strictObject({ kind: z.literal("prorate"), maxMissing: z.number().int().min(1) }),
]);
export type TMissingRule = z.infer<typeof ZMissingRule>;

/** A band: scores ≤ max (and above the previous band's max). The last band may omit max. */
export const ZCutoff = z.strictObject({
  max: z.number().optional(),
  label: ZLocalizedText,
});
export type TCutoff = z.infer<typeof ZCutoff>;

export const ZTransform = z.strictObject({
  multiply: z.number().default(1),
  add: z.number().default(0),
});

export const ZScale = z.strictObject({
  id: ZId,
  label: ZLocalizedText,
  description: ZLocalizedText.optional(),
  items: z.array(ZScaleItem).min(1),
  method: z.enum(["sum", "mean"]),
  /** Applied after sum/mean: value × multiply + add (WHO-5: raw 0-25 × 4 = 0-100). */
  transform: ZTransform.default({ multiply: 1, add: 0 }),
  missing: ZMissingRule,
  /** Range of the final score; checked against what the items can actually produce. */
  range: z.strictObject({ min: z.number(), max: z.number() }),
  /** Direction, so change can be called improved or worse. */
  higherIsBetter: z.boolean(),
  cutoffs: z.array(ZCutoff).default([]),
  /** Smallest change (score units) that counts as a real change for one person. */
  minimalImportantChange: z.number().positive().optional(),
});
export type TScale = z.infer<typeof ZScale>;
