// The evaluator's figures for a programme: pseudonymous counts and rows in, suppressed
// aggregates out. What can be counted in the database is (bench/analytics); outcomes,
// contacts and progression need each participant's history and read rows.
import type { TRPCRouterRecord } from "@trpc/server";
import {
  attritionFromCounts,
  contactSummary,
  filterParticipants,
  itemDistributionsFromCounts,
  outcomes,
  pairedChangeFromCounts,
  progressionSpider,
  responseRatesFromCounts,
  suppressAttrition,
  suppressContacts,
  suppressCount,
  suppressItemDistributions,
  suppressOutcomes,
  suppressPairedChange,
  suppressProgression,
  suppressResponseRates,
} from "@skridt/analytics";
import { todayLocal } from "@skridt/instruments";
import type { Context } from "../context";
import { ZEvaluationQuery, type TEvaluationFilter } from "../schemas/evaluation";
import { planFromStored } from "../surveys/plan";
import { organisationProcedure } from "../trpc";
import { progressionFromStored } from "../workspace/progression-plan";
import { loadProgrammeRows, type RowKind } from "../evaluation/load";
import { analyticsTargets, itemCategories, scaleMetas, statusCatalogue } from "../evaluation/metadata";
import { readAnswerValueCounts, readCohortSize, readSurveyStateCounts, type CohortScope } from "../evaluation/read-counts";
import { readScaleFigureCounts } from "../evaluation/read-scale-figures";
import { evaluableOrganisations } from "../evaluation/scope";
import { audit } from "../audit";
import { withoutFreeText } from "../privacy/free-text";
import { loadProgrammeInstruments, registryWith } from "../programme-instruments/cache";

type EvalCtx = Context & { user: NonNullable<Context["user"]>; organisationId: string };

/**
 * What this evaluator may see of a programme: the organisations (those chosen in the filter
 * among those allowed), the programme, its own instruments; and the audit row of the read.
 */
async function scope(ctx: EvalCtx, programmeId: string, filter: TEvaluationFilter, views: string[]) {
  const organisations = await evaluableOrganisations(ctx.db, ctx.user, programmeId);
  const allowed = organisations.map((o) => o.id);
  const chosen = filter.organisationIds ? allowed.filter((id) => filter.organisationIds!.includes(id)) : allowed;
  const programme = await ctx.db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, measurementPlan: true, progressionPlan: true, reviewIntervalDays: true } });
  // The programme's own instruments (also into the process cache, where the free-text filter looks).
  const ownInstruments = await loadProgrammeInstruments(ctx.db, programmeId);
  await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "evaluation.read", targetType: "programme", targetId: programmeId, ip: ctx.ip, detail: { views } });
  const { organisationIds: _chosenAbove, ...criteria } = filter;
  const cohort: CohortScope = { programmeId, organisationIds: chosen, filter: criteria };
  return { organisations, cohort, programme, plan: planFromStored(programme.measurementPlan), instruments: registryWith(ownInstruments) };
}

/** The cohort's participants (filtered) and the rows of the kinds asked for. */
async function cohortRows(ctx: EvalCtx, cohort: CohortScope, want: RowKind[]) {
  const rows = await loadProgrammeRows(ctx.db, cohort.programmeId, [...cohort.organisationIds], want);
  const { filter } = cohort;
  const participants = filterParticipants(rows.participants, {
    ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
    ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
    ...(filter.genders ? { genders: filter.genders } : {}),
    ...(filter.ageBands ? { ageBands: filter.ageBands } : {}),
  });
  return { rows, participants };
}

const OCCASIONS = ["start", "end"];
const evaluatorProcedure = organisationProcedure("evaluator", "admin").input(ZEvaluationQuery);

export const evaluationRouter = {
  /** Enrolled, active and ended; response rates; outcomes against the target figures. */
  overview: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { organisations, cohort, programme, plan } = await scope(ctx, input.programmeId, input.filter, ["overview"]);
    const today = todayLocal();
    // Counts and response rates are counted in the database; outcomes need each participant's status history.
    const size = await readCohortSize(ctx.db, cohort, today);
    const states = await readSurveyStateCounts(ctx.db, cohort, OCCASIONS);
    const { rows, participants } = await cohortRows(ctx, cohort, ["statusEvents"]);
    const targets = analyticsTargets(plan);
    const result = outcomes(participants, rows.statusEvents, statusCatalogue(), { asOf: today, employmentMonths: 6, targets });
    return {
      programme: { id: input.programmeId, name: programme.name },
      organisations,
      counts: { enrolled: suppressCount(size.enrolled), active: suppressCount(size.enrolled - size.ended), ended: suppressCount(size.ended) },
      responseRates: suppressResponseRates(responseRatesFromCounts(size.enrolled, states, OCCASIONS)),
      outcomes: suppressOutcomes(result),
      targets: targets.map((t) => ({ id: t.id, label: t.label, goalShare: t.goalShare })),
    };
  }),

  /** Contact volume in total and by kind, per participant. */
  contacts: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { cohort } = await scope(ctx, input.programmeId, input.filter, ["contacts"]);
    const { rows, participants } = await cohortRows(ctx, cohort, ["contacts"]);
    return { contacts: suppressContacts(contactSummary(participants, rows.contacts)) };
  }),

  /** Per item start and end distributions, paired change per scale, and attrition: all from counts grouped in the database. */
  questionnaires: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { cohort, instruments } = await scope(ctx, input.programmeId, input.filter, ["questionnaires"]);
    const metas = scaleMetas(instruments);
    const answers = await readAnswerValueCounts(ctx.db, cohort, OCCASIONS);
    const scales = await readScaleFigureCounts(ctx.db, cohort.programmeId, cohort.organisationIds, cohort.filter);
    return {
      instruments: Object.values(instruments).map((i) => ({
        id: i.id,
        title: i.title,
        items: i.items.map((item) => ({
          id: item.id,
          type: item.type,
          prompt: item.prompt,
          options: "options" in item ? item.options.map((o) => ({ code: o.code, label: o.label })) : [],
        })),
        scales: i.scales.map((s) => ({ id: s.id, label: s.label, range: s.range, higherIsBetter: s.higherIsBetter, minimalImportantChange: s.minimalImportantChange ?? null })),
      })),
      distributions: suppressItemDistributions(itemDistributionsFromCounts(withoutFreeText(answers), { occasions: OCCASIONS, categories: itemCategories(instruments) })),
      change: suppressPairedChange(pairedChangeFromCounts(scales, metas)),
      attrition: suppressAttrition(attritionFromCounts(scales, metas)),
    };
  }),

  /** The cohort spider chart: mean area scores at first and latest review, and the change per area. */
  progression: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { cohort, programme } = await scope(ctx, input.programmeId, input.filter, ["progression"]);
    const { rows, participants } = await cohortRows(ctx, cohort, ["reviews"]);
    const { model, plan } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
    return {
      model: { id: model.id, title: model.title, range: model.range, areas: model.areas.filter((a) => plan.areaIds.includes(a.id)) },
      spider: suppressProgression(progressionSpider(participants, rows.reviews, { areas: plan.areaIds })),
    };
  }),
} satisfies TRPCRouterRecord;
