import type { TNumberItem, TSingleChoiceItem } from "./items";
import type { TScale, TScaleItem } from "./scales";

/** The item types a scale may use: they have numbers with a known order. */
export type TScorableItem = TSingleChoiceItem | TNumberItem;

/** The lowest and highest raw answer the item allows (codes for choice items). */
export function rawBounds(item: TScorableItem): { min: number; max: number } | null {
  if (item.type === "number") {
    return item.min === undefined || item.max === undefined ? null : { min: item.min, max: item.max };
  }
  const codes = item.options.map((o) => o.code);
  return { min: Math.min(...codes), max: Math.max(...codes) };
}

/**
 * What one answer contributes to a scale: the recoded value if the scale recodes,
 * else the code reversed within the item's own range if reverse-keyed, else the code.
 * Returns null for a code the recode table does not know (treated as missing).
 */
export function itemValue(item: TScorableItem, scaleItem: TScaleItem, raw: number): number | null {
  if (scaleItem.recode) {
    const hit = scaleItem.recode.find((r) => r.code === raw);
    return hit ? hit.value : null;
  }
  if (scaleItem.reverse) {
    const b = rawBounds(item);
    return b ? b.min + b.max - raw : null;
  }
  return raw;
}

/** Apply the scale's linear transform. Rounds off floating-point dust (29.999999999 → 30). */
export function transform(scale: TScale, value: number): number {
  const v = value * scale.transform.multiply + scale.transform.add;
  return Math.round(v * 1e9) / 1e9;
}

/** The lowest and highest value one item can contribute to the scale. */
export function itemValueBounds(item: TScorableItem, scaleItem: TScaleItem): { min: number; max: number } | null {
  if (scaleItem.recode) {
    const values = scaleItem.recode.map((r) => r.value);
    return { min: Math.min(...values), max: Math.max(...values) };
  }
  return rawBounds(item); // reversing keeps the same bounds
}

/** The range the scale can actually produce, to check the declared range against. */
export function theoreticalRange(scale: TScale, bounds: { min: number; max: number }[]): { min: number; max: number } {
  let min = bounds.reduce((s, b) => s + b.min, 0);
  let max = bounds.reduce((s, b) => s + b.max, 0);
  if (scale.method === "mean") {
    min /= bounds.length;
    max /= bounds.length;
  }
  const a = transform(scale, min);
  const b = transform(scale, max);
  return { min: Math.min(a, b), max: Math.max(a, b) };
}
