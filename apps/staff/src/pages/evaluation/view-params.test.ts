import { describe, expect, it } from "vitest";
import { filterFromSearch, withFilter } from "./evaluation-filter";
import { breakdownFromSearch, isCalendarDay, statusOnFromSearch, withViewParam } from "./view-params";

describe("the evaluation view parameters in the URL", () => {
  it("reads the grouping, falling back to organisation for a missing or unknown value", () => {
    expect(breakdownFromSearch(new URLSearchParams("by=gender"))).toBe("gender");
    expect(breakdownFromSearch(new URLSearchParams("by=enrolmentYear"))).toBe("enrolmentYear");
    expect(breakdownFromSearch(new URLSearchParams("by=shoeSize"))).toBe("organisation");
    expect(breakdownFromSearch(new URLSearchParams(""))).toBe("organisation");
  });

  it("reads a status day only when it is a real calendar day", () => {
    expect(statusOnFromSearch(new URLSearchParams("status=2019-12-31"))).toBe("2019-12-31");
    expect(statusOnFromSearch(new URLSearchParams("status=2019-02-30"))).toBeUndefined();
    expect(statusOnFromSearch(new URLSearchParams("status=31-12-2019"))).toBeUndefined();
    expect(statusOnFromSearch(new URLSearchParams(""))).toBeUndefined();
    expect(isCalendarDay("2020-02-29")).toBe(true);
    expect(isCalendarDay("2019-02-29")).toBe(false);
  });

  it("keeps the filter when a view parameter changes, and the view when the filter changes", () => {
    const start = new URLSearchParams("org=a&gender=female&by=gender");
    const withStatus = withViewParam(start, "status", "2019-12-31");
    expect(filterFromSearch(withStatus)).toEqual({ organisationIds: ["a"], genders: ["female"] });
    expect(withStatus.get("by")).toBe("gender");
    expect(withViewParam(withStatus, "status", undefined).has("status")).toBe(false);

    const refiltered = withFilter(withStatus, { ageBands: ["30-39"] });
    expect(filterFromSearch(refiltered)).toEqual({ ageBands: ["30-39"] });
    expect(refiltered.get("by")).toBe("gender");
    expect(refiltered.get("status")).toBe("2019-12-31");
  });
});
