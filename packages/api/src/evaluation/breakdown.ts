// Key figures side by side for groups of the cohort (each organisation, gender, age band at
// enrolment, or enrolment year). Each group is the cohort with one more filter, so a group's
// figures are exactly what the overview and questionnaire pages show for that filter: the same
// people, so the same perturbation (disclosure control in packages/analytics). A group is listed
// only when its perturbed size may be shown, so whether a row is there says no more than its
// count would; the total minus the listed groups is the rest plus the noise of every figure.
import {
  addKeyed,
  disclosureOf,
  keyed,
  keyedHeadline,
  protectedPairedChangeFromCounts,
  protectHeadline,
  type TBreakdownBy,
  type TTarget,
} from "@skridt/analytics";
import { Prisma, type Db } from "@skridt/db";
import type { TInstrument } from "@skridt/instruments";
import { AGE_BAND_VALUES } from "@skridt/validators";
import { asText } from "./cohort-sql";
import { scaleMetas, statusCatalogue } from "./metadata";
import { inCohort, type CohortScope } from "./read-counts";
import { readParticipantHistories } from "./read-histories";
import { readScaleFigureCounts } from "./read-scale-figures";

export const BREAKDOWN_BY = ["organisation", "gender", "ageBand", "enrolmentYear"] as const;
export type BreakdownBy = (typeof BREAKDOWN_BY)[number] & TBreakdownBy;

const OCCASIONS = ["start", "end"];

type Gender = NonNullable<CohortScope["filter"]["genders"]>[number];
type AgeBand = NonNullable<CohortScope["filter"]["ageBands"]>[number];

/** A group's value within what the filter already allows: [key], or [] (an empty group) when the filter leaves it out. */
function narrowed<T extends string>(allowed: readonly T[] | undefined, key: T): T[] {
  return !allowed || allowed.includes(key) ? [key] : [];
}

/** The cohort narrowed to one group: the filter plus one more criterion, never instead of one. */
function groupScope(cohort: CohortScope, by: BreakdownBy, key: string): CohortScope {
  const filter = { ...cohort.filter };
  switch (by) {
    case "organisation":
      return { ...cohort, organisationIds: narrowed(cohort.organisationIds, key) };
    case "gender":
      return { ...cohort, filter: { ...filter, genders: narrowed(filter.genders, key as Gender) } };
    case "ageBand":
      return { ...cohort, filter: { ...filter, ageBands: narrowed(filter.ageBands, key as AgeBand) } };
    case "enrolmentYear": {
      const from = `${key}-01-01`;
      const to = `${key}-12-31`;
      return {
        ...cohort,
        filter: {
          ...filter,
          enrolledFrom: filter.enrolledFrom && filter.enrolledFrom > from ? filter.enrolledFrom : from,
          enrolledTo: filter.enrolledTo && filter.enrolledTo < to ? filter.enrolledTo : to,
        },
      };
    }
  }
}

/** The groups a cohort splits into, in display order (empty ones are dropped later). */
async function groupKeys(db: Db, cohort: CohortScope, by: BreakdownBy): Promise<string[]> {
  switch (by) {
    case "organisation":
      return [...cohort.organisationIds];
    case "gender":
      return ["female", "male", "other", "unknown"];
    case "ageBand":
      return [...AGE_BAND_VALUES];
    case "enrolmentYear": {
      const rows = await db.bulk.rows(
        Prisma.sql`SELECT DISTINCT substr(${asText(db, Prisma.sql`p."enrolledOn"`, 10)}, 1, 4) FROM "Participant" p WHERE ${inCohort(db, cohort)}`,
      );
      return rows.map((r) => String(r[0])).sort();
    }
  }
}

export async function breakdownFigures(
  db: Db,
  cohort: CohortScope,
  by: BreakdownBy,
  context: { instruments: Readonly<Record<string, TInstrument>>; targets: readonly TTarget[]; today: string },
) {
  const metas = scaleMetas(context.instruments);
  const groups = [];
  for (const key of await groupKeys(db, cohort, by)) {
    const scope = groupScope(cohort, by, key);
    const { histories } = await readParticipantHistories(db, scope, OCCASIONS);
    const population = keyed();
    for (const h of histories) addKeyed(population, h.key);
    const d = disclosureOf(population.key);
    const enrolled = d.perturb(population);
    if (!d.visible(enrolled)) continue;
    const scales = await readScaleFigureCounts(db, scope.programmeId, scope.organisationIds, scope.filter);
    // The overview's own figures for this group (headline.ts): the same denominators and the same people, so the same noise.
    const headline = protectHeadline(
      keyedHeadline(histories, OCCASIONS, statusCatalogue(), { today: context.today, targets: context.targets, employmentMonths: 6 }),
      d,
    );
    groups.push({
      key,
      enrolled,
      responseRates: headline.responseRates,
      change: protectedPairedChangeFromCounts(scales, metas, d).map((c) => ({
        instrumentId: c.instrumentId,
        scaleId: c.scaleId,
        n: c.paired.n,
        meanChange: c.paired.meanChange,
        ci95: c.paired.ci95,
      })),
      targets: headline.outcomes.targets,
    });
  }
  return groups;
}
