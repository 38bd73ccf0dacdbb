// The contact log: meetings, calls, messages and company contacts, with minutes.
import { type TRPCRouterRecord } from "@trpc/server";
import { contactTotals, type TContactKind } from "@skridt/instruments";
import { assertNotErased, assertParticipantInOrganisation, assertWritableParticipant, dateToDay, dayToDate } from "../guards";
import { ZOrgScope, ZParticipantRef, ZCreateContact, ZString } from "@skridt/validators";
import { assertCompanyInOrganisation } from "../external/scope";
import { organisationProcedure } from "../trpc";
import { apiError } from "../errors";

export const contactRouter = {
  list: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      await assertParticipantInOrganisation(ctx.db, ctx.organisationId, input.participantId);
      await ctx.audit({ action: "contact.list", targetType: "participant", targetId: input.participantId });
      const rows = await ctx.db.contact.findMany({ where: { participantId: input.participantId }, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }] });
      const contacts = rows.map((c) => ({ id: c.id, occurredOn: dateToDay(c.occurredOn), kind: c.kind as TContactKind, minutes: c.minutes, note: c.note }));
      return { contacts, totals: contactTotals(contacts.map((c) => ({ occurredOn: c.occurredOn, kind: c.kind, minutes: c.minutes ?? undefined }))) };
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateContact)
    .mutation(async ({ ctx, input }) => {
      await assertWritableParticipant(ctx.db, ctx.organisationId, input.participantId);
      // The company a company contact or workplace follow-up was with, from the same organisation's register.
      if (input.companyId) await assertCompanyInOrganisation(ctx.db, ctx.organisationId, input.companyId);
      const contact = await ctx.db.contact.create({
        data: {
          participantId: input.participantId,
          occurredOn: dayToDate(input.occurredOn),
          kind: input.kind,
          minutes: input.minutes ?? null,
          note: input.note ?? "",
          companyId: input.companyId ?? null,
          authorId: ctx.user.id,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "contact.create", targetType: "contact", targetId: contact.id });
      return contact;
    }),

  remove: organisationProcedure("mentor", "admin")
    .input(ZOrgScope.extend({ contactId: ZString.min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const where = { id: input.contactId, participant: { organisationId: ctx.organisationId } };
      const found = await ctx.db.contact.findFirst({ where, select: { participant: { select: { erasedAt: true } } } });
      if (!found) throw apiError("NOT_FOUND", "not_found");
      assertNotErased(found.participant);
      const { count } = await ctx.db.contact.deleteMany({ where });
      if (count === 0) throw apiError("NOT_FOUND", "not_found");
      await ctx.audit({ action: "contact.remove", targetType: "contact", targetId: input.contactId });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
