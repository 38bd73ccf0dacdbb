import { z } from "zod";
import { ZSemver, ZSource } from "../instrument";
import { ZId, ZLocalizedText } from "../text";

/** A life or job area the mentor scores (hovedområde), e.g. Beskæftigelse, Sundhed. */
export const ZProgressionArea = z.strictObject({
  id: ZId,
  label: ZLocalizedText,
  description: ZLocalizedText,
});
export type TProgressionArea = z.infer<typeof ZProgressionArea>;

/**
 * What a value means, for one value (min = max) or a band of values. The label is shown
 * beside the value when scoring; the optional meaning is the longer explanation.
 */
export const ZProgressionBand = z.strictObject({
  min: z.number().int(),
  max: z.number().int(),
  label: ZLocalizedText,
  meaning: ZLocalizedText.optional(),
});
export type TProgressionBand = z.infer<typeof ZProgressionBand>;

/**
 * How a model is read:
 * - "relative": each review scores change since the start (Halsnæs: -5..+5, 0 = status
 *   quo), so the start itself is the middle value and needs no review of its own.
 * - "ladder": each review places the participant on an absolute ladder (1..10); change is
 *   the difference between reviews. Following "den asymmetriske alliance" (seed 000) the
 *   participant places themselves, and the mentor's support is what their number leaves
 *   to the top (support = max − participant score, 10 − score on a 1..10 ladder).
 */
export const ZProgressionKind = z.enum(["relative", "ladder"]);
export type TProgressionKind = z.infer<typeof ZProgressionKind>;

export const ZProgressionModel = z.strictObject({
  id: ZId,
  version: ZSemver,
  kind: ZProgressionKind,
  title: ZLocalizedText,
  description: ZLocalizedText,
  source: ZSource,
  range: z.strictObject({ min: z.number().int(), max: z.number().int() }),
  /** Ordered from low to high, covering every value of the range exactly once. */
  bands: z.array(ZProgressionBand).min(1),
  /** Whether the participant's own score is recorded beside the mentor's. */
  participantScore: z.enum(["none", "optional", "required"]).default("optional"),
  higherIsBetter: z.boolean().default(true),
  areas: z.array(ZProgressionArea).min(1),
});
export type TProgressionModel = z.infer<typeof ZProgressionModel>;
export type TProgressionModelInput = z.input<typeof ZProgressionModel>;
