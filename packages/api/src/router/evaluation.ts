// The evaluator's figures for a programme: pseudonymous counts and rows in, protected
// aggregates out. What may be shown is decided by disclosure control in packages/analytics
// (perturbed by each cohort's cell keys, docs/privacy.md); this file only reads and asks.
// What can be counted in the database is (bench/analytics); outcomes and progression need
// each participant's history and read rows.
import type { TRPCRouterRecord } from "@trpc/server";
import {
  contactBinsFromCounts,
  disclosureOf,
  keyedItemDistributionsFromCounts,
  keyedOutcomesOfHistories,
  keyedResponseRatesFromCounts,
  keyOfRow,
  protectCohortCounts,
  protectContacts,
  protectedAttritionFromCounts,
  protectedPairedChangeFromCounts,
  protectedProgressionSpider,
  protectItemDistributions,
  protectOutcomes,
  protectResponseRates,
} from "@skridt/analytics";
import { todayLocal } from "@skridt/instruments";
import { z } from "zod";
import { ZEvaluationQuery } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { progressionFromStored } from "../workspace/progression-plan";
import { BREAKDOWN_BY, breakdownFigures } from "../evaluation/breakdown";
import { cohortRows, scope } from "../evaluation/cohort";
import { analyticsTargets, itemCategories, scaleMetas, statusCatalogue } from "../evaluation/metadata";
import { readAnswerValueCounts, readCohortSize, readContactCountGroups } from "../evaluation/read-counts";
import { readParticipantHistories } from "../evaluation/read-histories";
import { readScaleFigureCounts } from "../evaluation/read-scale-figures";
import { withoutFreeText } from "../privacy/free-text";

const OCCASIONS = ["start", "end"];
const evaluatorProcedure = organisationProcedure("evaluator", "admin").input(ZEvaluationQuery);

export const evaluationRouter = {
  /** Enrolled, active and ended; response rates; outcomes against the target figures. */
  overview: organisationProcedure("evaluator", "admin")
    .input(
      ZEvaluationQuery.extend({
        // Outcomes on this day for everyone; without it, each participant's status when they ended (or today).
        statusOn: z.iso.date().optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { organisations, cohort, programme, plan } = await scope(ctx, input.programmeId, input.filter, ["overview"]);
      const today = todayLocal();
      // One row per participant: end day, how far each questionnaire got, status events, cell key.
      const { histories, surveyStates } = await readParticipantHistories(ctx.db, cohort, OCCASIONS);
      let everyone = 0;
      let ended = 0;
      let endedKey = 0;
      for (const h of histories) {
        everyone += h.key;
        if (h.endedOn && h.endedOn <= today) {
          ended++;
          endedKey += h.key;
        }
      }
      const counts = {
        enrolled: { count: histories.length, key: everyone },
        active: { count: histories.length - ended, key: everyone - endedKey },
        ended: { count: ended, key: endedKey },
      };
      const d = disclosureOf(counts.enrolled.key);
      const targets = analyticsTargets(plan);
      const result = keyedOutcomesOfHistories(histories, statusCatalogue(), {
        ...(input.statusOn ? { asOf: input.statusOn, atEnd: false } : { asOf: today }),
        employmentMonths: 6,
        targets,
      });
      return {
        programme: { id: input.programmeId, name: programme.name },
        statusOn: input.statusOn ?? null,
        organisations,
        counts: protectCohortCounts(counts, d),
        responseRates: protectResponseRates(keyedResponseRatesFromCounts(counts.enrolled, surveyStates, OCCASIONS), d),
        outcomes: protectOutcomes(result, d),
        targets: targets.map((t) => ({ id: t.id, label: t.label, goalShare: t.goalShare })),
      };
    }),

  /** Contact volume in total and by kind, per participant. */
  contacts: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { cohort } = await scope(ctx, input.programmeId, input.filter, ["contacts"]);
    const size = await readCohortSize(ctx.db, cohort, todayLocal());
    const groups = await readContactCountGroups(ctx.db, cohort);
    return { contacts: protectContacts({ count: size.enrolled, key: size.key }, contactBinsFromCounts(groups), disclosureOf(size.key)) };
  }),

  /** Per item start and end distributions, paired change per scale, and attrition: all from counts grouped in the database. */
  questionnaires: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { cohort, instruments } = await scope(ctx, input.programmeId, input.filter, ["questionnaires"]);
    const metas = scaleMetas(instruments);
    // The cohort's key sum: every figure below is perturbed as this cohort's.
    const d = disclosureOf((await readCohortSize(ctx.db, cohort, todayLocal())).key);
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
        scales: i.scales.map((s) => ({
          id: s.id,
          label: s.label,
          range: s.range,
          higherIsBetter: s.higherIsBetter,
          minimalImportantChange: s.minimalImportantChange ?? null,
        })),
      })),
      distributions: protectItemDistributions(
        keyedItemDistributionsFromCounts(withoutFreeText(answers), { occasions: OCCASIONS, categories: itemCategories(instruments) }),
        d,
      ),
      change: protectedPairedChangeFromCounts(scales, metas, d),
      attrition: protectedAttritionFromCounts(scales, metas, d),
    };
  }),

  /** Key figures per group (organisation, gender, age band or enrolment year), side by side. */
  breakdown: organisationProcedure("evaluator", "admin")
    .input(ZEvaluationQuery.extend({ by: z.enum(BREAKDOWN_BY) }))
    .query(async ({ ctx, input }) => {
      const { organisations, cohort, plan, instruments } = await scope(ctx, input.programmeId, input.filter, [`breakdown:${input.by}`]);
      const targets = analyticsTargets(plan);
      const groups = await breakdownFigures(ctx.db, cohort, input.by, { instruments, targets, today: todayLocal() });
      const names = new Map(organisations.map((o) => [o.id, o.name]));
      return {
        by: input.by,
        targets: targets.map((t) => ({ id: t.id, label: t.label, goalShare: t.goalShare })),
        groups: groups.map((g) => ({ ...g, label: input.by === "organisation" ? (names.get(g.key) ?? g.key) : g.key })),
      };
    }),

  /** The cohort spider chart: mean area scores at first and latest review, and the change per area. */
  progression: evaluatorProcedure.query(async ({ ctx, input }) => {
    const { cohort, programme } = await scope(ctx, input.programmeId, input.filter, ["progression"]);
    const { rows, participants } = await cohortRows(ctx, cohort, ["reviews"]);
    const { model, plan } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
    const d = disclosureOf(participants.reduce((sum, p) => sum + keyOfRow(p), 0));
    return {
      model: { id: model.id, title: model.title, range: model.range, areas: model.areas.filter((a) => plan.areaIds.includes(a.id)) },
      spider: protectedProgressionSpider(participants, rows.reviews, d, { areas: plan.areaIds }),
    };
  }),
} satisfies TRPCRouterRecord;
