// Key figures side by side for groups of the cohort (each organisation, gender, age band at
// enrolment, or enrolment year). Each group is the cohort with one more filter, so a group's
// figures are exactly what the overview and questionnaire pages show for that filter.
import { breakdown, outcomes, pairedChangeFromCounts, responseRatesFromCounts, suppressCount, suppressOutcomes, suppressPairedChange, suppressResponseRates, type TBreakdownBy, type TTarget } from "@skridt/analytics";
import type { Db } from "@skridt/db";
import type { TInstrument } from "@skridt/instruments";
import { cohortRows } from "./cohort";
import { scaleMetas, statusCatalogue } from "./metadata";
import { readSurveyStateCounts, type CohortScope } from "./read-counts";
import { readScaleFigureCounts } from "./read-scale-figures";

export const BREAKDOWN_BY = ["organisation", "gender", "ageBand", "enrolmentYear"] as const;
export type BreakdownBy = (typeof BREAKDOWN_BY)[number] & TBreakdownBy;

const OCCASIONS = ["start", "end"];

/** The cohort narrowed to one group. */
function groupScope(cohort: CohortScope, by: BreakdownBy, key: string): CohortScope {
  const filter = { ...cohort.filter };
  switch (by) {
    case "organisation":
      return { ...cohort, organisationIds: [key] };
    case "gender":
      return { ...cohort, filter: { ...filter, genders: [key as "female" | "male" | "other" | "unknown"] } };
    case "ageBand":
      return { ...cohort, filter: { ...filter, ageBands: [key as "18-29"] } };
    case "enrolmentYear": {
      const from = `${key}-01-01`;
      const to = `${key}-12-31`;
      return { ...cohort, filter: { ...filter, enrolledFrom: filter.enrolledFrom && filter.enrolledFrom > from ? filter.enrolledFrom : from, enrolledTo: filter.enrolledTo && filter.enrolledTo < to ? filter.enrolledTo : to } };
    }
  }
}

export async function breakdownFigures(
  db: Db,
  cohort: CohortScope,
  by: BreakdownBy,
  context: { instruments: Readonly<Record<string, TInstrument>>; targets: readonly TTarget[]; today: string },
) {
  const { rows, participants } = await cohortRows({ db }, cohort, ["statusEvents"]);
  const metas = scaleMetas(context.instruments);
  const groups = [];
  for (const group of breakdown(participants, by)) {
    const scope = groupScope(cohort, by, group.key);
    const states = await readSurveyStateCounts(db, scope, OCCASIONS);
    const scales = await readScaleFigureCounts(db, scope.programmeId, scope.organisationIds, scope.filter);
    const result = outcomes(group.participants, rows.statusEvents, statusCatalogue(), { asOf: context.today, employmentMonths: 6, targets: context.targets });
    groups.push({
      key: group.key,
      enrolled: suppressCount(group.participants.length),
      responseRates: suppressResponseRates(responseRatesFromCounts(group.participants.length, states, OCCASIONS)),
      change: suppressPairedChange(pairedChangeFromCounts(scales, metas)).map((c) => ({
        instrumentId: c.instrumentId,
        scaleId: c.scaleId,
        n: c.paired.n,
        meanChange: c.paired.meanChange,
        ci95: c.paired.ci95,
      })),
      targets: suppressOutcomes(result).targets,
    });
  }
  return groups;
}
