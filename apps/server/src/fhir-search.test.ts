import { describe, expect, it } from "vitest";
import { dateRangeOf, listOf, patientIdOf } from "./fhir-search";

describe("FHIR search parameters", () => {
  it("reads a subject as one Patient id", () => {
    expect(patientIdOf("Patient/cm0abc")).toBe("cm0abc");
    expect(patientIdOf("cm0abc")).toBe("cm0abc");
    expect(patientIdOf("Group/cm0abc")).toBeNull();
    expect(patientIdOf("Patient/a,b")).toBeNull();
    expect(patientIdOf(undefined)).toBeNull();
  });

  it("turns date prefixes into a half-open range", () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(dateRangeOf([])).toEqual({});
    expect(dateRangeOf(["2026-01-15"])).toEqual({ from: day("2026-01-15"), to: day("2026-01-16") });
    expect(dateRangeOf(["ge2026-01-15", "lt2026-02-01"])).toEqual({ from: day("2026-01-15"), to: day("2026-02-01") });
    expect(dateRangeOf(["gt2026-01-15", "le2026-01-31"])).toEqual({ from: day("2026-01-16"), to: day("2026-02-01") });
    expect(dateRangeOf(["ge2026-01-10", "ge2026-01-12"])).toEqual({ from: day("2026-01-12") });
    expect(dateRangeOf(["ge2026-01-15T10:00:00Z"])).toEqual({ from: new Date("2026-01-15T10:00:00Z") });
    expect(dateRangeOf(["sidste-uge"])).toBeNull();
    expect(dateRangeOf(["ge2026-01-15T10:00"])).toBeNull();
  });

  it("takes one or several query values", () => {
    expect(listOf("a")).toEqual(["a"]);
    expect(listOf(["a", "b", 3])).toEqual(["a", "b"]);
    expect(listOf(undefined)).toEqual([]);
  });
});
