// The rule that closes averaging (issue 11, item 1; docs/privacy.md): an evaluator cohort is
// answered only when its members differ from every cohort already answered for the programme,
// and from the evaluator's whole programme, by 0 or by 5 or more people. Pure: the members are
// worked out here, on today's rows, by the same filterParticipants the figures use.
import { addKeyed, disclosureOf, filterParticipants, groupKey, keyed, keyOfRow, type TParticipantRow } from "@skridt/analytics";
import type { TEvaluationFilter } from "@skridt/validators";

/** Two answered cohorts may differ by none of these numbers of people. */
export const SMALLEST_SAFE_DIFFERENCE = 5;

/** A cohort as recorded: the organisations always spelled out, every list sorted, nothing that means "all". */
export type TCohortFilter = {
  organisationIds: string[];
  enrolledFrom?: string;
  enrolledTo?: string;
  genders?: string[];
  ageBands?: string[];
  participation?: "ended" | "active";
};

export type TGuardedBreakdown = "organisation" | "gender" | "ageBand" | "enrolmentYear";

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

/** The filter as the cohort it selects among the organisations this user may evaluate. */
export function normaliseCohortFilter(filter: TEvaluationFilter, allowed: readonly string[]): TCohortFilter {
  const chosen = filter.organisationIds ? allowed.filter((id) => filter.organisationIds!.includes(id)) : allowed;
  return {
    organisationIds: sorted(chosen),
    ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
    ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
    ...(filter.genders ? { genders: sorted(filter.genders) } : {}),
    ...(filter.ageBands ? { ageBands: sorted(filter.ageBands) } : {}),
    ...(filter.participation && filter.participation !== "all" ? { participation: filter.participation } : {}),
  };
}

/** The same cohort filter always gives the same text (key order fixed by normaliseCohortFilter). */
export function cohortFilterText(filter: TCohortFilter): string {
  return JSON.stringify(normaliseCohortFilter(filter as TEvaluationFilter, filter.organisationIds));
}

/** A group of a breakdown ("Grupper") as a cohort filter: the cohort plus one more criterion, as breakdown.ts narrows it. */
function groupFilter(filter: TCohortFilter, by: TGuardedBreakdown, key: string): TCohortFilter {
  const narrowed = (allowed: readonly string[] | undefined) => (!allowed || allowed.includes(key) ? [key] : []);
  switch (by) {
    case "organisation":
      return { ...filter, organisationIds: narrowed(filter.organisationIds) };
    case "gender":
      return { ...filter, genders: narrowed(filter.genders) };
    case "ageBand":
      return { ...filter, ageBands: narrowed(filter.ageBands) };
    case "enrolmentYear": {
      const from = `${key}-01-01`;
      const to = `${key}-12-31`;
      return {
        ...filter,
        enrolledFrom: filter.enrolledFrom && filter.enrolledFrom > from ? filter.enrolledFrom : from,
        enrolledTo: filter.enrolledTo && filter.enrolledTo < to ? filter.enrolledTo : to,
      };
    }
  }
}

export class CohortMembers {
  private readonly cache = new Map<string, Set<TParticipantRow>>();
  constructor(
    private readonly rows: readonly TParticipantRow[],
    private readonly asOf: string,
  ) {}

  /** Today's members of a cohort (every participant of the programme the filter keeps). */
  of(filter: TCohortFilter): Set<TParticipantRow> {
    const text = cohortFilterText(filter);
    let members = this.cache.get(text);
    if (!members) {
      members = new Set(
        filterParticipants(this.rows, {
          organisationIds: filter.organisationIds,
          ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
          ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
          ...(filter.genders ? { genders: filter.genders } : {}),
          ...(filter.ageBands ? { ageBands: filter.ageBands as never } : {}),
          ...(filter.participation ? { participation: filter.participation, asOf: this.asOf } : {}),
        }),
      );
      this.cache.set(text, members);
    }
    return members;
  }

  /**
   * The groups a breakdown of this cohort publishes, as filters: those with members whose
   * perturbed size may be shown (breakdown.ts lists no other), so a group that is never shown
   * neither counts against nor is held against anyone.
   */
  publishedGroups(filter: TCohortFilter, by: TGuardedBreakdown): TCohortFilter[] {
    const keys = new Set([...this.of(filter)].map((p) => groupKey(p, by)));
    return [...keys]
      .map((key) => groupFilter(filter, by, key))
      .filter((group) => {
        const population = keyed();
        for (const p of this.of(group)) addKeyed(population, keyOfRow(p));
        const d = disclosureOf(population.key);
        return population.count > 0 && d.visible(d.perturb(population));
      });
  }
}

/** People in one cohort and not the other. */
export function difference(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size - 2 * shared;
}

export type TCohortConflict = { asked: TCohortFilter; answered: TCohortFilter; difference: number };

/**
 * The first asked cohort that differs from an answered one (or the whole programme) by 1 to 4
 * people, or null when every asked cohort may be answered. The whole programme itself is never
 * refused (the other cohort of such a pair is); empty cohorts publish nothing and are passed over.
 */
export function firstConflict(
  members: CohortMembers,
  asked: readonly TCohortFilter[],
  answered: readonly TCohortFilter[],
  whole: TCohortFilter,
): TCohortConflict | null {
  const wholeMembers = members.of(whole);
  const others = [whole, ...answered];
  for (const cohort of asked) {
    const mine = members.of(cohort);
    if (mine.size === 0 || difference(mine, wholeMembers) === 0) continue;
    for (const other of others) {
      const theirs = members.of(other);
      if (theirs.size === 0) continue;
      const d = difference(mine, theirs);
      if (d > 0 && d < SMALLEST_SAFE_DIFFERENCE) return { asked: cohort, answered: other, difference: d };
    }
  }
  return null;
}
