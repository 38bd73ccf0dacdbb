import { ageOn, monthOf, yearOf } from "./dates";
import type { TIsoDate, TParticipantRow } from "./types";

export const AGE_BANDS = ["<18", "18-29", "30-39", "40-49", "50-59", "60+"] as const;
export type TAgeBand = (typeof AGE_BANDS)[number] | "unknown";

/** The band of an age in whole years; "unknown" when there is no age. */
export function bandOfAge(age: number | null): TAgeBand {
  if (age === null) return "unknown";
  if (age < 18) return "<18";
  if (age < 30) return "18-29";
  if (age < 40) return "30-39";
  if (age < 50) return "40-49";
  if (age < 60) return "50-59";
  return "60+";
}

/**
 * Age band on a day. By default (in filters and breakdowns) the day is the participant's
 * enrolment: an evaluator asks "how old were they when they started", and a band that
 * shifted with the report date would move people between groups from one report to the next.
 */
export function ageBand(birth: { birthDate?: TIsoDate | null; birthYear?: number | null } | number, onDate: TIsoDate): TAgeBand {
  return bandOfAge(ageOn(typeof birth === "number" ? { birthYear: birth } : birth, onDate));
}

export type TParticipantFilter = {
  organisationIds?: readonly string[];
  /** Enrolled on or after this day (inclusive). */
  enrolledFrom?: TIsoDate;
  /** Enrolled on or before this day (inclusive). */
  enrolledTo?: TIsoDate;
  /** Gender codes as stored; "unknown" matches a missing gender. */
  genders?: readonly string[];
  ageBands?: readonly TAgeBand[];
  /** Day the age band is taken on; default each participant's enrolment day. */
  ageOn?: TIsoDate;
  /** "ended": ended on or before `asOf`; "active": not (yet) ended by then; "all" or absent: both. */
  participation?: "all" | "ended" | "active";
  /** The report day the participation filter is read on (required with "ended" or "active"). */
  asOf?: TIsoDate;
};

/** The participants matching every given criterion (an absent criterion matches all). */
export function filterParticipants(rows: readonly TParticipantRow[], filter: TParticipantFilter = {}): TParticipantRow[] {
  const orgs = filter.organisationIds ? new Set(filter.organisationIds) : null;
  const genders = filter.genders ? new Set(filter.genders) : null;
  const bands = filter.ageBands ? new Set<TAgeBand>(filter.ageBands) : null;
  return rows.filter((p) => {
    if (orgs && !orgs.has(p.organisationId)) return false;
    if (filter.enrolledFrom !== undefined && p.enrolledOn < filter.enrolledFrom) return false;
    if (filter.enrolledTo !== undefined && p.enrolledOn > filter.enrolledTo) return false;
    if (genders && !genders.has(p.gender ?? "unknown")) return false;
    if (bands && !bands.has(ageBand(p, filter.ageOn ?? p.enrolledOn))) return false;
    if (filter.participation === "ended" || filter.participation === "active") {
      const ended = !!p.endedOn && filter.asOf !== undefined && p.endedOn <= filter.asOf;
      if ((filter.participation === "ended") !== ended) return false;
    }
    return true;
  });
}

export type TBreakdownBy = "organisation" | "gender" | "ageBand" | "enrolmentYear" | "enrolmentQuarter";

/** The group key of one participant, e.g. "2018-Q2" for enrolmentQuarter. */
export function groupKey(p: TParticipantRow, by: TBreakdownBy, ageDate?: TIsoDate): string {
  switch (by) {
    case "organisation":
      return p.organisationId;
    case "gender":
      return p.gender ?? "unknown";
    case "ageBand":
      return ageBand(p, ageDate ?? p.enrolledOn);
    case "enrolmentYear":
      return String(yearOf(p.enrolledOn));
    case "enrolmentQuarter":
      return `${yearOf(p.enrolledOn)}-Q${Math.floor((monthOf(p.enrolledOn) - 1) / 3) + 1}`;
  }
}

export type TGroup = { key: string; participants: TParticipantRow[] };

/**
 * Split participants into groups, in a stable order (age bands young to old, other keys
 * sorted, "unknown" last). Every statistic is then computed per group by passing the
 * group's participants, so a breakdown shows exactly what the overall view shows.
 */
export function breakdown(participants: readonly TParticipantRow[], by: TBreakdownBy, options: { ageOn?: TIsoDate } = {}): TGroup[] {
  const groups = new Map<string, TParticipantRow[]>();
  for (const p of participants) {
    const key = groupKey(p, by, options.ageOn);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const order = (key: string) => (by === "ageBand" ? (AGE_BANDS as readonly string[]).indexOf(key) : 0);
  return [...groups.entries()]
    .map(([key, list]) => ({ key, participants: list }))
    .sort((a, b) => {
      if (a.key === "unknown" || b.key === "unknown") return a.key === "unknown" ? 1 : -1;
      return order(a.key) - order(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
}

/** Run `compute` for each group: `byGroup(ps, "gender", (g) => responseRates(g, surveys, ...))`. */
export function byGroup<T>(
  participants: readonly TParticipantRow[],
  by: TBreakdownBy,
  compute: (group: TParticipantRow[]) => T,
  options: { ageOn?: TIsoDate } = {},
): Array<{ key: string; n: number; result: T }> {
  return breakdown(participants, by, options).map((g) => ({ key: g.key, n: g.participants.length, result: compute(g.participants) }));
}
