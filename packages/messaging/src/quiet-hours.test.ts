import { describe, expect, it } from "vitest";
import { isDaytime, nextDaytime, parseHours } from "./quiet-hours";

describe("Danish daytime", () => {
  it("is 09:00 to 20:00 in Copenhagen in winter (UTC+1)", () => {
    expect(isDaytime(new Date("2026-01-15T07:59:00Z"))).toBe(false);
    expect(isDaytime(new Date("2026-01-15T08:00:00Z"))).toBe(true);
    expect(isDaytime(new Date("2026-01-15T18:59:00Z"))).toBe(true);
    expect(isDaytime(new Date("2026-01-15T19:00:00Z"))).toBe(false);
  });

  it("is 09:00 to 20:00 in Copenhagen in summer (UTC+2)", () => {
    expect(isDaytime(new Date("2026-07-15T06:59:00Z"))).toBe(false);
    expect(isDaytime(new Date("2026-07-15T07:00:00Z"))).toBe(true);
    expect(isDaytime(new Date("2026-07-15T17:59:00Z"))).toBe(true);
    expect(isDaytime(new Date("2026-07-15T18:00:00Z"))).toBe(false);
  });

  it("moves a night-time message to the next 09:00 Danish time", () => {
    expect(nextDaytime(new Date("2026-01-15T02:00:00Z")).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(nextDaytime(new Date("2026-01-15T21:30:00Z")).toISOString()).toBe("2026-01-16T08:00:00.000Z");
    // 31 January 23:00 in Copenhagen: 1 February 09:00.
    expect(nextDaytime(new Date("2026-01-31T22:00:00Z")).toISOString()).toBe("2026-02-01T08:00:00.000Z");
    expect(nextDaytime(new Date("2026-07-15T22:00:00Z")).toISOString()).toBe("2026-07-16T07:00:00.000Z");
  });

  it("crosses the change to summer time (29 March 2026) to 09:00 local", () => {
    // 28 March 21:00 CET: next is 29 March 09:00 CEST = 07:00 UTC.
    expect(nextDaytime(new Date("2026-03-28T20:00:00Z")).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    // 24 October 22:00 CEST: next is 25 October 09:00 CET = 08:00 UTC.
    expect(nextDaytime(new Date("2026-10-24T20:00:00Z")).toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("leaves a daytime instant alone", () => {
    const noon = new Date("2026-05-04T10:00:00Z");
    expect(nextDaytime(noon)).toBe(noon);
  });

  it("reads other hours from the setting, and refuses nonsense", () => {
    expect(parseHours("8-21")).toEqual({ startHour: 8, endHour: 21 });
    expect(isDaytime(new Date("2026-01-15T02:00:00Z"), parseHours("0-24"))).toBe(true);
    expect(() => parseHours("20-9")).toThrow();
    expect(() => parseHours("evening")).toThrow();
  });
});
