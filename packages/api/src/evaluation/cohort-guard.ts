// Refuses an evaluator cohort that differs by 1 to 4 people from a cohort already answered for
// the programme (any evaluator's) or from the evaluator's whole programme, and records the ones
// it lets through (issue 11, item 1: averaging many such pairs recovers one person's answers).
// Called before any figure is read by every evaluator path that publishes figures for a filter:
// the evaluation procedures (and so the report) and the aggregate export.
import { createHash } from "node:crypto";
import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { TEvaluationFilter } from "@skridt/validators";
import type { SessionUser } from "../auth/session";
import { apiError } from "../errors";
import { loadProgrammeRows } from "./load";
import { CohortMembers, cohortFilterText, firstConflict, normaliseCohortFilter, type TCohortFilter, type TGuardedBreakdown } from "./cohort-guard-rule";
import { evaluableOrganisations } from "./scope";

const keyOf = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Throws `cohort_too_close` when the cohort (and, for a breakdown, any group it would show) is
 * 1 to 4 people away from an answered cohort; otherwise records them as answered. Members are
 * worked out on today's data for every cohort, so the whole programme stays answerable as
 * people enrol (what changes over time is left to the cell-key noise).
 */
export async function guardCohort(db: Db, user: SessionUser, programmeId: string, filter: TEvaluationFilter, breakdownBy?: TGuardedBreakdown): Promise<void> {
  const allowed = (await evaluableOrganisations(db, user, programmeId)).map((o) => o.id);
  const linked = await db.programmeOrganisation.findMany({ where: { programmeId }, select: { organisationId: true } });
  // Every organisation's participants: another evaluator's cohorts may reach beyond this one's.
  const { participants } = await loadProgrammeRows(
    db,
    programmeId,
    linked.map((l) => l.organisationId),
    [],
  );
  const members = new CohortMembers(participants, todayLocal());
  const cohort = normaliseCohortFilter(filter, allowed);
  const asked = [cohort, ...(breakdownBy ? members.publishedGroups(cohort, breakdownBy) : [])];
  const whole = normaliseCohortFilter({}, allowed);

  // Check and record in one transaction, one at a time per programme (SQLite has one writer;
  // PostgreSQL an advisory lock), so two evaluators asking near cohorts at once cannot both pass.
  await db.$transaction(async (tx) => {
    if (db.engine === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`skridt-cohort:${programmeId}`}))`;
    const recorded = await tx.answeredCohortFilter.findMany({ where: { programmeId }, select: { filterKey: true, filter: true } });
    const answered = recorded.map((r) => JSON.parse(r.filter) as TCohortFilter);
    if (firstConflict(members, asked, answered, whole)) throw apiError("FORBIDDEN", "cohort_too_close");
    const known = new Set(recorded.map((r) => r.filterKey));
    for (const one of asked) {
      if (members.of(one).size === 0) continue;
      const text = cohortFilterText(one);
      const filterKey = keyOf(text);
      if (known.has(filterKey)) continue;
      known.add(filterKey);
      await tx.answeredCohortFilter.upsert({
        where: { programmeId_filterKey: { programmeId, filterKey } },
        create: { programmeId, filterKey, filter: text },
        update: {},
      });
    }
  });
}
