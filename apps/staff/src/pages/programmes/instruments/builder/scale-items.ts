// Which questions a scale scores, kept in the order they were listed: a question ticked on is
// placed by question order among the ones already there, so a loaded order is not reshuffled.
import type { TBuilderItem, TBuilderScaleItem } from "./builder-state";

export function withScaleItem(list: readonly TBuilderScaleItem[], itemKey: string, items: readonly Pick<TBuilderItem, "key">[]): TBuilderScaleItem[] {
  if (list.some((s) => s.itemKey === itemKey)) return [...list];
  const position = (key: string) => items.findIndex((i) => i.key === key);
  const mine = position(itemKey);
  const before = list.findIndex((s) => position(s.itemKey) > mine);
  const added: TBuilderScaleItem = { itemKey, reverse: false, recode: [] };
  return before < 0 ? [...list, added] : [...list.slice(0, before), added, ...list.slice(before)];
}

export function withoutScaleItem(list: readonly TBuilderScaleItem[], itemKey: string): TBuilderScaleItem[] {
  return list.filter((s) => s.itemKey !== itemKey);
}
