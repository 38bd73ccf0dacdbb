import { z } from "zod";
import { ZId, ZLocalizedText } from "./text";

/** A numeric answer code. Codes, not labels, are what is stored and scored. */
export const ZCode = z.number().int();

export const ZOption = z.strictObject({
  code: ZCode,
  label: ZLocalizedText,
  /** A recording of the label per language (a URL, e.g. "/audio/who5/5-da.mp3"), read aloud in place of speech synthesis. */
  audio: ZLocalizedText.optional(),
});
export type TOption = z.infer<typeof ZOption>;

/**
 * Show an item only when an earlier item's answer matches. For multiple choice,
 * `equals` means "includes" and `in` means "includes any of".
 */
export const ZCondition = z.union([
  z.strictObject({ itemId: ZId, equals: z.number() }),
  z.strictObject({ itemId: ZId, in: z.array(z.number()).min(1) }),
  z.strictObject({ itemId: ZId, answered: z.literal(true) }),
]);
export type TCondition = z.infer<typeof ZCondition>;

const isoDate = z.iso.date();

const itemBase = {
  id: ZId,
  prompt: ZLocalizedText,
  /** Shown under the prompt, e.g. "Skriv 0, hvis du er i job nu". */
  help: ZLocalizedText.optional(),
  /** Shared lead-in shown above a run of items, e.g. WHO-5's "I de sidste 2 uger ...". */
  stem: ZLocalizedText.optional(),
  required: z.boolean().default(false),
  showIf: ZCondition.optional(),
  /**
   * Easy-read help ("Hvad betyder det?"): plain words beside the validated prompt, shown on
   * request. It never replaces the prompt, so validated wording stays word for word.
   */
  easyRead: ZLocalizedText.optional(),
  /** A recording of the stem, prompt and help per language (a URL), read aloud in place of speech synthesis. */
  audio: ZLocalizedText.optional(),
  /** Editorial note on provenance (never shown to participants): where wording was uncertain. */
  sourceNote: z.string().optional(),
};

export const ZSingleChoiceItem = z.strictObject({
  ...itemBase,
  type: z.literal("single-choice"),
  /** Display order is array order; codes carry the meaning. */
  options: z.array(ZOption).min(2),
});

export const ZMultipleChoiceItem = z.strictObject({
  ...itemBase,
  type: z.literal("multiple-choice"),
  options: z.array(ZOption).min(1),
  maxSelections: z.number().int().positive().optional(),
});

export const ZNumberItem = z.strictObject({
  ...itemBase,
  type: z.literal("number"),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
  unit: ZLocalizedText.optional(),
});

/** Hard ceiling so a definition cannot invite megabyte answers. */
export const MAX_TEXT_LENGTH = 4000;

export const ZTextItem = z.strictObject({
  ...itemBase,
  type: z.literal("text"),
  maxLength: z.number().int().min(1).max(MAX_TEXT_LENGTH).default(500),
});

export const ZDateItem = z.strictObject({
  ...itemBase,
  type: z.literal("date"),
  min: isoDate.optional(),
  max: isoDate.optional(),
});

export const ZItem = z.discriminatedUnion("type", [ZSingleChoiceItem, ZMultipleChoiceItem, ZNumberItem, ZTextItem, ZDateItem]);

export type TSingleChoiceItem = z.infer<typeof ZSingleChoiceItem>;
export type TMultipleChoiceItem = z.infer<typeof ZMultipleChoiceItem>;
export type TNumberItem = z.infer<typeof ZNumberItem>;
export type TTextItem = z.infer<typeof ZTextItem>;
export type TDateItem = z.infer<typeof ZDateItem>;
export type TItem = z.infer<typeof ZItem>;
export type TItemType = TItem["type"];
