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
  keyedHeadline,
  keyOfRow,
  protectContacts,
  protectChannelResponses,
  protectedAttritionFromCounts,
  protectedPairedChangeFromCounts,
  protectedProgressionSpider,
  protectAgreement,
  protectHeadline,
  protectItemDistributions,
  protectReliableChange,
} from "@skridt/analytics";
import { normsFor, todayLocal } from "@skridt/instruments";
import { z } from "zod";
import { ZEvaluationQuery } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { progressionFromStored } from "../workspace/progression-plan";
import { BREAKDOWN_BY, breakdownFigures } from "../evaluation/breakdown";
import { cohortRows, scope } from "../evaluation/cohort";
import { guardCohort } from "../evaluation/cohort-guard";
import { analyticsTargets, itemCategories, scaleMetas, statusCatalogue } from "../evaluation/metadata";
import { readAnswerValueCounts, readCohortSize, readCompanyContacts, readContactCountGroups } from "../evaluation/read-counts";
import { readChannelResponses } from "../evaluation/read-channel-responses";
import { protectCareCounts, readCareCounts } from "../evaluation/care-counts";
import { readAgreementReviews } from "../evaluation/read-agreement";
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
      await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
      const { organisations, cohort, programme, plan } = await scope(ctx, input.programmeId, input.filter, ["overview"]);
      const today = todayLocal();
      // One row per participant: enrolment and end day, how far each questionnaire got, status events, cell key.
      const { histories } = await readParticipantHistories(ctx.db, cohort, OCCASIONS);
      const targets = analyticsTargets(plan);
      const headline = keyedHeadline(histories, OCCASIONS, statusCatalogue(), { today, statusOn: input.statusOn ?? null, targets, employmentMonths: 6 });
      const d = disclosureOf(headline.counts.enrolled.key);
      return {
        programme: { id: input.programmeId, name: programme.name },
        statusOn: input.statusOn ?? null,
        today,
        organisations,
        ...protectHeadline(headline, d),
        targets: targets.map((t) => ({ id: t.id, label: t.label, goalShare: t.goalShare })),
      };
    }),

  /** Contact volume in total and by kind, per participant. */
  contacts: evaluatorProcedure.query(async ({ ctx, input }) => {
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
    const { cohort } = await scope(ctx, input.programmeId, input.filter, ["contacts"]);
    const size = await readCohortSize(ctx.db, cohort, todayLocal());
    const groups = await readContactCountGroups(ctx.db, cohort);
    const d = disclosureOf(size.key);
    const all = protectContacts({ count: size.enrolled, key: size.key }, contactBinsFromCounts(groups), d);
    // Channels come back as kinds "channel:…" (read-counts.ts): the same protection, listed apart.
    const isChannel = (k: { kind: string }) => k.kind.startsWith("channel:");
    // Company contacts that belong to no participant: only without participant criteria (they
    // have no gender, age or enrolment), perturbed as a magnitude like every contact total.
    const participantCriteria = Object.entries(cohort.filter).some(([, v]) => v !== undefined);
    const company = participantCriteria
      ? null
      : (await readCompanyContacts(ctx.db, cohort)).map((k) => ({
          kind: k.kind,
          total: Math.max(0, Math.round(d.sum({ sum: k.contacts, top: k.largest, key: 0 }, `company-contacts:${k.kind}`))),
        }));
    return {
      contacts: { ...all, byKind: all.byKind.filter((k) => !isChannel(k)) },
      byChannel: all.byKind.filter(isChannel).map((k) => ({ ...k, channel: k.kind.slice("channel:".length) })),
      companyContacts: company,
    };
  }),

  /**
   * Response per occasion by how the questionnaire reached the participant (e-mail, SMS, handed
   * over, assisted, phone, paper) and how many answered after a reminder (issue 13): protected counts.
   */
  responseByChannel: evaluatorProcedure.query(async ({ ctx, input }) => {
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
    const { cohort } = await scope(ctx, input.programmeId, input.filter, ["response_by_channel"]);
    const d = disclosureOf((await readCohortSize(ctx.db, cohort, todayLocal())).key);
    return { rows: protectChannelResponses(await readChannelResponses(ctx.db, cohort), d) };
  }),

  /** Per item start and end distributions, paired change per scale, and attrition: all from counts grouped in the database. */
  questionnaires: evaluatorProcedure.query(async ({ ctx, input }) => {
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
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
      await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter, input.by);
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
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
    const { cohort, programme } = await scope(ctx, input.programmeId, input.filter, ["progression"]);
    const { rows, participants } = await cohortRows(ctx, cohort, ["reviews"]);
    const { model, plan } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
    const d = disclosureOf(participants.reduce((sum, p) => sum + keyOfRow(p), 0));
    return {
      model: { id: model.id, title: model.title, range: model.range, areas: model.areas.filter((a) => plan.areaIds.includes(a.id)) },
      spider: protectedProgressionSpider(participants, rows.reviews, d, { areas: plan.areaIds }),
    };
  }),
  /**
   * Reliable and clinically significant change per scale with a norm (Jacobson-Truax), beside the
   * field's convention: protected cohort counts and shares and a binned plot, never a person's RCI.
   */
  change: evaluatorProcedure.query(async ({ ctx, input }) => {
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
    const { cohort, instruments, programme } = await scope(ctx, input.programmeId, input.filter, ["change"]);
    const { norms, own } = normsFor(programme.changeNorms);
    // The cohort's key sum: the same people give the same noise as on the questionnaire page.
    const d = disclosureOf((await readCohortSize(ctx.db, cohort, todayLocal())).key);
    const counts = await readScaleFigureCounts(ctx.db, cohort.programmeId, cohort.organisationIds, cohort.filter);
    const scales = Object.values(instruments).flatMap((instrument) =>
      instrument.scales.map((scale) => ({ instrument, scale, norm: norms.find((n) => n.instrumentId === instrument.id && n.scaleId === scale.id) })),
    );
    return {
      scales: scales
        .filter((s) => s.norm)
        .map(({ instrument, scale, norm }) => {
          const groups = counts.filter((c) => c.instrumentId === instrument.id && c.scaleId === scale.id);
          const meta = { instrumentId: instrument.id, scaleId: scale.id, higherIsBetter: scale.higherIsBetter, range: scale.range };
          return {
            instrumentTitle: instrument.title,
            label: scale.label,
            range: scale.range,
            norm: { ...norm!, own: own.has(`${instrument.id}\u0000${scale.id}`) },
            figures: protectReliableChange(groups, meta, norm!, d),
          };
        }),
    };
  }),

  /** Agreement between the participant's own progression score and the mentor's, per area and over all areas. */
  agreement: evaluatorProcedure.query(async ({ ctx, input }) => {
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
    const { cohort, programme } = await scope(ctx, input.programmeId, input.filter, ["agreement"]);
    const { model, plan } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
    const d = disclosureOf((await readCohortSize(ctx.db, cohort, todayLocal())).key);
    const reviews = await readAgreementReviews(ctx.db, cohort);
    return {
      model: { id: model.id, title: model.title, range: model.range, areas: model.areas.filter((a) => plan.areaIds.includes(a.id)) },
      agreement: protectAgreement(reviews, model.range, plan.areaIds, d),
    };
  }),

  /** Questionnaires whose scores called for care, and those a mentor followed up, per occasion (issue 13): protected counts only. */
  care: evaluatorProcedure.query(async ({ ctx, input }) => {
    await guardCohort(ctx.db, ctx.user, input.programmeId, input.filter);
    const { cohort } = await scope(ctx, input.programmeId, input.filter, ["care"]);
    const d = disclosureOf((await readCohortSize(ctx.db, cohort, todayLocal())).key);
    return { rows: protectCareCounts(await readCareCounts(ctx.db, cohort), ["start", "end", "followup"], d) };
  }),
} satisfies TRPCRouterRecord;
