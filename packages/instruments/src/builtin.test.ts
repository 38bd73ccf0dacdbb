import { describe, expect, it } from "vitest";
import { defineInstrument, parseInstrumentDefinition } from "./define";
import { builtinInstruments, builtinInstrumentVersions, getInstrument } from "./registry";

describe("built-in instruments", () => {
  it.each(builtinInstrumentVersions.map((i) => [i.id, i] as const))("%s passes defineInstrument and survives a JSON round trip", (_id, instrument) => {
    expect(defineInstrument(instrument)).toEqual(instrument);
    // What a programme would export and re-import must be accepted unchanged.
    expect(parseInstrumentDefinition(JSON.stringify(instrument))).toEqual(instrument);
  });

  it("cites a source and has Danish and English texts everywhere", () => {
    for (const instrument of builtinInstrumentVersions) {
      expect(instrument.source.citation.length).toBeGreaterThan(10);
      for (const item of instrument.items) {
        expect(item.prompt.da).not.toBe("");
        expect(item.prompt.en).not.toBe("");
      }
    }
  });

  it("registers the seven built-ins by id", () => {
    expect(Object.keys(builtinInstruments).sort()).toEqual(["baggrund", "gse", "humoer", "netvaerk", "selvvurderet-helbred", "tilfredshed", "who5"]);
  });

  it("finds an instrument by id, by exact version, and not by a missing version", () => {
    expect(getInstrument("who5")?.version).toBe("1.0.0");
    expect(getInstrument("who5", "1.0.0")?.id).toBe("who5");
    expect(getInstrument("who5", "9.9.9")).toBeUndefined();
    expect(getInstrument("soc13")).toBeUndefined();
  });

  it("picks the latest version when several are registered", () => {
    const who5 = builtinInstruments["who5"]!;
    const newer = { ...who5, version: "1.10.0" };
    const older = { ...who5, version: "1.2.0" };
    expect(getInstrument("who5", undefined, [who5, newer, older])?.version).toBe("1.10.0");
  });

  it("keeps baggrund for start only and tilfredshed for end only", () => {
    expect(builtinInstruments["baggrund"]?.occasions).toEqual(["start"]);
    expect(builtinInstruments["tilfredshed"]?.occasions).toEqual(["end"]);
  });

  it("does not claim an MHI-5 score for the mood items", () => {
    const scales = builtinInstruments["humoer"]!.scales;
    expect(scales.map((s) => s.items.length)).toEqual([1, 1]);
    expect(JSON.stringify(scales)).not.toMatch(/mhi/i);
  });
});
