// Consent at the start (issue 13): recorded when a participant is created, or marked pending;
// recorded later and withdrawn on the participant page; flagged on the caseload while missing.
import type { TRPCRouterRecord } from "@trpc/server";
import { todayLocal } from "@skridt/instruments";
import { ZConsentCaseload, ZParticipantRef, ZRecordConsents } from "@skridt/validators";
import { canContactParticipant, consentStateOf, consentStates } from "../consent";
import { apiError } from "../errors";
import { assertWritableParticipant, dateToDay, dayToDate } from "../guards";
import { organisationProcedure } from "../trpc";

export const consentRouter = {
  /** Where the participant's consent stands, what is active, and whether Skridt may send them messages. */
  status: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      const participant = await ctx.db.participant.findFirst({
        where: { id: input.participantId, organisationId: ctx.organisationId },
        select: { id: true, consents: { select: { id: true, kind: true, textVersion: true, method: true, givenOn: true, withdrawnOn: true } } },
      });
      if (!participant) throw apiError("NOT_FOUND", "not_found");
      const now = new Date();
      return {
        state: consentStateOf(participant.consents, now),
        canContact: await canContactParticipant(ctx.db, participant.id),
        consents: participant.consents
          .map((c) => ({
            id: c.id,
            kind: c.kind,
            textVersion: c.textVersion,
            method: c.method,
            givenOn: dateToDay(c.givenOn),
            withdrawnOn: c.withdrawnOn ? dateToDay(c.withdrawnOn) : null,
          }))
          .sort((a, b) => b.givenOn.localeCompare(a.givenOn)),
      };
    }),

  /** Records consents given on one day, one row per kind, with the text's version and how it was given. */
  record: organisationProcedure("mentor", "admin")
    .input(ZRecordConsents)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      if (input.givenOn > todayLocal()) throw apiError("BAD_REQUEST", "date_in_future");
      const kinds = [...new Set(input.kinds)];
      await ctx.db.$transaction(async (tx) => {
        for (const kind of kinds) {
          const consent = await tx.consent.create({
            data: {
              participantId: input.participantId,
              kind,
              textVersion: input.textVersion,
              method: input.method,
              givenOn: dayToDate(input.givenOn),
              recordedById: ctx.user.id,
            },
            select: { id: true },
          });
          await ctx.audit(
            {
              action: "consent.record",
              targetType: "participant",
              targetId: input.participantId,
              detail: { consentId: consent.id, kind, textVersion: input.textVersion, method: input.method },
            },
            tx,
          );
        }
      });
      return { ok: true as const };
    }),

  /** Records that consent was not given yet when the participant was created: asked later, no messages until then. */
  markPending: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "consent.pending", targetType: "participant", targetId: input.participantId });
      return { ok: true as const };
    }),

  /** The caseload's flag: this organisation's participants without an active consent (pending, or withdrawn). */
  caseload: organisationProcedure("mentor", "admin")
    .input(ZConsentCaseload)
    .query(async ({ ctx }) => {
      const ids = (await ctx.db.participant.findMany({ where: { organisationId: ctx.organisationId, erasedAt: null }, select: { id: true } })).map((p) => p.id);
      const states = await consentStates(ctx.db, ids);
      return [...states].filter(([, state]) => state !== "given").map(([participantId, state]) => ({ participantId, state }));
    }),
} satisfies TRPCRouterRecord;
