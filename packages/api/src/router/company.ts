// The light register of companies (workplaces) and volunteer mentors of an organisation.
import type { TRPCRouterRecord } from "@trpc/server";
import { companyCounts } from "../external/company-counts";
import { assertCompanyInOrganisation, assertVolunteerInOrganisation } from "../external/scope";
import { ZOrgScope, ZCreateCompany, ZUpdateCompany, ZCreateVolunteer, ZUpdateVolunteer } from "@skridt/validators";
import { suppressCount } from "@skridt/analytics";
import { organisationProcedure } from "../trpc";

export const companyRouter = {
  /**
   * The organisation's companies with contacts, internships, jobs and employment relations
   * counted. Evaluators read it too, to send the employer questionnaires from it: they get the
   * names, but no contact person's details, and the counts suppressed like every figure they see
   * (a count of one internship at a named employer points at a participant).
   */
  list: organisationProcedure("mentor", "evaluator", "admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
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
      const keeper = ctx.rolesHere.includes("mentor") || ctx.rolesHere.includes("admin");
      const shown = (n: number) => (keeper ? n : suppressCount(n));
      return companies.map((c) => {
        const count = counts.get(c.id) ?? {
          contacts: 0,
          companyContacts: 0,
          workplaceFollowups: 0,
          internships: 0,
          jobs: 0,
          employmentRelations: 0,
          participants: 0,
        };
        return {
          ...c,
          contactName: keeper ? c.contactName : null,
          email: keeper ? c.email : null,
          phone: keeper ? c.phone : null,
          createdAt: c.createdAt.toISOString(),
          counts: Object.fromEntries(Object.entries(count).map(([key, n]) => [key, shown(n)])) as Record<keyof typeof count, ReturnType<typeof shown>>,
          questionnaires: {
            sent: shown(surveys.filter((s) => s.companyId === c.id && s.status !== "withdrawn").reduce((n, s) => n + s._count._all, 0)),
            answered: shown(surveys.filter((s) => s.companyId === c.id && s.status === "submitted").reduce((n, s) => n + s._count._all, 0)),
          },
        };
      });
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateCompany)
    .mutation(async ({ ctx, input }) => {
      const company = await ctx.db.company.create({
        data: { organisationId: ctx.organisationId, name: input.name, cvr: input.cvr, contactName: input.contactName, email: input.email, phone: input.phone },
        select: { id: true },
      });
      await ctx.audit({ action: "company.create", targetType: "company", targetId: company.id });
      return company;
    }),

  update: organisationProcedure("mentor", "admin")
    .input(ZUpdateCompany)
    .mutation(async ({ ctx, input }) => {
      await assertCompanyInOrganisation(ctx.db, ctx.organisationId, input.companyId);
      await ctx.db.company.update({
        where: { id: input.companyId },
        data: { name: input.name, cvr: input.cvr, contactName: input.contactName, email: input.email, phone: input.phone },
      });
      await ctx.audit({ action: "company.update", targetType: "company", targetId: input.companyId });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;

export const volunteerRouter = {
  list: organisationProcedure("mentor", "admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const volunteers = await ctx.db.volunteer.findMany({
        where: { organisationId: ctx.organisationId },
        select: { id: true, name: true, email: true, phone: true, createdAt: true },
        orderBy: { name: "asc" },
      });
      return volunteers.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }));
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateVolunteer)
    .mutation(async ({ ctx, input }) => {
      const volunteer = await ctx.db.volunteer.create({
        data: { organisationId: ctx.organisationId, name: input.name, email: input.email, phone: input.phone },
        select: { id: true },
      });
      await ctx.audit({ action: "volunteer.create", targetType: "volunteer", targetId: volunteer.id });
      return volunteer;
    }),

  update: organisationProcedure("mentor", "admin")
    .input(ZUpdateVolunteer)
    .mutation(async ({ ctx, input }) => {
      await assertVolunteerInOrganisation(ctx.db, ctx.organisationId, input.volunteerId);
      await ctx.db.volunteer.update({ where: { id: input.volunteerId }, data: { name: input.name, email: input.email, phone: input.phone } });
      await ctx.audit({ action: "volunteer.update", targetType: "volunteer", targetId: input.volunteerId });
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
