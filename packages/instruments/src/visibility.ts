import { isAnswered, type TAnswers } from "./answered";
import type { TInstrument } from "./instrument";
import type { TCondition, TItem } from "./items";

function findItem(instrument: TInstrument, itemId: string): TItem {
  const item = instrument.items.find((i) => i.id === itemId);
  if (!item) throw new Error(`Instrument ${instrument.id}: no item "${itemId}"`);
  return item;
}

function matches(condition: TCondition, value: unknown): boolean {
  const wanted = "equals" in condition ? [condition.equals] : "in" in condition ? condition.in : null;
  if (wanted === null) return true; // "answered": already checked by the caller
  const given = Array.isArray(value) ? value : [value];
  return given.some((v) => typeof v === "number" && wanted.includes(v));
}

/**
 * Whether an item is shown, given the answers so far. An item whose condition refers to a
 * hidden item is hidden too: a stale answer behind a hidden gate must not open a door.
 */
export function isVisible(instrument: TInstrument, itemId: string, answers: TAnswers): boolean {
  const item = findItem(instrument, itemId);
  const condition = item.showIf;
  if (!condition) return true;
  const target = findItem(instrument, condition.itemId);
  // Conditions point only backwards (checked by defineInstrument), so this recursion ends.
  if (!isVisible(instrument, target.id, answers)) return false;
  const value = answers[target.id];
  return isAnswered(target, value) && matches(condition, value);
}

export function visibleItems(instrument: TInstrument, answers: TAnswers): TItem[] {
  return instrument.items.filter((i) => isVisible(instrument, i.id, answers));
}

export interface TProgress {
  answered: number;
  visible: number;
  /** answered / visible, 0..1 (1 when nothing is visible). */
  fraction: number;
}

/** How far a participant has come: answered visible items out of visible items. */
export function progress(instrument: TInstrument, answers: TAnswers): TProgress {
  const shown = visibleItems(instrument, answers);
  const answered = shown.filter((i) => isAnswered(i, answers[i.id])).length;
  return { answered, visible: shown.length, fraction: shown.length === 0 ? 1 : answered / shown.length };
}
