import type { RouterInputs } from "@skridt/api";

// A section's own view lives in the URL beside the filter, so it is bookmarked, shared and
// kept on reload like the filter: ?by=gender on "Grupper", ?status=2019-12-31 on the overview.

export type BreakdownBy = RouterInputs["evaluation"]["breakdown"]["by"];
export const BREAKDOWN_BY = ["organisation", "gender", "ageBand", "enrolmentYear"] as const satisfies readonly BreakdownBy[];
export const DEFAULT_BREAKDOWN: BreakdownBy = "organisation";

/** The grouping asked for, or the default when the parameter is missing or unknown. */
export function breakdownFromSearch(search: URLSearchParams): BreakdownBy {
  const by = search.get("by");
  return BREAKDOWN_BY.find((b) => b === by) ?? DEFAULT_BREAKDOWN;
}

/** A real calendar day (not "2019-02-30"), as the API would accept it. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The day to show statuses on; undefined means each participant's status at their end. */
export function statusOnFromSearch(search: URLSearchParams): string | undefined {
  const day = search.get("status");
  return day && isCalendarDay(day) ? day : undefined;
}

/** The query with one view parameter set (or removed, for the default), the filter kept. */
export function withViewParam(search: URLSearchParams, name: "by" | "status", value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value === undefined) next.delete(name);
  else next.set(name, value);
  return next;
}
