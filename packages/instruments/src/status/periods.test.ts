import { describe, expect, it } from "vitest";
import type { TStatusEvent } from "./event";
import { currentStatus, durationsByStatus, statusAt, statusPeriods } from "./periods";

const e = (occurredOn: string, status: TStatusEvent["status"], extra: Partial<TStatusEvent> = {}): TStatusEvent => ({
  status,
  occurredOn,
  ...extra,
});

describe("currentStatus / statusAt", () => {
  const events = [e("2024-03-01", "internship"), e("2024-01-10", "unemployed"), e("2024-06-01", "flexjob", { hoursPerWeek: 15 })];

  it("is null before the first event and on empty input", () => {
    expect(currentStatus([], "2024-05-01")).toBeNull();
    expect(statusAt(events, "2024-01-09")).toBeNull();
  });

  it("takes the latest event on or before the date, whatever the input order", () => {
    expect(statusAt(events, "2024-01-10")?.status).toBe("unemployed");
    expect(statusAt(events, "2024-02-29")?.status).toBe("unemployed");
    expect(statusAt(events, "2024-03-01")?.status).toBe("internship");
    expect(currentStatus(events, "2024-05-31")).toMatchObject({ status: "internship", from: "2024-03-01", to: "2024-05-31" });
  });

  it("ignores events after the date (an agreed flex job not yet started)", () => {
    expect(currentStatus(events, "2024-05-15")?.status).toBe("internship");
    expect(currentStatus(events, "2024-06-01")).toMatchObject({ status: "flexjob", hoursPerWeek: 15 });
  });

  it("lets the last event given win on the same day", () => {
    const sameDay = [e("2024-01-10", "unemployed"), e("2024-02-01", "sick_leave"), e("2024-02-01", "internship")];
    expect(statusAt(sameDay, "2024-02-01")?.status).toBe("internship");
    const reversed = [e("2024-02-01", "internship"), e("2024-02-01", "sick_leave")];
    expect(statusAt(reversed, "2024-02-01")?.status).toBe("sick_leave");
  });

  it("defaults to today", () => {
    expect(currentStatus([e("2000-01-01", "unemployed"), e("2999-01-01", "pension")])?.status).toBe("unemployed");
  });
});

describe("statusPeriods", () => {
  it("counts both ends inclusively across month ends (leap year)", () => {
    const periods = statusPeriods([e("2024-02-01", "internship"), e("2024-01-01", "unemployed")], "2024-03-15");
    expect(periods).toEqual([
      { status: "unemployed", from: "2024-01-01", to: "2024-01-31", days: 31, hoursPerWeek: null, inProcess: false },
      { status: "internship", from: "2024-02-01", to: "2024-03-15", days: 29 + 15, hoursPerWeek: null, inProcess: false },
    ]);
  });

  it("adds up to the days from the first event to until", () => {
    const events = [e("2023-11-20", "unemployed"), e("2023-12-31", "internship"), e("2024-02-29", "paid_hours", { hoursPerWeek: 8 })];
    const total = statusPeriods(events, "2024-04-30").reduce((s, p) => s + p.days, 0);
    expect(total).toBe(11 + 31 + 31 + 29 + 31 + 30); // 20 Nov .. 30 Apr inclusive
  });

  it("gives a one-day period for an event on until", () => {
    expect(statusPeriods([e("2024-01-01", "unemployed"), e("2024-01-31", "internship")], "2024-01-31").at(-1)).toMatchObject({
      from: "2024-01-31",
      to: "2024-01-31",
      days: 1,
    });
  });

  it("drops events after until, duplicates and superseded same-day events", () => {
    const events = [
      e("2024-01-01", "unemployed"),
      e("2024-01-01", "unemployed"),
      e("2024-02-01", "sick_leave"),
      e("2024-02-01", "unemployed"),
      e("2024-05-01", "pension", { inProcess: true }),
    ];
    expect(statusPeriods(events, "2024-04-30")).toEqual([
      { status: "unemployed", from: "2024-01-01", to: "2024-04-30", days: 121, hoursPerWeek: null, inProcess: false },
    ]);
    expect(statusPeriods([], "2024-04-30")).toEqual([]);
    expect(statusPeriods(events, "2023-12-31")).toEqual([]);
  });

  it("starts a new period when hours or the process flag change", () => {
    const periods = statusPeriods(
      [
        e("2024-01-01", "flexjob", { inProcess: true }),
        e("2024-02-01", "flexjob", { hoursPerWeek: 10 }),
        e("2024-03-01", "flexjob", { hoursPerWeek: 10 }),
        e("2024-04-01", "flexjob", { hoursPerWeek: 15 }),
      ],
      "2024-04-30",
    );
    expect(periods.map((p) => [p.from, p.to, p.hoursPerWeek, p.inProcess])).toEqual([
      ["2024-01-01", "2024-01-31", null, true],
      ["2024-02-01", "2024-03-31", 10, false],
      ["2024-04-01", "2024-04-30", 15, false],
    ]);
  });
});

describe("durationsByStatus", () => {
  it("sums days per status, with zero for the rest", () => {
    const d = durationsByStatus(
      [e("2024-01-01", "unemployed"), e("2024-02-01", "internship"), e("2024-03-01", "unemployed"), e("2024-04-01", "withdrawn")],
      "2024-04-10",
    );
    expect(d.unemployed).toBe(31 + 31);
    expect(d.internship).toBe(29);
    expect(d.withdrawn).toBe(10);
    expect(d.flexjob).toBe(0);
  });
});
