// Free-text answers may name people (the participant, family, a doctor): they never reach an
// evaluator, neither in an export (exports/codebook.ts) nor on the dashboard.
// Programmes' own instruments are found through the process cache; callers load them first
// (loadProgrammeInstruments / ensureInstruments), and an unknown one is treated as free text.
import { findInstrument } from "../programme-instruments/cache";

/** Whether an item takes free text. Unknown instruments: any string value counts as free text. */
export function isFreeTextItem(instrumentId: string, itemId: string, value: unknown, instrumentVersion?: string): boolean {
  const instrument = (instrumentVersion ? findInstrument(instrumentId, instrumentVersion) : undefined) ?? findInstrument(instrumentId);
  const item = instrument?.items.find((i) => i.id === itemId);
  if (item) return item.type === "text";
  return typeof value === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Answer rows without free text, for the evaluator's figures. */
export function withoutFreeText<T extends { instrumentId: string; itemId: string; value: unknown }>(answers: readonly T[]): T[] {
  return answers.filter((a) => !isFreeTextItem(a.instrumentId, a.itemId, a.value));
}
