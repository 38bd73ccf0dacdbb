import type { TInstrument } from "./instrument";
import type { TItem } from "./items";
import type { TScale } from "./scales";
import { itemValueBounds, theoreticalRange, type TScorableItem } from "./scale-values";

/** Things zod cannot see one field at a time. Returns human-readable problems; empty = fine. */
export function crossCheck(instrument: TInstrument): string[] {
  return [...checkItems(instrument.items), ...checkScales(instrument)];
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function checkItems(items: readonly TItem[]): string[] {
  const problems: string[] = [];
  for (const id of duplicates(items.map((i) => i.id))) problems.push(`item id "${id}" is used more than once`);

  items.forEach((item, index) => {
    const where = `item "${item.id}"`;
    if (item.type === "single-choice" || item.type === "multiple-choice") {
      for (const code of duplicates(item.options.map((o) => o.code))) problems.push(`${where}: option code ${code} is used more than once`);
      if (item.type === "multiple-choice" && item.maxSelections !== undefined && item.maxSelections > item.options.length) {
        problems.push(`${where}: maxSelections ${item.maxSelections} exceeds the ${item.options.length} options`);
      }
    }
    if ((item.type === "number" || item.type === "date") && item.min !== undefined && item.max !== undefined && item.min > item.max) {
      problems.push(`${where}: min ${item.min} is greater than max ${item.max}`);
    }
    const cond = item.showIf;
    if (!cond) return;
    const targetIndex = items.findIndex((i) => i.id === cond.itemId);
    const target = items[targetIndex];
    if (!target) {
      problems.push(`${where}: display condition refers to unknown item "${cond.itemId}"`);
      return;
    }
    if (targetIndex >= index) {
      problems.push(`${where}: display condition refers to "${cond.itemId}", which does not come before it`);
      return;
    }
    if ("answered" in cond) return;
    const codes = "equals" in cond ? [cond.equals] : cond.in;
    if (target.type === "single-choice" || target.type === "multiple-choice") {
      const known = new Set(target.options.map((o) => o.code));
      for (const c of codes) if (!known.has(c)) problems.push(`${where}: display condition uses code ${c}, which "${target.id}" does not have`);
    } else if (target.type !== "number") {
      problems.push(`${where}: display condition compares codes of ${target.type} item "${target.id}"; use { answered: true }`);
    }
  });
  return problems;
}

function checkScales(instrument: TInstrument): string[] {
  const problems: string[] = [];
  for (const id of duplicates(instrument.scales.map((s) => s.id))) problems.push(`scale id "${id}" is used more than once`);
  for (const scale of instrument.scales) problems.push(...checkScale(instrument, scale).map((p) => `scale "${scale.id}": ${p}`));
  return problems;
}

function checkScale(instrument: TInstrument, scale: TScale): string[] {
  const problems: string[] = [];
  const bounds: { min: number; max: number }[] = [];
  for (const id of duplicates(scale.items.map((s) => s.itemId))) problems.push(`item "${id}" is listed more than once`);

  for (const scaleItem of scale.items) {
    const item = instrument.items.find((i) => i.id === scaleItem.itemId);
    if (!item) {
      problems.push(`refers to unknown item "${scaleItem.itemId}"`);
      continue;
    }
    if (item.type !== "single-choice" && item.type !== "number") {
      problems.push(`item "${item.id}" is ${item.type}; only single-choice and number items can be scored`);
      continue;
    }
    if (scaleItem.recode && scaleItem.reverse) problems.push(`item "${item.id}" has both recode and reverse; put the reversal in the recode table`);
    if (scaleItem.recode) {
      if (item.type !== "single-choice") problems.push(`item "${item.id}": recode needs a single-choice item`);
      else {
        const recoded = scaleItem.recode.map((r) => r.code);
        for (const c of duplicates(recoded)) problems.push(`item "${item.id}": recode lists code ${c} more than once`);
        const codes = item.options.map((o) => o.code);
        for (const c of codes) if (!recoded.includes(c)) problems.push(`item "${item.id}": recode has no value for code ${c}`);
        for (const c of recoded) if (!codes.includes(c)) problems.push(`item "${item.id}": recode lists code ${c}, which is not an option`);
      }
    }
    const b = itemValueBounds(item as TScorableItem, scaleItem);
    if (!b) problems.push(`number item "${item.id}" needs min and max to be scored`);
    else bounds.push(b);
  }

  if (scale.missing.kind === "prorate" && scale.missing.maxMissing >= scale.items.length) {
    problems.push(`maxMissing ${scale.missing.maxMissing} would allow scoring with no items answered`);
  }
  if (scale.range.min >= scale.range.max) problems.push(`range min ${scale.range.min} must be below max ${scale.range.max}`);
  if (problems.length === 0 && bounds.length === scale.items.length) {
    const actual = theoreticalRange(scale, bounds);
    if (Math.abs(actual.min - scale.range.min) > 1e-9 || Math.abs(actual.max - scale.range.max) > 1e-9) {
      problems.push(`declared range ${scale.range.min}-${scale.range.max} does not match what the items give: ${actual.min}-${actual.max}`);
    }
  }
  problems.push(...checkCutoffs(scale));
  return problems;
}

function checkCutoffs(scale: TScale): string[] {
  const problems: string[] = [];
  const { cutoffs, range } = scale;
  let previous = -Infinity;
  cutoffs.forEach((c, i) => {
    const last = i === cutoffs.length - 1;
    if (c.max === undefined) {
      if (!last) problems.push(`cut-off ${i + 1} has no max; only the last band may be open`);
      return;
    }
    if (c.max <= previous) problems.push(`cut-off maxima must increase (band ${i + 1}: ${c.max})`);
    if (c.max < range.min || (c.max > range.max && !last)) problems.push(`cut-off ${c.max} lies outside the range ${range.min}-${range.max}`);
    if (last && c.max < range.max) problems.push(`the last band ends at ${c.max}, below the range max ${range.max}; leave its max out`);
    previous = c.max;
  });
  return problems;
}
