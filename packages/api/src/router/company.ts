// The light register of companies (workplaces) and volunteer mentors of an organisation.
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit";
import { companyCounts } from "../external/company-counts";
import { assertCompanyInOrganisation, assertVolunteerInOrganisation } from "../external/scope";
import { ZOrgScope } from "../roles";
import { organisationProcedure } from "../trpc";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** CVR: the Danish business register number, 8 digits (spaces allowed when typed). */
const ZCvr = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/\s+/g, "") : null))
  .refine((v) => v === null || /^\d{8}$/.test(v), { message: "cvr_invalid" });

const ZEmail = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, { message: "email_invalid" });

export const ZCompanyFields = z.object({
  name: z.string().trim().min(1).max(200),
  cvr: ZCvr,
  contactName: optionalText(200),
  email: ZEmail,
  phone: optionalText(40),
});

export const ZVolunteerFields = z.object({
  name: z.string().trim().min(1).max(200),
  email: ZEmail,
  phone: optionalText(40),
});

const ZCompanyRef = ZOrgScope.extend({ companyId: z.string().min(1).max(64) });

export const companyRouter = {
  /**
   * The organisation's companies with contacts, internships, jobs and employment relations
   * counted. Evaluators read it too, to send the employer questionnaires from it.
   */
  list: organisationProcedure("mentor", "evaluator", "admin").input(ZOrgScope).query(async ({ ctx }) => {
    const companies = await ctx.db.company.findMany({
      where: { organisationId: ctx.organisationId },
      select: { id: true, name: true, cvr: true, contactName: true, email: true, phone: true, createdAt: true },
      orderBy: { name: "asc" },
    });
    const counts = await companyCounts(ctx.db, ctx.organisationId);
    const surveys = await ctx.db.survey.groupBy({
      by: ["companyId", "status"],
      where: { respondentType: "company", company: { organisationId: ctx.organisationId } },
      _count: { _all: true },
    });
    return companies.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      counts: counts.get(c.id) ?? { contacts: 0, companyContacts: 0, workplaceFollowups: 0, internships: 0, jobs: 0, employmentRelations: 0, participants: 0 },
      questionnaires: {
        sent: surveys.filter((s) => s.companyId === c.id && s.status !== "withdrawn").reduce((n, s) => n + s._count._all, 0),
        answered: surveys.filter((s) => s.companyId === c.id && s.status === "submitted").reduce((n, s) => n + s._count._all, 0),
      },
    }));
  }),

  create: organisationProcedure("mentor", "admin").input(ZOrgScope.extend(ZCompanyFields.shape)).mutation(async ({ ctx, input }) => {
    const company = await ctx.db.company.create({
      data: { organisationId: ctx.organisationId, name: input.name, cvr: input.cvr, contactName: input.contactName, email: input.email, phone: input.phone },
      select: { id: true },
    });
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "company.create", targetType: "company", targetId: company.id, ip: ctx.ip });
    return company;
  }),

  update: organisationProcedure("mentor", "admin").input(ZCompanyRef.extend(ZCompanyFields.shape)).mutation(async ({ ctx, input }) => {
    await assertCompanyInOrganisation(ctx.db, ctx.organisationId, input.companyId);
    await ctx.db.company.update({
      where: { id: input.companyId },
      data: { name: input.name, cvr: input.cvr, contactName: input.contactName, email: input.email, phone: input.phone },
    });
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "company.update", targetType: "company", targetId: input.companyId, ip: ctx.ip });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;

const ZVolunteerRef = ZOrgScope.extend({ volunteerId: z.string().min(1).max(64) });

export const volunteerRouter = {
  list: organisationProcedure("mentor", "admin").input(ZOrgScope).query(async ({ ctx }) => {
    const volunteers = await ctx.db.volunteer.findMany({
      where: { organisationId: ctx.organisationId },
      select: { id: true, name: true, email: true, phone: true, createdAt: true },
      orderBy: { name: "asc" },
    });
    return volunteers.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }));
  }),

  create: organisationProcedure("mentor", "admin").input(ZOrgScope.extend(ZVolunteerFields.shape)).mutation(async ({ ctx, input }) => {
    const volunteer = await ctx.db.volunteer.create({
      data: { organisationId: ctx.organisationId, name: input.name, email: input.email, phone: input.phone },
      select: { id: true },
    });
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "volunteer.create", targetType: "volunteer", targetId: volunteer.id, ip: ctx.ip });
    return volunteer;
  }),

  update: organisationProcedure("mentor", "admin").input(ZVolunteerRef.extend(ZVolunteerFields.shape)).mutation(async ({ ctx, input }) => {
    await assertVolunteerInOrganisation(ctx.db, ctx.organisationId, input.volunteerId);
    await ctx.db.volunteer.update({ where: { id: input.volunteerId }, data: { name: input.name, email: input.email, phone: input.phone } });
    await audit(ctx.db, { actorId: ctx.user.id, organisationId: ctx.organisationId, action: "volunteer.update", targetType: "volunteer", targetId: input.volunteerId, ip: ctx.ip });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
