import { answerSchemaFor, type TMultipleChoiceItem, type TSingleChoiceItem } from "@skridt/instruments/client";
import { describe, expect, it } from "vitest";
import { choiceAnswer } from "./choice-answer";

const label = { da: "x", en: "x" };
const options = [0, 1, 2, 3].map((code) => ({ code, label }));
const single = { id: "s", type: "single-choice", prompt: label, required: true, options } as unknown as TSingleChoiceItem;
const multiple = { id: "m", type: "multiple-choice", prompt: label, required: true, options } as unknown as TMultipleChoiceItem;
const atMostTwo = { ...multiple, maxSelections: 2 } as TMultipleChoiceItem;

// Every list of up to five codes drawn from the options and a few that are not.
const pool = ["0", "1", "2", "3", "9", "1.5", "x"];
const lists: string[][] = [[]];
for (let length = 1; length <= 5; length++)
  for (let n = 0; n < 300; n++) lists.push(Array.from({ length }, (_, i) => pool[(n * 7 + i * 3 + length) % pool.length]!));

describe("choiceAnswer (choice questions without zod)", () => {
  it.each([
    ["single choice", single],
    ["multiple choice", multiple],
    ["multiple choice, at most two", atMostTwo],
  ])("accepts exactly what the item's answer schema accepts: %s", (_, item) => {
    for (const chosen of lists) {
      const result = choiceAnswer(item, chosen);
      if (chosen.length === 0) {
        expect(result).toEqual({ ok: true, value: null });
        continue;
      }
      const value = item.type === "single-choice" && chosen.length === 1 ? Number(chosen[0]) : chosen.map(Number);
      const schemaOk = answerSchemaFor(item).safeParse(value).success;
      expect(result.ok, `${item.id} ${JSON.stringify(chosen)}`).toBe(schemaOk);
      if (result.ok) expect(result.value).toEqual(value);
    }
  });

  it("refuses a third box when at most two may be chosen, and accepts two", () => {
    expect(choiceAnswer(atMostTwo, ["0", "1", "2"]).ok).toBe(false);
    expect(choiceAnswer(atMostTwo, ["0", "2"])).toEqual({ ok: true, value: [0, 2] });
  });
});
