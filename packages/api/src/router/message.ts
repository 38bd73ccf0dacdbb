// Messages (e-mail, SMS) as staff see and steer them: a participant's messages and their
// delivery results, how the participant wants to be reached, an employer's or volunteer's link
// sent to them, and a programme's reminder days. Sending itself is the outbox's (../outbox).
import { type TRPCRouterRecord } from "@trpc/server";
import { ZMessagePreference, ZParticipantMessages, ZReminderDaysInput, ZSendExternalLink } from "@skridt/validators";
import { apiError } from "../errors";
import { assertParticipantInOrganisation, assertWritableParticipant } from "../guards";
import { enqueueMessage } from "../outbox/enqueue";
import { reminderDaysOf } from "../outbox/reminder-days";
import { outboxSettings } from "../outbox/settings";
import { surveyState } from "../surveys/state";
import { organisationProcedure } from "../trpc";
import { auditSharedSetting, requireProgrammeOwner } from "../workspace/programme-owner";

export const messageRouter = {
  /** Every message to a participant, newest first, with what happened to it; and how they are reached. */
  listForParticipant: organisationProcedure("mentor", "admin")
    .input(ZParticipantMessages)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "message.list", targetType: "participant", targetId: input.participantId });
      const [rows, preference, optOut, identity, participant] = await Promise.all([
        ctx.db.message.findMany({
          where: { participantId: input.participantId, organisationId: ctx.organisationId },
          select: {
            id: true,
            kind: true,
            channel: true,
            occasion: true,
            step: true,
            status: true,
            cancelReason: true,
            attempts: true,
            dueAt: true,
            sentAt: true,
            lastError: true,
            createdAt: true,
          },
          orderBy: [{ createdAt: "desc" }, { step: "desc" }],
          take: 200,
        }),
        ctx.db.messagePreference.findUnique({ where: { participantId: input.participantId }, select: { channel: true, locale: true } }),
        ctx.db.messageOptOut.findUnique({ where: { subjectKey: `participant:${input.participantId}` }, select: { createdAt: true } }),
        ctx.db.participantIdentity.findUnique({ where: { participantId: input.participantId }, select: { email: true, phone: true } }),
        ctx.db.participant.findUniqueOrThrow({ where: { id: input.participantId }, select: { programme: { select: { reminderDays: true } } } }),
      ]);
      const { channels } = outboxSettings();
      return {
        messages: rows.map((m) => ({
          ...m,
          dueAt: m.dueAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
          createdAt: m.createdAt.toISOString(),
          // Waiting because this server has no transport for the channel (SMTP or SMS not set up).
          waitingForSetup: m.status === "pending" && !channels[m.channel as "email" | "sms"],
        })),
        preference: { channel: (preference?.channel ?? null) as "email" | "sms" | null, locale: (preference?.locale ?? "da") as "da" | "en" },
        hasEmail: Boolean(identity?.email),
        hasPhone: Boolean(identity?.phone),
        optedOutAt: optOut?.createdAt.toISOString() ?? null,
        channelsConfigured: channels,
        reminderDays: reminderDaysOf(participant.programme.reminderDays),
      };
    }),

  setPreference: organisationProcedure("mentor", "admin")
    .input(ZMessagePreference)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      const data = { channel: input.channel, locale: input.locale, updatedAt: new Date() };
      await ctx.db.messagePreference.upsert({
        where: { participantId: input.participantId },
        create: { participantId: input.participantId, ...data },
        update: data,
      });
      await ctx.audit({
        action: "message.set_preference",
        targetType: "participant",
        targetId: input.participantId,
        detail: { channel: input.channel, locale: input.locale },
      });
      return { ok: true as const };
    }),

  /**
   * Sends an employer's or volunteer's questionnaire link to their e-mail (or phone when they
   * have no e-mail). The message gets a new link when it is sent: the one shown on screen stops working then.
   */
  sendExternalLink: organisationProcedure("mentor", "admin")
    .input(ZSendExternalLink)
    .mutation(async ({ ctx, input }) => {
      const survey = await ctx.db.survey.findFirst({
        where: {
          id: input.surveyId,
          respondentType: { in: ["company", "volunteer"] },
          OR: [{ company: { organisationId: ctx.organisationId } }, { volunteer: { organisationId: ctx.organisationId } }],
        },
        select: {
          id: true,
          status: true,
          expiresAt: true,
          companyId: true,
          volunteerId: true,
          company: { select: { email: true, phone: true } },
          volunteer: { select: { email: true, phone: true } },
        },
      });
      if (!survey) throw apiError("NOT_FOUND", "not_found");
      if (surveyState(survey) !== "open") throw apiError("CONFLICT", "survey_closed");
      const contact = survey.company ?? survey.volunteer;
      const channel = contact?.email ? "email" : contact?.phone ? "sms" : null;
      if (!channel) throw apiError("BAD_REQUEST", "recipient_no_address");
      const sentBefore = await ctx.db.message.count({ where: { surveyId: survey.id, kind: "external_link" } });
      await enqueueMessage(ctx.db, {
        organisationId: ctx.organisationId,
        kind: "external_link",
        channel,
        // A double click queues one message; pressing again later sends again.
        dedupeKey: `external:${survey.id}:${sentBefore + 1}`,
        dueAt: new Date(),
        companyId: survey.companyId,
        volunteerId: survey.volunteerId,
        surveyId: survey.id,
        actorId: ctx.user.id,
      });
      return { channel, waitingForSetup: !outboxSettings().channels[channel] };
    }),

  reminderDays: organisationProcedure("admin")
    .input(ZReminderDaysInput.omit({ days: true }))
    .query(async ({ ctx, input }) => {
      const programme = await ctx.db.programme.findFirst({
        where: { id: input.programmeId, organisations: { some: { organisationId: ctx.organisationId } } },
        select: { reminderDays: true },
      });
      if (!programme) throw apiError("NOT_FOUND", "not_found");
      return { days: reminderDaysOf(programme.reminderDays) };
    }),

  /** A programme's reminder days: a shared setting, changed by the owning organisation's admins. */
  setReminderDays: organisationProcedure("admin")
    .input(ZReminderDaysInput)
    .mutation(async ({ ctx, input }) => {
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      await ctx.db.programme.update({ where: { id: input.programmeId }, data: { reminderDays: JSON.stringify(input.days) } });
      await auditSharedSetting(ctx, ownership, {
        action: "programme.set_reminder_days",
        targetType: "programme",
        targetId: input.programmeId,
        detail: { days: input.days },
      });
      return { ok: true as const, days: input.days };
    }),
} satisfies TRPCRouterRecord;
