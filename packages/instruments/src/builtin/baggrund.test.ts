import { describe, expect, it } from "vitest";
import { answerSchemaFor } from "../answers";
import type { TItem } from "../items";
import { builtinInstruments, getInstrument } from "../registry";
import { baggrund, baggrundV1 } from "./baggrund";

const koen = (items: readonly TItem[]) => {
  const item = items.find((i) => i.id === "koen");
  if (item?.type !== "single-choice") throw new Error("koen is a single-choice item");
  return item;
};

describe("baggrund's gender question", () => {
  it("offers more than two answers and 'Vil ikke svare' in the current version", () => {
    expect(builtinInstruments["baggrund"]).toBe(baggrund);
    expect(koen(baggrund.items).options.map((o) => [o.code, o.label.da])).toEqual([
      [1, "Mand"],
      [2, "Kvinde"],
      [3, "Andet"],
      [8, "Vil ikke svare"],
    ]);
    expect(koen(baggrund.items).sourceNote).toContain("Danmarks Statistik");
  });

  it("keeps 1.0.0 registered, with the codes its stored answers carry meaning the same", () => {
    expect(getInstrument("baggrund", "1.0.0")).toBe(baggrundV1);
    const old = koen(baggrundV1.items);
    expect(old.options.map((o) => o.code)).toEqual([1, 2]);
    for (const option of old.options) expect(koen(baggrund.items).options.find((o) => o.code === option.code)?.label).toEqual(option.label);
    // A 1.0.0 answer is still valid under 1.0.0; the new codes are valid only under 1.1.0.
    expect(answerSchemaFor(old).safeParse(2).success).toBe(true);
    expect(answerSchemaFor(old).safeParse(3).success).toBe(false);
    expect(answerSchemaFor(koen(baggrund.items)).safeParse(8).success).toBe(true);
  });

  it("changes nothing but the gender question between the versions", () => {
    const rest = (items: readonly TItem[]) => items.filter((i) => i.id !== "koen");
    expect(rest(baggrund.items)).toEqual(rest(baggrundV1.items));
    expect(baggrund.items.map((i) => i.id)).toEqual(baggrundV1.items.map((i) => i.id));
  });

  it("lets no question depend on gender or birth year, so either may be left out when the record knows it", () => {
    for (const version of [baggrund, baggrundV1]) {
      expect(version.items.filter((i) => i.showIf && ["koen", "foedselsaar"].includes(i.showIf.itemId))).toEqual([]);
      expect(version.items.filter((i) => ["koen", "foedselsaar"].includes(i.id) && i.required)).toEqual([]);
    }
  });
});
