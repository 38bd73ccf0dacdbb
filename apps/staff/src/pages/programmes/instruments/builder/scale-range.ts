// "Calculate from the questions": the range a scale can produce, worked out the way the
// format's cross-check does (packages/instruments scale-values.ts), so the declared range
// the admin is offered is the one the server will accept.
import type { TBuilderItem, TBuilderScale } from "./builder-state";
import { numberOf } from "./to-definition";

const num = (text: string): number | null => {
  const value = numberOf(text);
  return typeof value === "number" ? value : null;
};

function bounds(item: TBuilderItem, recode: readonly { value: string }[]): { min: number; max: number } | null {
  if (recode.length > 0) {
    const values = recode.map((r) => num(r.value));
    if (values.some((v) => v === null)) return null;
    return { min: Math.min(...(values as number[])), max: Math.max(...(values as number[])) };
  }
  if (item.type === "number") {
    const min = num(item.min);
    const max = num(item.max);
    return min === null || max === null ? null : { min, max };
  }
  if (item.type !== "single-choice") return null;
  const codes = item.options.map((o) => num(o.code));
  if (codes.length === 0 || codes.some((c) => c === null)) return null;
  // Reversing mirrors codes within the item's own range, so the bounds stay the same.
  return { min: Math.min(...(codes as number[])), max: Math.max(...(codes as number[])) };
}

/** The lowest and highest score, or null while something it depends on is missing. */
export function scaleRange(scale: TBuilderScale, items: readonly TBuilderItem[]): { min: number; max: number } | null {
  if (scale.items.length === 0) return null;
  const all: { min: number; max: number }[] = [];
  for (const scaleItem of scale.items) {
    const item = items.find((i) => i.key === scaleItem.itemKey);
    const b = item ? bounds(item, scaleItem.recode) : null;
    if (!b) return null;
    all.push(b);
  }
  const multiply = scale.multiply.trim() === "" ? 1 : num(scale.multiply);
  const add = scale.add.trim() === "" ? 0 : num(scale.add);
  if (multiply === null || add === null) return null;
  let min = all.reduce((s, b) => s + b.min, 0);
  let max = all.reduce((s, b) => s + b.max, 0);
  if (scale.method === "mean") {
    min /= all.length;
    max /= all.length;
  }
  const round = (v: number) => Math.round((v * multiply + add) * 1e9) / 1e9;
  const [a, b] = [round(min), round(max)];
  return { min: Math.min(a, b), max: Math.max(a, b) };
}
