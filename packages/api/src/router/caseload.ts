// The mentor's overview: what is due, one participant's timeline, and the progress report.
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { assertParticipantInOrganisation } from "../guards";
import { ZOrgScope, ZParticipantRef } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { dueList } from "../workspace/due";
import { progressReport } from "../workspace/progress-report";
import { timelineOf } from "../workspace/timeline";
import { startToEndChange } from "../surveys/change";

export const caseloadRouter = {
  /** Due reviews and questionnaires: the mentor's own caseload, or the whole organisation's. */
  due: organisationProcedure("mentor", "admin")
    .input(ZOrgScope.extend({ scope: z.enum(["mine", "organisation"]).default("mine") }))
    .query(async ({ ctx, input }) => {
      const items = await dueList(ctx.db, { organisationId: ctx.organisationId, ...(input.scope === "mine" ? { mentorId: ctx.user.id } : {}) });
      await ctx.audit({ action: "participant.list_identities", targetType: "participant", detail: { count: items.length, view: "due" } });
      return items;
    }),

  timeline: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "participant.timeline", targetType: "participant", targetId: input.participantId });
      return timelineOf(ctx.db, input.participantId);
    }),

  /** The participant's questionnaire scales at start and end, for the mentor's chart. */
  questionnaireChange: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "participant.questionnaire_change", targetType: "participant", targetId: input.participantId });
      return startToEndChange(ctx.db, input.participantId);
    }),

  progressReport: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef.extend({ includeIdentity: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      const report = await progressReport(ctx.db, input.participantId, { includeIdentity: input.includeIdentity });
      await ctx.audit({
        action: "participant.progress_report",
        targetType: "participant",
        targetId: input.participantId,
        detail: { includeIdentity: input.includeIdentity },
      });
      return report;
    }),
} satisfies TRPCRouterRecord;
