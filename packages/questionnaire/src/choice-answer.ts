import type { TAnswerValue, TMultipleChoiceItem, TSingleChoiceItem } from "@skridt/instruments/client";

export type TChoiceItem = TSingleChoiceItem | TMultipleChoiceItem;

export function isChoiceItem(item: { type: string }): item is TChoiceItem {
  return item.type === "single-choice" || item.type === "multiple-choice";
}

/** The option codes a stored answer stands for, as the inputs' values. */
export function choiceCodes(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
 * The chosen options as an answer, without zod: the same rule as the item's answer schema
 * (answerSchemaFor in @skridt/instruments; a unit test holds the two together), so choice
 * questions need no form library in the first download. Nothing chosen is "no answer".
 */
export function choiceAnswer(item: TChoiceItem, chosen: readonly string[]): { ok: true; value: TAnswerValue | null } | { ok: false } {
  if (chosen.length === 0) return { ok: true, value: null };
  const known = new Set(item.options.map((o) => o.code));
  const codes = chosen.map(Number);
  if (!codes.every((c) => Number.isInteger(c) && known.has(c))) return { ok: false };
  if (item.type === "single-choice") return codes.length === 1 ? { ok: true, value: codes[0]! } : { ok: false };
  if (new Set(codes).size !== codes.length || codes.length > (item.maxSelections ?? known.size)) return { ok: false };
  return { ok: true, value: codes };
}
