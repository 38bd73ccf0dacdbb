// What an evaluator may see of a programme, and the cohort's rows: shared by the evaluation
// procedures (packages/api/src/router/evaluation.ts).
import { filterParticipants } from "@skridt/analytics";
import { todayLocal } from "@skridt/instruments";
import { loadProgrammeInstruments, registryWith } from "../programme-instruments/cache";
import type { TEvaluationFilter } from "@skridt/validators";
import { planFromStored } from "../surveys/plan";
import type { OrgContext } from "../trpc";
import { loadProgrammeRows, type RowKind } from "./load";
import type { CohortScope } from "./read-counts";
import { evaluableOrganisations } from "./scope";

/**
 * What this evaluator may see of a programme: the organisations (those chosen in the filter
 * among those allowed), the programme, its own instruments; and the audit row of the read.
 */
export async function scope(ctx: OrgContext, programmeId: string, filter: TEvaluationFilter, views: string[]) {
  const organisations = await evaluableOrganisations(ctx.db, ctx.user, programmeId);
  const allowed = organisations.map((o) => o.id);
  const chosen = filter.organisationIds ? allowed.filter((id) => filter.organisationIds!.includes(id)) : allowed;
  const programme = await ctx.db.programme.findUniqueOrThrow({
    where: { id: programmeId },
    select: { name: true, measurementPlan: true, progressionPlan: true, reviewIntervalDays: true, changeNorms: true },
  });
  // The programme's own instruments (also into the process cache, where the free-text filter looks).
  const ownInstruments = await loadProgrammeInstruments(ctx.db, programmeId);
  // The filter too: a run of reads whose cohorts differ by a day or a person (a differencing
  // attempt) shows in the log as such.
  await ctx.audit({ action: "evaluation.read", targetType: "programme", targetId: programmeId, detail: { views, filter } });
  const { organisationIds: _chosenAbove, ...criteria } = filter;
  const cohort: CohortScope = { programmeId, organisationIds: chosen, filter: criteria };
  return { organisations, cohort, programme, plan: planFromStored(programme.measurementPlan), instruments: registryWith(ownInstruments) };
}

/** The cohort's participants (filtered) and the rows of the kinds asked for. */
export async function cohortRows(ctx: Pick<OrgContext, "db">, cohort: CohortScope, want: RowKind[]) {
  const rows = await loadProgrammeRows(ctx.db, cohort.programmeId, [...cohort.organisationIds], want);
  const { filter } = cohort;
  const participants = filterParticipants(rows.participants, {
    ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
    ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
    ...(filter.genders ? { genders: filter.genders } : {}),
    ...(filter.ageBands ? { ageBands: filter.ageBands } : {}),
    ...(filter.participation ? { participation: filter.participation, asOf: todayLocal() } : {}),
  });
  return { rows, participants };
}
