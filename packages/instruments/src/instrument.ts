import { z } from "zod";
import { ZItem } from "./items";
import { ZScale } from "./scales";
import { ZId, ZLocalizedText } from "./text";

export const ZOccasion = z.enum(["start", "end", "followup"]);
export type TOccasion = z.infer<typeof ZOccasion>;
export const OCCASIONS: readonly TOccasion[] = ZOccasion.options;

/** Plain MAJOR.MINOR.PATCH: answers are stored with the version they were given under. */
export const ZSemver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "must be a semver version like 1.0.0");

export const ZSource = z.strictObject({
  citation: z.string().trim().min(1),
  url: z.url().optional(),
});

export const ZInstrument = z.strictObject({
  id: ZId,
  version: ZSemver,
  kind: z.literal("questionnaire"),
  title: ZLocalizedText,
  introduction: ZLocalizedText,
  source: ZSource,
  licence: z.string().trim().min(1),
  occasions: z.array(ZOccasion).min(1),
  items: z.array(ZItem).min(1),
  scales: z.array(ZScale).default([]),
});

/** A parsed, cross-checked instrument (defaults filled in). */
export type TInstrument = z.infer<typeof ZInstrument>;
/** What authors write: defaults may be left out. */
export type TInstrumentInput = z.input<typeof ZInstrument>;
