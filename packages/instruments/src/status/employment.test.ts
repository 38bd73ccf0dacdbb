import { describe, expect, it } from "vitest";
import { employmentLasting, employmentRelations, longestEmployment } from "./employment";
import type { TStatusEvent } from "./event";

const e = (occurredOn: string, status: TStatusEvent["status"], hoursPerWeek?: number): TStatusEvent =>
  hoursPerWeek === undefined ? { status, occurredOn } : { status, occurredOn, hoursPerWeek };

describe("employment relations", () => {
  it("does not join a 5-month job and a 3-month job with a 2-month gap", () => {
    const events = [
      e("2024-01-01", "ordinary_job"), // Jan..May = 5 months
      e("2024-06-01", "unemployed"), // Jun..Jul = 2 months
      e("2024-08-01", "ordinary_job"), // Aug..Oct = 3 months
      e("2024-11-01", "unemployed"),
    ];
    const relations = employmentRelations(events, "2024-12-31");
    expect(relations.map((r) => [r.from, r.to, r.months])).toEqual([
      ["2024-01-01", "2024-05-31", 5],
      ["2024-08-01", "2024-10-31", 3],
    ]);
    expect(longestEmployment(events, "2024-12-31")).toMatchObject({ from: "2024-01-01", days: 152, ongoing: false });
    expect(employmentLasting(events, 6, "2024-12-31")).toBe(false);
  });

  it("joins a 4-month flex job directly followed by a 3-month ordinary job", () => {
    const events = [e("2024-01-01", "flexjob", 12), e("2024-05-01", "ordinary_job"), e("2024-08-01", "unemployed")];
    expect(employmentRelations(events, "2024-12-31")).toEqual([
      { from: "2024-01-01", to: "2024-07-31", days: 213, months: 7, statuses: ["flexjob", "ordinary_job"], ongoing: false },
    ]);
    expect(employmentLasting(events, 6, "2024-12-31")).toBe(true);
  });

  it("counts an ongoing relation with the months it has so far", () => {
    const events = [e("2024-01-15", "unemployed"), e("2024-02-15", "flexjob", 10), e("2024-05-01", "flexjob", 15)];
    expect(employmentLasting(events, 6, "2024-08-13")).toBe(false);
    expect(employmentLasting(events, 6, "2024-08-14")).toBe(true);
    expect(longestEmployment(events, "2024-08-14")).toMatchObject({ months: 6, ongoing: true, statuses: ["flexjob"] });
  });

  it("breaks on an internship and ignores a flex job in process", () => {
    const events = [
      e("2024-01-01", "paid_hours", 5),
      e("2024-02-01", "internship"),
      e("2024-03-01", "wage_subsidy_job"),
      e("2024-04-01", "unemployed"),
      { status: "flexjob", occurredOn: "2024-05-01", inProcess: true } satisfies TStatusEvent,
    ];
    expect(employmentRelations(events, "2024-12-31").map((r) => r.statuses)).toEqual([["paid_hours"], ["wage_subsidy_job"]]);
  });

  it("has none without work", () => {
    expect(employmentRelations([], "2024-01-01")).toEqual([]);
    expect(longestEmployment([e("2024-01-01", "unemployed")], "2024-12-31")).toBeNull();
    expect(employmentLasting([], 6, "2024-12-31")).toBe(false);
  });
});
