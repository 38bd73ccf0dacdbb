import type { TItem } from "@skridt/instruments/client";
import { describe, expect, it } from "vitest";
import { paperBlocks } from "./paper-blocks";

const text = (da: string) => ({ da, en: da });
const agree = [
  { code: 1, label: text("Enig") },
  { code: 2, label: text("Uenig") },
];
const choice = (id: string, extra: Partial<TItem> = {}): TItem =>
  ({ id, type: "single-choice", prompt: text(id), required: true, options: agree, ...extra }) as TItem;
const shape = (items: TItem[]) => paperBlocks(items).map((b) => (b.kind === "grid" ? b.items.map((i) => i.id) : b.item.id));

describe("paperBlocks", () => {
  it("puts neighbouring questions on one scale into one grid, a lone one stays a question", () => {
    const other = [
      { code: 1, label: text("Ja") },
      { code: 2, label: text("Nej") },
    ];
    expect(shape([choice("a"), choice("b"), choice("c", { options: other }), choice("d")])).toEqual([["a", "b"], "c", "d"]);
  });
  it("breaks a run at a typed question, at help text and at a different lead-in", () => {
    const number = { id: "n", type: "number", prompt: text("n"), required: true } as TItem;
    expect(
      shape([
        choice("a"),
        number,
        choice("b"),
        choice("c", { help: text("hjælp") }),
        choice("d"),
        choice("e", { stem: text("Sidste uge") }),
        choice("f", { stem: text("Sidste uge") }),
      ]),
    ).toEqual(["a", "n", "b", "c", "d", ["e", "f"]]);
  });
});
