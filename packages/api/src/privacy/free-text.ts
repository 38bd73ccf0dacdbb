// Free-text answers may name people (the participant, family, a doctor): they never reach an
// evaluator, neither in an export (exports/codebook.ts) nor on the dashboard.
// Programmes' own instruments are found through the process cache; callers load them first
// (loadProgrammeInstruments / ensureInstruments), and an unknown one is treated as free text.
import { findInstrument } from "../programme-instruments/cache";

/**
 * Whether an answer may hold free text. Judged by the version the answer was given in (a later
 * version may reuse an item id with another type); an unknown instrument or version counts
 * any string as free text, and so does a string where the item takes no text at all (only a
 * date item's answer is a string that is not free text).
 */
export function isFreeTextItem(instrumentId: string, itemId: string, value: unknown, instrumentVersion?: string): boolean {
  const instrument = instrumentVersion ? findInstrument(instrumentId, instrumentVersion) : findInstrument(instrumentId);
  const item = instrument?.items.find((i) => i.id === itemId);
  const isDate = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (item) return item.type === "text" || (typeof value === "string" && !(item.type === "date" && isDate));
  return typeof value === "string" && !isDate;
}

/** Answer rows without free text, for the evaluator's figures. */
export function withoutFreeText<T extends { instrumentId: string; itemId: string; value: unknown; instrumentVersion?: string }>(answers: readonly T[]): T[] {
  return answers.filter((a) => !isFreeTextItem(a.instrumentId, a.itemId, a.value, a.instrumentVersion));
}
