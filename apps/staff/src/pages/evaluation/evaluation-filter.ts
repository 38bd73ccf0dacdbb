import { AGE_BAND_VALUES, enrolmentMonth, firstDayOfMonth, lastDayOfMonth, type TEvaluationFilter } from "@skridt/validators";

// The filter lives in the URL query, so a view can be bookmarked, shared and reloaded:
// ?org=a&org=b&from=2016-01-01&to=2017-12-31&gender=female&age=30-39

export const GENDER_VALUES = ["female", "male", "other", "unknown"] as const;
export type Gender = (typeof GENDER_VALUES)[number];
export type AgeBand = (typeof AGE_BAND_VALUES)[number];
export { AGE_BAND_VALUES };

const FILTER_KEYS = ["org", "from", "to", "gender", "age"] as const;

function pick<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  return allowed.filter((a) => values.includes(a));
}

/** Unknown or malformed parameters are dropped rather than sent (the API would refuse them). */
export function filterFromSearch(search: URLSearchParams): TEvaluationFilter {
  const filter: TEvaluationFilter = {};
  const orgs = search.getAll("org").filter((id) => id.length > 0 && id.length <= 64);
  if (orgs.length > 0) filter.organisationIds = orgs.slice(0, 50);
  // Whole months (issue 11): a bookmarked day is read as its month, as the API reads it.
  const from = search.get("from");
  if (from && enrolmentMonth(from)) filter.enrolledFrom = firstDayOfMonth(from);
  const to = search.get("to");
  if (to && enrolmentMonth(to)) filter.enrolledTo = lastDayOfMonth(to);
  const genders = pick(search.getAll("gender"), GENDER_VALUES);
  if (genders.length > 0) filter.genders = genders;
  const ages = pick(search.getAll("age"), AGE_BAND_VALUES);
  if (ages.length > 0) filter.ageBands = ages;
  return filter;
}

export function searchFromFilter(filter: TEvaluationFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const id of filter.organisationIds ?? []) search.append("org", id);
  if (filter.enrolledFrom) search.set("from", filter.enrolledFrom);
  if (filter.enrolledTo) search.set("to", filter.enrolledTo);
  for (const g of filter.genders ?? []) search.append("gender", g);
  for (const a of filter.ageBands ?? []) search.append("age", a);
  return search;
}

/** The query with the filter's parameters replaced and the rest (a section's own view, e.g. ?by=gender) kept. */
export function withFilter(search: URLSearchParams, filter: TEvaluationFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of FILTER_KEYS) next.delete(key);
  for (const [key, value] of searchFromFilter(filter)) next.append(key, value);
  return next;
}

export function isFilterEmpty(filter: TEvaluationFilter): boolean {
  return !filter.organisationIds && !filter.enrolledFrom && !filter.enrolledTo && !filter.genders && !filter.ageBands;
}
