import { readFileSync } from "node:fs";
import { builtinInstrumentVersions, parseInstrumentDefinition, type TInstrumentInput } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import { emptyState, newItem, newOption, newScale, type TBuilderState } from "./builder-state";
import { fromDefinition, nextMinorVersion } from "./from-definition";
import { codeList, numberOf, toDefinition, toDefinitionJson } from "./to-definition";

const EXAMPLE_TEXT = readFileSync(new URL("../../../../../../../packages/instruments/src/examples/hverdagsmestring.json", import.meta.url), "utf8");
const example = () => JSON.parse(EXAMPLE_TEXT) as TInstrumentInput;

describe("the builder's definition model", () => {
  it("turns the example file into builder state and back into exactly the file", () => {
    expect(toDefinition(fromDefinition(example()))).toEqual(example());
    // Byte for byte: the same keys in the same order, laid out as the hand-written file is.
    expect(toDefinitionJson(fromDefinition(example()))).toBe(EXAMPLE_TEXT);
  });

  it("round-trips the stored (parsed, defaults filled) form of the example to the file as written", () => {
    expect(toDefinition(fromDefinition(parseInstrumentDefinition(EXAMPLE_TEXT)))).toEqual(example());
  });

  it.each(builtinInstrumentVersions.map((i) => [i.id, i] as const))("keeps every field of the built-in %s (defaults aside)", (_, instrument) => {
    const written = toDefinition(fromDefinition(instrument));
    expect(parseInstrumentDefinition(written)).toEqual(instrument);
  });

  it("keeps easy-read help and recorded audio on questions and options", () => {
    const definition = example();
    const [first] = definition.items;
    if (!first || !("options" in first) || !first.options) throw new Error("the example's first question has options");
    first.easyRead = { da: "Let", en: "Easy" };
    first.audio = { da: "/audio/x-da.mp3", en: "/audio/x-en.mp3" };
    first.options[0]!.audio = { da: "/audio/o-da.mp3", en: "/audio/o-en.mp3" };
    expect(toDefinition(fromDefinition(definition))).toEqual(definition);
  });

  it("writes an easy-read help typed in the builder, and leaves it out when empty", () => {
    const item = { ...newItem("text"), id: "a", prompt: { da: "P", en: "P" } };
    const written = (state: TBuilderState) => (toDefinition(state) as { items: Record<string, unknown>[] }).items[0]!;
    expect(written({ ...emptyState(), items: [item] })).not.toHaveProperty("easyRead");
    expect(written({ ...emptyState(), items: [{ ...item, easyRead: { da: "Let", en: "Easy" } }] }).easyRead).toEqual({ da: "Let", en: "Easy" });
  });

  it("leaves out empty optional texts and fields at their defaults", () => {
    const state: TBuilderState = {
      ...emptyState(),
      id: "mit",
      title: { da: "T", en: "T" },
      introduction: { da: "I", en: "I" },
      citation: "C",
      licence: "L",
      occasions: ["start"],
      items: [{ ...newItem("text"), id: "a", prompt: { da: "P", en: "P" }, maxLength: "500" }],
    };
    expect(toDefinition(state)).toEqual({
      id: "mit",
      version: "1.0.0",
      kind: "questionnaire",
      title: { da: "T", en: "T" },
      introduction: { da: "I", en: "I" },
      source: { citation: "C" },
      licence: "L",
      occasions: ["start"],
      items: [{ id: "a", type: "text", prompt: { da: "P", en: "P" } }],
    });
  });

  it("follows a renamed question in display conditions and scales (references are by key)", () => {
    const first = { ...newItem("single-choice"), id: "a", options: [newOption(1), newOption(2)] };
    const second = { ...newItem("text"), id: "b", showIf: { kind: "equals" as const, itemKey: first.key, equals: "2", codes: "" } };
    const scale = { ...newScale(), id: "s", items: [{ itemKey: first.key, reverse: true, recode: [] }] };
    const state: TBuilderState = { ...emptyState(), items: [{ ...first, id: "renamed" }, second], scales: [scale] };
    const written = toDefinition(state) as { items: { showIf?: unknown }[]; scales: { items: unknown[] }[] };
    expect(written.items[1]!.showIf).toEqual({ itemId: "renamed", equals: 2 });
    expect(written.scales[0]!.items).toEqual([{ itemId: "renamed", reverse: true }]);
  });

  it("writes a transform, prorating, cut-offs and recoding as the format has them", () => {
    const item = { ...newItem("single-choice"), id: "a" };
    const scale = {
      ...newScale(),
      id: "s",
      items: [
        {
          itemKey: item.key,
          reverse: false,
          recode: [
            { code: "1", value: "0" },
            { code: "2", value: "100" },
          ],
        },
      ],
      multiply: "4",
      add: "0",
      missing: "prorate" as const,
      maxMissing: "1",
      rangeMin: "0",
      rangeMax: "400",
      higherIsBetter: false,
      cutoffs: [
        { max: "12,5", da: "Lav", en: "Low" },
        { max: "", da: "Høj", en: "High" },
      ],
      minimalImportantChange: "10",
    };
    const written = toDefinition({ ...emptyState(), items: [item], scales: [scale] }) as { scales: unknown[] };
    expect(written.scales[0]).toEqual({
      id: "s",
      label: { da: "", en: "" },
      items: [
        {
          itemId: "a",
          recode: [
            { code: 1, value: 0 },
            { code: 2, value: 100 },
          ],
        },
      ],
      method: "sum",
      transform: { multiply: 4 },
      missing: { kind: "prorate", maxMissing: 1 },
      range: { min: 0, max: 400 },
      higherIsBetter: false,
      cutoffs: [{ max: 12.5, label: { da: "Lav", en: "Low" } }, { label: { da: "Høj", en: "High" } }],
      minimalImportantChange: 10,
    });
  });

  it("reads numbers as typed in Danish or English, and passes anything else on for the server to name", () => {
    expect(numberOf("")).toBeUndefined();
    expect(numberOf(" 7 ")).toBe(7);
    expect(numberOf("1,5")).toBe(1.5);
    expect(numberOf("-0.25")).toBe(-0.25);
    expect(numberOf("fem")).toBe("fem");
    expect(codeList("1, 2;3 4")).toEqual([1, 2, 3, 4]);
  });

  it("suggests the next minor version for a new version", () => {
    expect(nextMinorVersion("1.0.0")).toBe("1.1.0");
    expect(nextMinorVersion("2.9.4")).toBe("2.10.0");
    expect(nextMinorVersion("x")).toBe("x");
  });
});
