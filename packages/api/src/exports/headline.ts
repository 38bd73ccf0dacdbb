// The overview's headline figures for the export's cohort, read the way the overview reads them
// (router/evaluation.ts), so the aggregate file's counts, response rates and status at the end
// are the page's, over the page's denominators (issue 15).
import { keyedHeadline, type TKeyedHeadline } from "@skridt/analytics";
import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { TEvaluationFilter } from "@skridt/validators";
import { analyticsTargets, statusCatalogue } from "../evaluation/metadata";
import { readParticipantHistories } from "../evaluation/read-histories";
import type { ExportCohort } from "./cohort";

const OCCASIONS = ["start", "end"];

export async function exportHeadline(db: Db, cohort: ExportCohort, filter: TEvaluationFilter): Promise<TKeyedHeadline> {
  const { organisationIds: _chosen, ...criteria } = filter;
  const { histories } = await readParticipantHistories(
    db,
    { programmeId: cohort.programme.id, organisationIds: cohort.organisationIds, filter: criteria },
    OCCASIONS,
  );
  return keyedHeadline(histories, OCCASIONS, statusCatalogue(), {
    today: todayLocal(),
    statusOn: null,
    targets: analyticsTargets(cohort.plan),
    employmentMonths: 6,
  });
}
