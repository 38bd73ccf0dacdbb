// Status events (internship, flex job, pension ...): current status and periods are derived.
import { type TRPCRouterRecord } from "@trpc/server";
import { currentStatus, statusPeriods, todayLocal, type TStatusEvent } from "@skridt/instruments";
import { assertNotErased, assertParticipantInOrganisation, assertWritableParticipant, dateToDay, dayToDate } from "../guards";
import { ZOrgScope, ZParticipantRef, ZCreateStatusEvent, ZString } from "@skridt/validators";
import { endParticipation, endReasonOfStatus, reopenIfStatusEndedIt } from "../participants";
import { assertCompanyInOrganisation } from "../external/scope";
import { organisationProcedure } from "../trpc";
import type { Db } from "@skridt/db";
import { apiError } from "../errors";

export async function statusEventsOf(db: Db, participantId: string) {
  const rows = await db.statusEvent.findMany({ where: { participantId }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] });
  return rows.map((e) => ({
    id: e.id,
    note: e.note,
    event: {
      status: e.status,
      occurredOn: dateToDay(e.occurredOn),
      ...(e.hoursPerWeek !== null ? { hoursPerWeek: e.hoursPerWeek } : {}),
      ...(e.inProcess ? { inProcess: true } : {}),
    } as TStatusEvent,
  }));
}

export const statusEventRouter = {
  /** The events as registered, the periods derived from them, and the status today. */
  list: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "status.list", targetType: "participant", targetId: input.participantId });
      const rows = await statusEventsOf(ctx.db, input.participantId);
      const events = rows.map((r) => r.event);
      const today = todayLocal();
      return {
        events: rows.map((r) => ({ id: r.id, note: r.note, ...r.event })),
        periods: statusPeriods(events, today),
        current: currentStatus(events, today),
      };
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateStatusEvent)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      // Where the internship or job is: a company of the same organisation's register.
      if (input.companyId) await assertCompanyInOrganisation(ctx.db, ctx.organisationId, input.companyId);
      // The same status twice on one day is nearly always a double click or a form sent twice;
      // a mentor who means it (two part-time jobs begun the same day) confirms.
      if (!input.confirmSameDay) {
        const sameDay = await ctx.db.statusEvent.count({
          where: { participantId: input.participantId, status: input.event.status, occurredOn: dayToDate(input.event.occurredOn) },
        });
        if (sameDay > 0) throw apiError("CONFLICT", "status_same_day");
      }
      const status = input.event.status;
      // A status that ends the participation (Udmeldt, Overgået til anden aktør, Død) ends it
      // through the same path as "Afslut deltagelse", in the same transaction: both or neither.
      const endReason = endReasonOfStatus(status);
      const row = await ctx.db.$transaction(async (tx) => {
        const created = await tx.statusEvent.create({
          data: {
            participantId: input.participantId,
            status,
            occurredOn: dayToDate(input.event.occurredOn),
            hoursPerWeek: input.event.hoursPerWeek ?? null,
            inProcess: input.event.inProcess ?? false,
            note: input.note,
            companyId: input.companyId ?? null,
            authorId: ctx.user.id,
          },
          select: { id: true },
        });
        await ctx.audit({ action: "status.create", targetType: "status_event", targetId: created.id, detail: { status } }, tx);
        // An ending already recorded stands: the status adds to the history, it does not move the end date.
        const open = endReason ? await tx.participant.count({ where: { id: input.participantId, endedOn: null } }) : 0;
        if (endReason && open > 0) {
          await endParticipation(tx, ctx.audit, {
            organisationId: ctx.organisationId,
            participantId: input.participantId,
            endedOn: input.event.occurredOn,
            reason: endReason,
            source: "status",
          });
        }
        return { ...created, endedParticipation: endReason !== undefined && open > 0 };
      });
      return row;
    }),

  remove: organisationProcedure("mentor", "admin")
    .input(ZOrgScope.extend({ eventId: ZString.min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const where = { id: input.eventId, participant: { organisationId: ctx.organisationId } };
      const found = await ctx.db.statusEvent.findFirst({
        where,
        select: { participantId: true, status: true, occurredOn: true, participant: { select: { erasedAt: true } } },
      });
      if (!found) throw apiError("NOT_FOUND", "not_found");
      assertNotErased(found.participant);
      // Removing the status that ended the participation (a mistake undone) reopens it, in the same transaction.
      const reopenedParticipation = await ctx.db.$transaction(async (tx) => {
        const { count } = await tx.statusEvent.deleteMany({ where });
        if (count === 0) throw apiError("NOT_FOUND", "not_found");
        await ctx.audit({ action: "status.remove", targetType: "status_event", targetId: input.eventId }, tx);
        return reopenIfStatusEndedIt(tx, ctx.audit, {
          organisationId: ctx.organisationId,
          participantId: found.participantId,
          status: found.status,
          occurredOn: found.occurredOn,
        });
      });
      return { ok: true as const, reopenedParticipation };
    }),
} satisfies TRPCRouterRecord;
