import type { TItem } from "./items";

/** An answer as stored: a code, codes, a number, a text or an ISO date (YYYY-MM-DD). */
export type TAnswerValue = number | number[] | string;
export type TAnswers = Readonly<Record<string, unknown>>;

/**
 * Whether a raw value counts as an answer at all. null/undefined, blank text and an
 * empty selection mean "not answered" (a participant who clears a field has not answered).
 */
export function isAnswered(item: TItem, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string" && (item.type === "text" || item.type === "date")) return value.trim() !== "";
  if (Array.isArray(value) && item.type === "multiple-choice") return value.length > 0;
  return true;
}
