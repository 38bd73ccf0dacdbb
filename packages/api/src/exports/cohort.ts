// The evaluator's cohort for an export: the same organisations, filter and pseudonymous
// rows as the evaluation router's screens (the few lines of glue are repeated here rather
// than reaching into the router). Nothing here selects ParticipantIdentity.
import { filterParticipants } from "@skridt/analytics";
import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { SessionUser } from "../auth/session";
import { loadProgrammeRows, type ProgrammeRows, type RowKind } from "../evaluation/load";
import { evaluableOrganisations } from "../evaluation/scope";
import type { TEvaluationFilter } from "@skridt/validators";
import { loadProgrammeInstruments } from "../programme-instruments/cache";
import { planFromStored } from "../surveys/plan";

export type CohortParticipant = ProgrammeRows["participants"][number] & { organisationName: string };

export interface ExportCohort {
  programme: { id: string; name: string };
  organisations: { id: string; name: string }[];
  /** The organisations the filter kept (all the evaluator's, without an organisation filter). */
  organisationIds: string[];
  participants: CohortParticipant[];
  rows: ProgrammeRows;
  plan: ReturnType<typeof planFromStored>;
  progressionPlan: string;
  reviewIntervalDays: number;
}

export async function loadExportCohort(db: Db, user: SessionUser, programmeId: string, filter: TEvaluationFilter, want: RowKind[]): Promise<ExportCohort> {
  // Throws NOT_FOUND when the user evaluates no organisation of this programme.
  const organisations = await evaluableOrganisations(db, user, programmeId);
  const allowed = organisations.map((o) => o.id);
  const chosen = filter.organisationIds ? allowed.filter((id) => filter.organisationIds!.includes(id)) : allowed;
  const rows = await loadProgrammeRows(db, programmeId, chosen, want);
  const kept = new Set(
    filterParticipants(rows.participants, {
      ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
      ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
      ...(filter.genders ? { genders: filter.genders } : {}),
      ...(filter.ageBands ? { ageBands: filter.ageBands } : {}),
      // Ended / active as the evaluation pages read it: on today's date.
      ...(filter.participation ? { participation: filter.participation, asOf: todayLocal() } : {}),
    }).map((p) => p.participantId),
  );
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const participants = rows.participants
    .filter((p) => kept.has(p.participantId))
    .map((p) => ({ ...p, organisationName: names.get(p.organisationId) ?? "" }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, "da") || a.code.localeCompare(b.code));
  const programme = await db.programme.findUniqueOrThrow({
    where: { id: programmeId },
    select: { id: true, name: true, measurementPlan: true, progressionPlan: true, reviewIntervalDays: true },
  });
  // The programme's own instruments into this process's cache: the codebook and free-text filter look there.
  await loadProgrammeInstruments(db, programmeId);
  return {
    programme: { id: programme.id, name: programme.name },
    organisations,
    organisationIds: chosen,
    participants,
    rows,
    plan: planFromStored(programme.measurementPlan),
    progressionPlan: programme.progressionPlan,
    reviewIntervalDays: programme.reviewIntervalDays,
  };
}
