import { readFileSync } from "node:fs";
import type { TInstrumentInput } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import { builderSchema } from "./builder-schema";
import { emptyState, newItem, newScale } from "./builder-state";
import { fromDefinition } from "./from-definition";

const messages = { required: "required", number: "number", integer: "integer", bothLanguages: "both", occasions: "occasions", scaleItems: "scaleItems" };
const example = JSON.parse(
  readFileSync(new URL("../../../../../../../packages/instruments/src/examples/hverdagsmestring.json", import.meta.url), "utf8"),
) as TInstrumentInput;

function issues(state: unknown): Record<string, string> {
  const result = builderSchema(messages).safeParse(state);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the builder's own field checks", () => {
  it("accepts the example as loaded into the builder", () => {
    expect(issues(fromDefinition(example))).toEqual({});
  });

  it("names the empty required fields of a new questionnaire", () => {
    const found = issues(emptyState());
    expect(found["title.da"]).toBe("required");
    expect(found["citation"]).toBe("required");
    expect(found["occasions"]).toBe("occasions");
    expect(found["items.0.prompt.en"]).toBe("required");
    expect(found["items.0.options.1.da"]).toBe("required");
    expect(found).toHaveProperty("id");
    expect(found).toHaveProperty("items.0.id");
  });

  it("checks numbers, both languages, and what only some types have", () => {
    const state = fromDefinition(example);
    state.items[0]!.options[0]!.code = "1,5";
    state.items[0]!.stem.en = "";
    state.items[2]!.max = "syv";
    state.items.push({ ...newItem("text"), id: "x", prompt: { da: "a", en: "b" }, options: [{ code: "", da: "", en: "" }] });
    state.scales.push({ ...newScale(), id: "s", label: { da: "S", en: "S" }, rangeMin: "0", rangeMax: "1", missing: "prorate" });
    const found = issues(state);
    expect(found).toEqual({
      "items.0.options.0.code": "integer",
      "items.0.stem.en": "both",
      "items.2.max": "number",
      "scales.1.items": "scaleItems",
      "scales.1.maxMissing": "required",
    });
  });
});
