import { baggrund, who5 } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import { knownItemsOf, withoutKnownItems } from "./known-from-record";

describe("background questions the participant's record already answers", () => {
  it("knows gender and birth year only where the record holds them", () => {
    expect([...knownItemsOf({ gender: "other", birthYear: 1984 })]).toEqual(["baggrund/koen", "baggrund/foedselsaar"]);
    expect([...knownItemsOf({ gender: null, birthYear: 1984 })]).toEqual(["baggrund/foedselsaar"]);
    expect([...knownItemsOf({ gender: "female", birthYear: null })]).toEqual(["baggrund/koen"]);
    expect([...knownItemsOf({ gender: null, birthYear: null })]).toEqual([]);
    expect([...knownItemsOf(null)]).toEqual([]);
  });

  it("leaves the known items and any earlier answer to them out of what the link serves, and nothing else", () => {
    const served = withoutKnownItems({ definition: baggrund, answers: { koen: 1, uddannelse: 3 } }, knownItemsOf({ gender: "male", birthYear: null }));
    expect(served.definition.items.map((i) => i.id)).toEqual(baggrund.items.map((i) => i.id).filter((id) => id !== "koen"));
    expect(served.definition.version).toBe(baggrund.version);
    expect(served.answers).toEqual({ uddannelse: 3 });
    // The definition itself is not changed for anyone else.
    expect(baggrund.items.some((i) => i.id === "koen")).toBe(true);
  });

  it("leaves other instruments, and baggrund for a record without these facts, as they are", () => {
    const known = knownItemsOf({ gender: "female", birthYear: 1990 });
    const whoFive = { definition: who5, answers: { q1: 3 } };
    expect(withoutKnownItems(whoFive, known)).toBe(whoFive);
    const plain = { definition: baggrund, answers: {} };
    expect(withoutKnownItems(plain, knownItemsOf({ gender: null, birthYear: null }))).toBe(plain);
  });
});
