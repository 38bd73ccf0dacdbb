import { z } from "zod";
import { isWellFormedText } from "../well-formed-text";

// Strings a programme sends (its own norms): well-formed text only, as in @skridt/validators.
const ZText = z.string().refine(isWellFormedText, { message: "text_malformed" });

/**
 * What an instrument's scale needs for Jacobson-Truax reliable and clinically significant
 * change (Jacobson & Truax 1991), as data with its sources. A figure without a source is not
 * a default: a programme sets its own (Programme.changeNorms) and names where it comes from.
 */

/** Where a figure comes from: a citation a reader can look up. */
export const ZNormSource = z.object({
  citation: ZText.min(1).max(300),
  /** How a sentence names it ("Schougaard et al. 2018"); the citation when absent. */
  short: ZText.max(80).optional(),
  note: ZText.max(500).optional(),
});

export const ZReliableChangeRule = z.discriminatedUnion("kind", [
  /**
   * A published minimal detectable change at 95 % (MDC95 = 1.96 · √2 · SEM): exactly the
   * Jacobson-Truax threshold for |RCI| > 1.96, so the study's own figure is used as it stands.
   */
  z.object({ kind: z.literal("mdc95"), mdc95: z.number().positive(), reliability: z.number().gt(0).lt(1), source: ZNormSource }),
  /**
   * A reliability coefficient and a reference SD: SEdiff = SD · √2 · √(1 − r). `sd` null: the
   * cohort's own (protected) SD at the start, as Jacobson & Truax did with the pre-treatment SD.
   */
  z.object({
    kind: z.literal("reliability"),
    reliability: z.number().gt(0).lt(1),
    /** Which coefficient: internal consistency (Cronbach's α) or test-retest; absent in norms stored before it was asked. */
    coefficient: z.enum(["alpha", "test-retest"]).optional(),
    sd: z.number().positive().nullable(),
    source: ZNormSource,
  }),
]);

export const ZCutOff = z.object({
  /** The boundary between the two populations on the scale's units. */
  value: z.number(),
  /** "above": a score above `value` is the functional side (WHO-5: > 50 is not reduced wellbeing). */
  functional: z.enum(["above", "below"]),
  source: ZNormSource,
});

export const ZScaleNorm = z.object({
  instrumentId: ZText.min(1).max(64),
  scaleId: ZText.min(1).max(64),
  /** Null: no reliable change index for this scale (the reason says why). */
  reliableChange: ZReliableChangeRule.nullable(),
  /** Null: no cut-off, so no "recovered" (the reason says why). */
  cutOff: ZCutOff.nullable(),
  /** The field's habitual change convention beside the RCI (WHO-5: 10 points), if any. */
  convention: z.object({ points: z.number().positive(), source: ZNormSource }).nullable(),
  /** Why a figure is missing, in Danish and English. */
  reason: z.object({ da: ZText.max(500), en: ZText.max(500) }).optional(),
});

export type TNormSource = z.infer<typeof ZNormSource>;
export type TReliableChangeRule = z.infer<typeof ZReliableChangeRule>;
export type TCutOff = z.infer<typeof ZCutOff>;
export type TScaleNorm = z.infer<typeof ZScaleNorm>;

/** A programme's own norms, stored as JSON on the programme (replacing the built-in one per scale). */
export const ZProgrammeNorms = z.array(ZScaleNorm.omit({ reason: true })).max(50);
export type TProgrammeNorms = z.infer<typeof ZProgrammeNorms>;
