// The evaluator's figures for a programme: pseudonymous rows in, suppressed aggregates out.
import type { TRPCRouterRecord } from "@trpc/server";
import {
  attritionFromCounts,
  contactSummary,
  filterParticipants,
  itemDistributions,
  outcomes,
  pairedChangeFromCounts,
  progressionSpider,
  responseRates,
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
import { analyticsTargets, scaleMetas, statusCatalogue } from "../evaluation/metadata";
import { readScaleFigureCounts } from "../evaluation/read-scale-figures";
import { evaluableOrganisations } from "../evaluation/scope";
import { audit } from "../audit";
import { withoutFreeText } from "../privacy/free-text";
import { loadProgrammeInstruments, registryWith } from "../programme-instruments/cache";

type EvalCtx = Context & { user: NonNullable<Context["user"]>; organisationId: string };

/** The filtered participants and rows of a programme within what this evaluator may see. */
async function cohort(ctx: EvalCtx, programmeId: string, filter: TEvaluationFilter, want: RowKind[]) {
  const organisations = await evaluableOrganisations(ctx.db, ctx.user, programmeId);
  const allowed = organisations.map((o) => o.id);
  const chosen = filter.organisationIds ? allowed.filter((id) => filter.organisationIds!.includes(id)) : allowed;
  const rows = await loadProgrammeRows(ctx.db, programmeId, chosen, want);
  const participants = filterParticipants(rows.participants, {
    ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
    ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
    ...(filter.genders ? { genders: filter.genders } : {}),
    ...(filter.ageBands ? { ageBands: filter.ageBands } : {}),
  });
  const programme = await ctx.db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, measurementPlan: true, progressionPlan: true, reviewIntervalDays: true } });
  // The programme's own instruments (also into the process cache, where the free-text filter looks).
  const ownInstruments = await loadProgrammeInstruments(ctx.db, programmeId);
  await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "evaluation.read", targetType: "programme", targetId: programmeId, ip: ctx.ip, detail: { views: want } });
  return { organisations, chosen, rows, participants, programme, plan: planFromStored(programme.measurementPlan), ownInstruments };
}

const evaluatorProcedure = organisationProcedure("evaluator", "admin").input(ZEvaluationQuery);

export const evaluationRouter = {
  /** Enrolled, active and ended; response rates; outcomes against the target figures. */
  overview: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { organisations, rows, participants, programme, plan } = await cohort(ctx, input.programmeId, input.filter, ["surveys", "statusEvents"]);
    const today = todayLocal();
    const ended = participants.filter((p) => p.endedOn && p.endedOn <= today).length;
    const targets = analyticsTargets(plan);
    const result = outcomes(participants, rows.statusEvents, statusCatalogue(), { asOf: today, employmentMonths: 6, targets });
    return {
      programme: { id: input.programmeId, name: programme.name },
      organisations,
      counts: { enrolled: suppressCount(participants.length), active: suppressCount(participants.length - ended), ended: suppressCount(ended) },
      responseRates: suppressResponseRates(responseRates(participants, rows.surveys, { occasions: ["start", "end"] })),
      outcomes: suppressOutcomes(result),
      targets: targets.map((t) => ({ id: t.id, label: t.label, goalShare: t.goalShare })),
    };
  }),

  /** Contact volume in total and by kind, per participant. */
  contacts: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { rows, participants } = await cohort(ctx, input.programmeId, input.filter, ["contacts"]);
    return { contacts: suppressContacts(contactSummary(participants, rows.contacts)) };
  }),

  /** Per item start and end distributions, paired change per scale, and attrition. */
  questionnaires: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { rows, participants, ownInstruments, chosen } = await cohort(ctx, input.programmeId, input.filter, ["surveys", "answers"]);
    const metas = scaleMetas();
    // Paired change and attrition from start/end values grouped in the database.
    const { organisationIds: _applied, ...criteria } = input.filter;
    const counts = await readScaleFigureCounts(ctx.db, input.programmeId, chosen, criteria);
    return {
      instruments: Object.values(registryWith(ownInstruments)).map((i) => ({
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
      distributions: suppressItemDistributions(itemDistributions(participants, withoutFreeText(rows.answers), { occasions: ["start", "end"], surveys: rows.surveys })),
      change: suppressPairedChange(pairedChangeFromCounts(counts, metas)),
      attrition: suppressAttrition(attritionFromCounts(counts, metas)),
    };
  }),

  /** The cohort spider chart: mean area scores at first and latest review, and the change per area. */
  progression: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { rows, participants, programme } = await cohort(ctx, input.programmeId, input.filter, ["reviews"]);
    const { model, plan } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
    return {
      model: { id: model.id, title: model.title, range: model.range, areas: model.areas.filter((a) => plan.areaIds.includes(a.id)) },
      spider: suppressProgression(progressionSpider(participants, rows.reviews, { areas: plan.areaIds })),
    };
  }),
} satisfies TRPCRouterRecord;
