import { describe, expect, it } from "vitest";
import { alignForText, cellClassName, looksNumeric, resolveAlign } from "./table-align";

describe("looksNumeric", () => {
  it("takes figures, signed and compared figures, suppressed cells and a lone dash", () => {
    for (const text of ["0", "12", "3,5", "45 %", "<5", "> 10", "+3", "-2", "−2", "x", "x (n<5)", "–"]) {
      expect(looksNumeric(text), text).toBe(true);
    }
  });

  it("leaves words, dates in words and dashes inside text on the left", () => {
    for (const text of ["Start", "", "xylofon", "– ingen", "Uge 3", "n = 12", "ja"]) {
      expect(looksNumeric(text), text).toBe(false);
    }
  });
});

describe("alignForText", () => {
  it("puts figures at the end and words at the start", () => {
    expect(alignForText("17")).toBe("end");
    expect(alignForText("Slut")).toBe("start");
  });
});

describe("resolveAlign", () => {
  const byValue = (row: { value: string }) => alignForText(row.value);

  it("is start when the column says nothing", () => {
    expect(resolveAlign(undefined, { value: "1" })).toBe("start");
  });

  it("returns a fixed alignment as it is, with or without a row", () => {
    expect(resolveAlign<{ value: string }>("end", undefined)).toBe("end");
    expect(resolveAlign("start", { value: "1" })).toBe("start");
  });

  it("asks a per-row rule about the row it is given", () => {
    expect(resolveAlign(byValue, { value: "12" })).toBe("end");
    expect(resolveAlign(byValue, { value: "ord" })).toBe("start");
  });

  it("is start for a per-row rule without a row (an empty table's header)", () => {
    expect(resolveAlign(byValue, undefined)).toBe("start");
  });
});

describe("cellClassName", () => {
  it("adds the end class only for end-aligned cells", () => {
    expect(cellClassName("end")).toBe("ui-table__cell--end");
    expect(cellClassName("start")).toBeUndefined();
  });

  it("keeps the column's own class after the alignment class", () => {
    expect(cellClassName("end", "code")).toBe("ui-table__cell--end code");
    expect(cellClassName("start", "code")).toBe("code");
    expect(cellClassName("start", "")).toBeUndefined();
  });
});
