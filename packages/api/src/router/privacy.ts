// Participant rights (export, erasure), consent records and the retention setting.
import { type TRPCRouterRecord } from "@trpc/server";
import { ZIsoDate, todayLocal } from "@skridt/instruments";
import { z } from "zod";
import { assertParticipantInOrganisation, assertWritableParticipant, dateToDay, dayToDate } from "../guards";
import { ERASURE_MODES, eraseParticipant, erasureModeOf } from "../privacy/erase";
import { participantRecord } from "../privacy/participant-record";
import { dueForRetention } from "../privacy/retention";
import { ZOrgScope, ZParticipantRef, ZString } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { apiError } from "../errors";
import { auditSharedSetting, requireProgrammeOwner } from "../workspace/programme-owner";

const ZId = ZString.min(1).max(64);
export const CONSENT_KINDS = ["participation", "questionnaires", "sharing_with_jobcentre", "followup_contact"] as const;

const consentsRouter = {
  /** The participant's consents, newest first, withdrawn ones included. */
  list: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      const rows = await ctx.db.consent.findMany({ where: { participantId: input.participantId }, orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }] });
      const staff = await ctx.db.user.findMany({
        where: { id: { in: rows.flatMap((r) => (r.recordedById ? [r.recordedById] : [])) } },
        select: { id: true, name: true },
      });
      const nameOf = new Map(staff.map((u) => [u.id, u.name]));
      return rows.map((c) => ({
        id: c.id,
        kind: c.kind,
        textVersion: c.textVersion,
        givenOn: dateToDay(c.givenOn),
        withdrawnOn: c.withdrawnOn ? dateToDay(c.withdrawnOn) : null,
        recordedBy: c.recordedById ? (nameOf.get(c.recordedById) ?? null) : null,
      }));
    }),

  record: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef.extend({ kind: z.enum(CONSENT_KINDS), textVersion: ZString.trim().min(1).max(64), givenOn: ZIsoDate }))
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      if (input.givenOn > todayLocal()) throw apiError("BAD_REQUEST", "date_in_future");
      const consent = await ctx.db.consent.create({
        data: {
          participantId: input.participantId,
          kind: input.kind,
          textVersion: input.textVersion,
          givenOn: dayToDate(input.givenOn),
          recordedById: ctx.user.id,
        },
        select: { id: true },
      });
      await ctx.audit({
        action: "consent.record",
        targetType: "participant",
        targetId: input.participantId,
        detail: { consentId: consent.id, kind: input.kind, textVersion: input.textVersion },
      });
      return consent;
    }),

  withdraw: organisationProcedure("mentor", "admin")
    .input(ZOrgScope.extend({ consentId: ZId, withdrawnOn: ZIsoDate }))
    .mutation(async ({ ctx, input }) => {
      const consent = await ctx.db.consent.findFirst({
        where: { id: input.consentId, participant: { organisationId: ctx.organisationId } },
        select: { id: true, participantId: true, withdrawnOn: true, givenOn: true },
      });
      if (!consent) throw apiError("NOT_FOUND", "not_found");
      if (consent.withdrawnOn) throw apiError("CONFLICT", "already_withdrawn");
      if (input.withdrawnOn < dateToDay(consent.givenOn) || input.withdrawnOn > todayLocal()) throw apiError("BAD_REQUEST", "date_out_of_range");
      await ctx.db.consent.update({ where: { id: consent.id }, data: { withdrawnOn: dayToDate(input.withdrawnOn) } });
      await ctx.audit({ action: "consent.withdraw", targetType: "participant", targetId: consent.participantId, detail: { consentId: consent.id } });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;

export const privacyRouter = {
  consents: consentsRouter,

  /** Everything about one participant, for their right of access and data portability. */
  exportParticipant: organisationProcedure("admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      // Logged first, so the record the participant gets includes this export.
      await ctx.audit({ action: "privacy.export_participant", targetType: "participant", targetId: input.participantId });
      return participantRecord(ctx.db, input.participantId);
    }),

  /** What erasing this participant would do (their programme's setting), for the confirmation screen. */
  erasurePreview: organisationProcedure("admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      const p = await ctx.db.participant.findFirst({
        where: { id: input.participantId, organisationId: ctx.organisationId },
        select: {
          code: true,
          erasedAt: true,
          programme: { select: { name: true, erasure: true } },
          _count: { select: { surveys: true, reviews: true, goals: true, contacts: true, statusEvents: true, consents: true } },
        },
      });
      if (!p) throw apiError("NOT_FOUND", "not_found");
      return { code: p.code, erased: p.erasedAt !== null, programme: p.programme.name, mode: erasureModeOf(p.programme.erasure), counts: p._count };
    }),

  /** Irreversible: the participant's code must be typed to confirm. */
  eraseParticipant: organisationProcedure("admin")
    .input(ZParticipantRef.extend({ confirmCode: ZString.trim().min(1).max(32) }))
    .mutation(async ({ ctx, input }) => {
      const p = await ctx.db.participant.findFirst({
        where: { id: input.participantId, organisationId: ctx.organisationId },
        select: { code: true, erasedAt: true },
      });
      if (!p) throw apiError("NOT_FOUND", "not_found");
      if (p.erasedAt) throw apiError("CONFLICT", "already_erased");
      if (input.confirmCode.replace(/\s+/g, "").toUpperCase() !== p.code.toUpperCase()) throw apiError("BAD_REQUEST", "confirmation_mismatch");
      const result = await eraseParticipant(ctx.db, {
        participantId: input.participantId,
        actorId: ctx.user.id,
        organisationId: ctx.organisationId,
        ip: ctx.ip,
        reason: "request",
      });
      return { mode: result.mode, counts: result.counts };
    }),

  /** The organisation's programmes with their retention settings and how many are due now. */
  retention: organisationProcedure("admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const links = await ctx.db.programmeOrganisation.findMany({
        where: { organisationId: ctx.organisationId },
        select: { programme: { select: { id: true, name: true, retentionMonths: true, erasure: true } } },
      });
      const due = await dueForRetention(ctx.db);
      return links
        .map((l) => ({
          ...l.programme,
          erasure: erasureModeOf(l.programme.erasure),
          dueNow: due.filter((d) => d.organisationId === ctx.organisationId && d.programmeId === l.programme.id).length,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, "da"));
    }),

  setRetention: organisationProcedure("admin")
    .input(ZOrgScope.extend({ programmeId: ZId, retentionMonths: z.number().int().min(1).max(600).nullable(), erasure: z.enum(ERASURE_MODES) }))
    .mutation(async ({ ctx, input }) => {
      // A shared setting (issue 11, item 4): the owning organisation's admins only, logged in every participating organisation.
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      await ctx.db.programme.update({ where: { id: input.programmeId }, data: { retentionMonths: input.retentionMonths, erasure: input.erasure } });
      await auditSharedSetting(ctx, ownership, {
        action: "programme.set_retention",
        targetType: "programme",
        targetId: input.programmeId,
        detail: { retentionMonths: input.retentionMonths, erasure: input.erasure },
      });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
