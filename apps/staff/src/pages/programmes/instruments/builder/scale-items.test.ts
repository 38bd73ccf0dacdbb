import { describe, expect, it } from "vitest";
import { withScaleItem, withoutScaleItem } from "./scale-items";

const items = [{ key: "A" }, { key: "B" }, { key: "C" }, { key: "D" }];
const entry = (itemKey: string) => ({ itemKey, reverse: false, recode: [] });

describe("ticking questions into a scale", () => {
  it("places a question by question order", () => {
    expect(withScaleItem([entry("A"), entry("D")], "C", items).map((s) => s.itemKey)).toEqual(["A", "C", "D"]);
    expect(withScaleItem([], "B", items).map((s) => s.itemKey)).toEqual(["B"]);
    expect(withScaleItem([entry("B")], "D", items).map((s) => s.itemKey)).toEqual(["B", "D"]);
  });

  it("keeps a loaded order that is not question order", () => {
    expect(withScaleItem([entry("D"), entry("A")], "B", items).map((s) => s.itemKey)).toEqual(["B", "D", "A"]);
  });

  it("does not add a question twice, and takes one out", () => {
    expect(withScaleItem([entry("A")], "A", items)).toHaveLength(1);
    expect(withoutScaleItem([entry("A"), entry("B")], "A").map((s) => s.itemKey)).toEqual(["B"]);
  });
});
