import { describe, expect, it } from "vitest";
import { builtinHelpContacts } from "./help";
import { builtinCareRules } from "./rules";
import { ZCareSettings, careSettingsFromStored, checkCareSettings, effectiveCareRules, effectiveHelpContacts } from "./settings";
import { careSignals } from "./signals";

/** WHO-5 on Skridt's 0-100 scale is the raw 0-25 sum times 4. */
const who5 = (raw: number, previousRaw?: number) => ({
  instrumentId: "who5",
  scaleId: "who5",
  value: raw * 4,
  previous: previousRaw === undefined ? undefined : previousRaw * 4,
});
const kinds = (scores: Parameters<typeof careSignals>[1], rules = builtinCareRules) => careSignals(rules, scores).map((s) => s.kind);

describe("WHO-5 care rules (Topp et al. 2015)", () => {
  it.each([
    [0, ["low"]],
    [7, ["low"]], // raw 7 = 28: likely depression, the boundary counts
    [8, []], // raw 8 = 32: reduced wellbeing, not the care level
    [13, []],
    [25, []],
  ] as const)("raw %d (×4) alone calls for %j", (raw, expected) => {
    expect(kinds([who5(raw)])).toEqual(expected);
  });

  it("80 at start, 20 at the end (the issue's case): low and a drop of 60", () => {
    const signals = careSignals(builtinCareRules, [who5(5, 20)]);
    expect(signals).toEqual([
      { kind: "low", instrumentId: "who5", scaleId: "who5", value: 20, threshold: 28 },
      { kind: "drop", instrumentId: "who5", scaleId: "who5", value: 20, previous: 80, threshold: 10 },
    ]);
  });

  it.each([
    [60, 50, ["drop"]], // 10 points: meaningful, boundary counts
    [60, 52, []], // 8 points: not
    [40, 32, []],
    [40, 28, ["low", "drop"]],
    [32, 48, []], // a rise is never a drop
  ] as const)("from %d to %d calls for %j", (previous, value, expected) => {
    expect(kinds([{ instrumentId: "who5", scaleId: "who5", value, previous }])).toEqual(expected);
  });

  it("a missing score, or a scale without a rule, calls for nothing", () => {
    expect(kinds([{ instrumentId: "who5", scaleId: "who5", value: null }])).toEqual([]);
    expect(kinds([{ instrumentId: "gse", scaleId: "gse", value: 10, previous: 40 }])).toEqual([]);
  });

  it("every built-in rule names its source", () => {
    for (const rule of builtinCareRules) {
      for (const part of [rule.low, rule.drop, rule.reliableChange]) if (part) expect(part.source.citation.length).toBeGreaterThan(20);
    }
  });
});

describe("a programme's care settings", () => {
  const tightened = ZCareSettings.parse({ rules: [{ instrumentId: "who5", scaleId: "who5", lowAtMost: 50, dropAtLeast: 8 }] });

  it("tightened: 48 is low and a fall of 8 is a drop", () => {
    const rules = effectiveCareRules(tightened);
    expect(kinds([{ instrumentId: "who5", scaleId: "who5", value: 48, previous: 56 }], rules)).toEqual(["low", "drop"]);
    expect(kinds([{ instrumentId: "who5", scaleId: "who5", value: 52, previous: 60 }], rules)).toEqual(["drop"]);
  });

  it("may not loosen: a looser value is a problem on save and ignored in force", () => {
    const looser = ZCareSettings.parse({ rules: [{ instrumentId: "who5", scaleId: "who5", lowAtMost: 20, dropAtLeast: 30 }] });
    expect(checkCareSettings(looser).map((p) => p.kind)).toEqual(["looser_than_builtin", "looser_than_builtin"]);
    const rules = effectiveCareRules(looser);
    expect(rules[0]!.low!.atMost).toBe(28);
    expect(rules[0]!.drop!.atLeast).toBe(10);
    expect(kinds([who5(7, 17)], rules)).toEqual(["low", "drop"]); // 28 after 68
  });

  it("a rule for a scale without a built-in rule is refused", () => {
    const unknown = ZCareSettings.parse({ rules: [{ instrumentId: "gse", scaleId: "gse", lowAtMost: 20 }] });
    expect(checkCareSettings(unknown)).toEqual([{ kind: "unknown_rule", instrumentId: "gse", scaleId: "gse" }]);
    expect(checkCareSettings(tightened)).toEqual([]);
  });

  it("stored settings: empty or unreadable means built-in; help can be replaced", () => {
    expect(careSettingsFromStored("")).toBeNull();
    expect(careSettingsFromStored("{not json")).toBeNull();
    expect(effectiveHelpContacts(null)).toBe(builtinHelpContacts);
    const own = careSettingsFromStored(
      JSON.stringify({ help: [{ name: { da: "Vores rådgiver", en: "Our counsellor" }, detail: { da: "Hverdage", en: "Weekdays" }, phone: "12 34 56 78" }] }),
    );
    expect(effectiveHelpContacts(own).map((h) => h.phone)).toEqual(["12 34 56 78"]);
  });

  it("the built-in help list: mentor, doctor, Livslinien, Psykiatrifonden, 112", () => {
    expect(builtinHelpContacts.map((h) => h.phone ?? null)).toEqual([null, null, "70 201 201", "39 25 25 25", "112"]);
  });
});
