import { type TRPCRouterRecord } from "@trpc/server";
import { validatePlan } from "@skridt/instruments";
import { loadProgrammeInstruments, registryWith } from "../programme-instruments/cache";
import { z } from "zod";
import { planFromStored } from "../surveys/plan";
import { checkProgressionPlan, getProgressionModel, progressionModels, ZProgressionPlan } from "@skridt/instruments";
import { progressionFromStored } from "../workspace/progression-plan";
import { ZOrgScope, ZCreateProgramme, ZString } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { apiError, apiErrorWithDetail } from "../errors";
import { auditSharedSetting, programmeOwnership, requireProgrammeOwner } from "../workspace/programme-owner";
import { normScales, ownNormOf, withOwnNorm } from "../workspace/programme-norms";
import { handOverProgramme, programmeOwnershipView } from "../workspace/programme-handover";
import { ZHandOverProgramme, ZProgrammeOwnershipQuery } from "@skridt/validators";
import { programmeNormProblems, ZProgrammeNormsQuery, ZSetProgrammeScaleNorm } from "@skridt/validators";

export const programmeRouter = {
  /**
   * Programmes the organisation takes part in, with the organisation that owns each (its
   * administrators alone change the shared settings) and, for mentors and administrators,
   * the organisation's own participant counts. Evaluators get no counts: an exact count
   * beside the protected figures would undo their protection (issue 11).
   */
  list: organisationProcedure("admin", "mentor", "evaluator")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const programmes = await ctx.db.programme.findMany({
        where: { organisations: { some: { organisationId: ctx.organisationId } } },
        select: { id: true, name: true, description: true, reviewIntervalDays: true, startsOn: true, endsOn: true },
        orderBy: { name: "asc" },
      });
      const seesCounts = ctx.rolesHere.some((role) => role === "admin" || role === "mentor");
      const counts = seesCounts
        ? await ctx.db.participant.groupBy({ by: ["programmeId"], where: { organisationId: ctx.organisationId }, _count: { _all: true } })
        : [];
      const active = seesCounts
        ? await ctx.db.participant.groupBy({ by: ["programmeId"], where: { organisationId: ctx.organisationId, endedOn: null }, _count: { _all: true } })
        : [];
      return Promise.all(
        programmes.map(async (p) => {
          const ownership = await programmeOwnership(ctx.db, p.id);
          return {
            ...p,
            owner: ownership?.owner ?? null,
            isOwner: ownership?.owner.id === ctx.organisationId,
            sharedWith: ownership ? ownership.organisations.filter((o) => o.id !== ctx.organisationId).map((o) => o.name) : [],
            participants: seesCounts ? (counts.find((c) => c.programmeId === p.id)?._count._all ?? 0) : null,
            active: seesCounts ? (active.find((c) => c.programmeId === p.id)?._count._all ?? 0) : null,
          };
        }),
      );
    }),

  create: organisationProcedure("admin")
    .input(ZCreateProgramme)
    .mutation(async ({ ctx, input }) => {
      const programme = await ctx.db.programme.create({
        data: {
          name: input.name,
          description: input.description,
          reviewIntervalDays: input.reviewIntervalDays,
          // The creating organisation owns it: its administrators change the shared settings.
          ownerOrganisationId: ctx.organisationId,
          organisations: { create: { organisationId: ctx.organisationId } },
        },
        select: { id: true },
      });
      await ctx.audit({ action: "programme.create", targetType: "programme", targetId: programme.id });
      return programme;
    }),

  /**
   * Who owns the programme, for an administrator: to the owner's administrators, the other
   * organisations taking part (to hand it over to); to the others, the owner's administrators
   * by name and e-mail (whom to ask about a shared setting).
   */
  ownership: organisationProcedure("admin")
    .input(ZProgrammeOwnershipQuery)
    .query(({ ctx, input }) => programmeOwnershipView(ctx, input.programmeId)),

  /** The owner's administrators hand ownership to another organisation taking part (audited in every one's log). */
  handOver: organisationProcedure("admin")
    .input(ZHandOverProgramme)
    .mutation(({ ctx, input }) => handOverProgramme(ctx, input.programmeId, input.toOrganisationId)),

  /** The measurement plan and the instruments it can choose from. */
  plan: organisationProcedure("admin", "mentor", "evaluator")
    .input(ZOrgScope.extend({ programmeId: ZString.min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const programme = await ctx.db.programme.findFirst({
        where: { id: input.programmeId, organisations: { some: { organisationId: ctx.organisationId } } },
        select: { measurementPlan: true },
      });
      if (!programme) throw apiError("NOT_FOUND", "not_found");
      // The built-ins, then the latest version of each of the programme's own (marked `own`).
      const ownInstruments = await loadProgrammeInstruments(ctx.db, input.programmeId);
      const own = new Set(ownInstruments.map((i) => i.id));
      const registry = registryWith(ownInstruments);
      return {
        plan: planFromStored(programme.measurementPlan),
        isDefault: programme.measurementPlan === "",
        instruments: Object.values(registry).map((i) => ({ id: i.id, version: i.version, title: i.title, occasions: i.occasions, own: own.has(i.id) })),
      };
    }),

  setPlan: organisationProcedure("admin")
    .input(ZOrgScope.extend({ programmeId: ZString.min(1).max(64), plan: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      // Its own instruments count for this programme only: another programme's are unknown here.
      const result = validatePlan(input.plan, registryWith(await loadProgrammeInstruments(ctx.db, input.programmeId)));
      if (!result.ok) throw apiErrorWithDetail("BAD_REQUEST", "plan_invalid", { problems: result.problems });
      await ctx.db.programme.update({ where: { id: input.programmeId }, data: { measurementPlan: JSON.stringify(result.plan) } });
      await auditSharedSetting(ctx, ownership, { action: "programme.set_plan", targetType: "programme", targetId: input.programmeId });
      return { ok: true as const };
    }),

  /** The progression plan (model, areas, review interval) and the models to choose from. */
  progressionPlan: organisationProcedure("admin", "mentor", "evaluator")
    .input(ZOrgScope.extend({ programmeId: ZString.min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const programme = await ctx.db.programme.findFirst({
        where: { id: input.programmeId, organisations: { some: { organisationId: ctx.organisationId } } },
        select: { progressionPlan: true, reviewIntervalDays: true },
      });
      if (!programme) throw apiError("NOT_FOUND", "not_found");
      const { plan, model } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
      return { plan, model, isDefault: programme.progressionPlan === "", models: Object.values(progressionModels) };
    }),

  setProgressionPlan: organisationProcedure("admin")
    .input(ZOrgScope.extend({ programmeId: ZString.min(1).max(64), plan: ZProgressionPlan }))
    .mutation(async ({ ctx, input }) => {
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      const model = getProgressionModel(input.plan.modelId);
      const problems = model ? checkProgressionPlan(model, input.plan) : [`unknown model "${input.plan.modelId}"`];
      if (problems.length > 0) throw apiErrorWithDetail("BAD_REQUEST", "plan_invalid", { problems });
      await ctx.db.programme.update({
        where: { id: input.programmeId },
        data: { progressionPlan: JSON.stringify(input.plan), reviewIntervalDays: input.plan.reviewIntervalDays },
      });
      await auditSharedSetting(ctx, ownership, { action: "programme.set_progression_plan", targetType: "programme", targetId: input.programmeId });
      return { ok: true as const };
    }),

  /** Per scale in the plan: the instrument's declared norm for reliable change with its sources, and the programme's own (issue 15). */
  changeNorms: organisationProcedure("admin", "evaluator")
    .input(ZProgrammeNormsQuery)
    .query(async ({ ctx, input }) => {
      const programme = await ctx.db.programme.findFirst({
        where: { id: input.programmeId, organisations: { some: { organisationId: ctx.organisationId } } },
        select: { measurementPlan: true, changeNorms: true },
      });
      if (!programme) throw apiError("NOT_FOUND", "not_found");
      return { scales: normScales(programme, registryWith(await loadProgrammeInstruments(ctx.db, input.programmeId))) };
    }),

  /** Sets one scale's own norm, or (norm null) goes back to the declared one: the owning organisation's admins, audited in every organisation taking part. */
  setChangeNorm: organisationProcedure("admin")
    .input(ZSetProgrammeScaleNorm)
    .mutation(async ({ ctx, input }) => {
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      const programme = await ctx.db.programme.findUniqueOrThrow({ where: { id: input.programmeId }, select: { measurementPlan: true, changeNorms: true } });
      const scales = normScales(programme, registryWith(await loadProgrammeInstruments(ctx.db, input.programmeId)));
      const scale = scales.find((s) => s.instrumentId === input.instrumentId && s.scaleId === input.scaleId);
      if (!scale) throw apiError("NOT_FOUND", "not_found");
      if (!scale.supported) throw apiError("BAD_REQUEST", "norm_not_supported");
      if (input.norm) {
        const problems = programmeNormProblems(input.norm, scale.range);
        if (problems.length > 0) throw apiErrorWithDetail("BAD_REQUEST", "norm_invalid", { problems });
      }
      const norm = input.norm ? ownNormOf(scale, input.norm) : null;
      await ctx.db.programme.update({ where: { id: input.programmeId }, data: { changeNorms: withOwnNorm(programme.changeNorms, scale, norm) } });
      await auditSharedSetting(ctx, ownership, {
        action: "programme.set_change_norms",
        targetType: "programme",
        targetId: input.programmeId,
        detail: {
          scale: `${scale.instrumentId}/${scale.scaleId}`,
          ...(input.norm
            ? {
                reliability: input.norm.reliability,
                coefficient: input.norm.coefficient,
                sd: input.norm.sd,
                cutOff: input.norm.cutOff?.value ?? null,
                source: input.norm.source,
              }
            : { declared: true }),
        },
      });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
