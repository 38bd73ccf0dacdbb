import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, fullMonthsCovered, isIsoDate, todayLocal, ZIsoDate } from "./iso-date";

describe("iso dates", () => {
  it("accepts real calendar days only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
    expect(ZIsoDate.safeParse("2024-04-31").success).toBe(false);
  });

  it("counts days across month and year ends and a DST change", () => {
    expect(daysBetween("2024-01-31", "2024-02-01")).toBe(1);
    expect(daysBetween("2023-12-31", "2024-01-01")).toBe(1);
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2); // DST starts 31 March in Denmark
    expect(daysBetween("2024-02-01", "2024-01-01")).toBe(-31);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });

  it("adds months clamped to the month's end", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
  });

  it("counts whole months covered by an inclusive range", () => {
    expect(fullMonthsCovered("2024-01-15", "2024-07-14")).toBe(6);
    expect(fullMonthsCovered("2024-01-15", "2024-07-13")).toBe(5);
    expect(fullMonthsCovered("2024-01-01", "2024-01-31")).toBe(1);
    expect(fullMonthsCovered("2024-01-01", "2024-01-30")).toBe(0);
    expect(fullMonthsCovered("2024-02-01", "2024-01-01")).toBe(0);
  });

  it("formats today's local date", () => {
    expect(todayLocal(new Date(2024, 0, 5, 23, 30))).toBe("2024-01-05");
  });
});
