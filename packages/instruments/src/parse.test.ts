import { describe, expect, it } from "vitest";
import example from "./examples/hverdagsmestring.json";
import { InstrumentDefinitionError, parseInstrumentDefinition } from "./define";
import { scoreInstrument } from "./scoring";
import { isVisible } from "./visibility";

describe("parseInstrumentDefinition", () => {
  it("loads the example custom instrument and scores it with the shared code", () => {
    const instrument = parseInstrumentDefinition(example);
    expect(instrument.id).toBe("hverdagsmestring-eksempel");
    expect(instrument.items[0]?.required).toBe(true);
    // struktur 4, overblik 2 reversed → 4; mean 4.
    expect(scoreInstrument(instrument, { struktur: 4, overblik: 2, ude: 3 })[0]).toMatchObject({ value: 4, status: "complete" });
    expect(isVisible(instrument, "ude_hvad", {})).toBe(false);
    expect(isVisible(instrument, "ude_hvad", { ude: 0 })).toBe(true);
  });

  it("accepts JSON text as well as parsed JSON", () => {
    expect(parseInstrumentDefinition(JSON.stringify(example)).id).toBe("hverdagsmestring-eksempel");
  });

  it("rejects text that is not JSON with a clear message", () => {
    expect(() => parseInstrumentDefinition("{ not json")).toThrow(/not valid JSON/);
  });

  it("rejects unknown fields, so a typo does not silently disable a rule", () => {
    const typo = { ...example, items: [{ ...example.items[0], requried: true }, ...example.items.slice(1)] };
    expect(() => parseInstrumentDefinition(typo)).toThrow(/items\[0\] \("struktur"\).*requried/s);
  });

  it("applies the same cross-reference checks as the built-ins", () => {
    const broken = { ...example, items: [...example.items.slice(0, 3), { ...example.items[3], showIf: { itemId: "nowhere", answered: true } }] };
    try {
      parseInstrumentDefinition(broken);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InstrumentDefinitionError);
      expect((e as InstrumentDefinitionError).message).toContain('Instrument "hverdagsmestring-eksempel"');
      expect((e as InstrumentDefinitionError).problems).toEqual(['item "ude_hvad": display condition refers to unknown item "nowhere"']);
    }
  });
});

describe("instrumentJsonSchema", () => {
  it("describes the instrument file shape for editors", async () => {
    const { instrumentJsonSchema } = await import("./json-schema");
    const schema = instrumentJsonSchema() as { type: string; required: string[] };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(expect.arrayContaining(["id", "version", "items"]));
  });
});
