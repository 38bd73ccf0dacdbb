import { describe, expect, it } from "vitest";
import { fullMonthsCovered, toDayNumber } from "./dates";
import { ageBand, breakdown, byGroup, filterParticipants } from "./filters";
import type { TParticipantRow } from "./types";

describe("ageBand", () => {
  it("moves a person up a band on their birthday, not the day before", () => {
    expect(ageBand({ birthDate: "1994-03-15" }, "2024-03-14")).toBe("18-29");
    expect(ageBand({ birthDate: "1994-03-15" }, "2024-03-15")).toBe("30-39");
    expect(ageBand({ birthDate: "1964-12-31" }, "2024-12-30")).toBe("50-59");
    expect(ageBand({ birthDate: "1964-12-31" }, "2024-12-31")).toBe("60+");
    expect(ageBand({ birthDate: "2006-06-01" }, "2024-05-31")).toBe("<18");
  });

  it("has a 29 February birthday on 1 March in common years", () => {
    expect(ageBand({ birthDate: "1996-02-29" }, "2026-02-28")).toBe("18-29");
    expect(ageBand({ birthDate: "1996-02-29" }, "2026-03-01")).toBe("30-39");
    expect(ageBand({ birthDate: "1996-02-29" }, "2028-02-29")).toBe("30-39");
  });

  it("uses the age reached in the year when only the birth year is known, else unknown", () => {
    expect(ageBand(1994, "2024-01-01")).toBe("30-39");
    expect(ageBand({ birthYear: 1995 }, "2024-12-31")).toBe("18-29");
    expect(ageBand({}, "2024-12-31")).toBe("unknown");
  });
});

const rows: TParticipantRow[] = [
  { participantId: "a", organisationId: "aarhus", enrolledOn: "2016-08-01", gender: "f", birthDate: "1986-08-02" },
  { participantId: "b", organisationId: "randers", enrolledOn: "2017-03-31", gender: "m", birthYear: 1960 },
  { participantId: "c", organisationId: "odder", enrolledOn: "2018-05-31", gender: "f", birthYear: 1990 },
  { participantId: "d", organisationId: "aarhus", enrolledOn: "2018-06-01" },
];

describe("filterParticipants", () => {
  it("filters by organisation, inclusive enrolment period, gender and age band at enrolment", () => {
    const ids = (f: Parameters<typeof filterParticipants>[1]) => filterParticipants(rows, f).map((p) => p.participantId);
    expect(ids({ organisationIds: ["aarhus"] })).toEqual(["a", "d"]);
    expect(ids({ enrolledFrom: "2017-03-31", enrolledTo: "2018-05-31" })).toEqual(["b", "c"]);
    expect(ids({ genders: ["f"] })).toEqual(["a", "c"]);
    expect(ids({ genders: ["unknown"] })).toEqual(["d"]);
    // a turns 30 the day after enrolment: 29 at enrolment.
    expect(ids({ ageBands: ["18-29"] })).toEqual(["a", "c"]);
    expect(ids({ ageBands: ["30-39"], ageOn: "2016-08-02" })).toEqual(["a"]);
    expect(ids({})).toEqual(["a", "b", "c", "d"]);
  });
});

describe("breakdown", () => {
  it("groups by quarter, year, age band (young to old, unknown last)", () => {
    expect(breakdown(rows, "enrolmentQuarter").map((g) => [g.key, g.participants.length])).toEqual([
      ["2016-Q3", 1],
      ["2017-Q1", 1],
      ["2018-Q2", 2],
    ]);
    expect(breakdown(rows, "ageBand").map((g) => g.key)).toEqual(["18-29", "50-59", "unknown"]);
    expect(byGroup(rows, "organisation", (g) => g.length)).toEqual([
      { key: "aarhus", n: 2, result: 2 },
      { key: "odder", n: 1, result: 1 },
      { key: "randers", n: 1, result: 1 },
    ]);
    expect(breakdown(rows, "gender").map((g) => g.key)).toEqual(["f", "m", "unknown"]);
  });
});

describe("dates", () => {
  it("counts whole months with month-end clamping", () => {
    const m = (a: string, b: string) => fullMonthsCovered(toDayNumber(a), toDayNumber(b));
    // 31 Jan + 1 month = 29 Feb (clamped), so the first month is 31 Jan..28 Feb (as in packages/instruments).
    expect(m("2024-01-31", "2024-02-27")).toBe(0);
    expect(m("2024-01-31", "2024-02-28")).toBe(1);
    expect(m("2024-01-15", "2024-07-14")).toBe(6);
    expect(m("2024-01-15", "2024-07-13")).toBe(5);
    expect(m("2024-01-01", "2024-12-31")).toBe(12);
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2000-03-01") - toDayNumber("2000-02-28")).toBe(2);
  });
});
