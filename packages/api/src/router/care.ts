// Care when answers show that someone is struggling (issue 13): the participant's help after
// sending, the mentor's follow-up record, and a programme's tightened care settings.
import type { TRPCRouterRecord } from "@trpc/server";
import { builtinCareRules, builtinHelpContacts, checkCareSettings, ZCareSettings } from "@skridt/instruments";
import { ZCareFollowUp, ZCareSettingsInput, ZCredential, ZParticipantRef, ZProgrammeRef } from "@skridt/validators";
import { careForSubmittedSurvey, participantCare, programmeCare, recordCareFollowUp } from "../care";
import { apiError } from "../errors";
import { organisationProcedure, surveyLinkProcedure } from "../trpc";
import { auditSharedSetting, requireProgrammeOwner } from "../workspace/programme-owner";

async function assertProgrammeInOrganisation(ctx: { db: import("@skridt/db").Db; organisationId: string }, programmeId: string) {
  const linked = await ctx.db.programmeOrganisation.count({ where: { programmeId, organisationId: ctx.organisationId } });
  if (linked === 0) throw apiError("NOT_FOUND", "not_found");
}

export const careRouter = {
  /**
   * After a participant sends their own questionnaire: whether its scores call for care, and
   * if so where they can get help (the programme's list). Nothing for an employer's or a
   * volunteer's link, nothing before the questionnaire is sent, and never a score or a label.
   */
  afterSubmit: surveyLinkProcedure.input(ZCredential).query(async ({ ctx }) => {
    if (ctx.survey.state !== "submitted" || !ctx.survey.participantId || ctx.survey.respondentType !== "participant") return { callsForCare: false, help: [] };
    return careForSubmittedSurvey(ctx.db, { id: ctx.survey.id, participantId: ctx.survey.participantId });
  }),

  /** A participant's questionnaires that called for care, with who followed each up and when. */
  participant: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      const participant = await ctx.db.participant.findFirst({
        where: { id: input.participantId, organisationId: ctx.organisationId },
        select: { id: true, programmeId: true },
      });
      if (!participant) throw apiError("NOT_FOUND", "not_found");
      await ctx.audit({ action: "care.read", targetType: "participant", targetId: participant.id });
      return participantCare(ctx.db, participant);
    }),

  /** The mentor records that they followed up: who (the signed-in user), when, and how it went. */
  followUp: organisationProcedure("mentor", "admin")
    .input(ZCareFollowUp)
    .mutation(async ({ ctx, input }) => recordCareFollowUp(ctx.db, ctx.audit, { ...input, organisationId: ctx.organisationId, userId: ctx.user.id })),

  /** The care rules and help list in force for a programme, with their sources. */
  settings: organisationProcedure("admin", "mentor")
    .input(ZProgrammeRef)
    .query(async ({ ctx, input }) => {
      await assertProgrammeInOrganisation(ctx, input.programmeId);
      // The built-in rules and help list too, so the settings page can show what a programme tightens from (with sources).
      return { ...(await programmeCare(ctx.db, input.programmeId)), builtin: { rules: builtinCareRules, help: builtinHelpContacts } };
    }),

  /** A programme tightens the built-in care rules (never loosens them) or replaces the help list. */
  setSettings: organisationProcedure("admin")
    .input(ZCareSettingsInput)
    .mutation(async ({ ctx, input }) => {
      // A shared setting (issue 11, item 4): the owning organisation's admins only, logged in every participating organisation.
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      const settings = ZCareSettings.parse(input.settings);
      if (checkCareSettings(settings).length > 0) throw apiError("BAD_REQUEST", "care_settings_looser");
      await ctx.db.programme.update({ where: { id: input.programmeId }, data: { careSettings: JSON.stringify(settings) } });
      await auditSharedSetting(ctx, ownership, { action: "care.set_settings", targetType: "programme", targetId: input.programmeId });
      return programmeCare(ctx.db, input.programmeId);
    }),
} satisfies TRPCRouterRecord;
