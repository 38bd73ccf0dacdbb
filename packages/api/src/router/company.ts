// The light register of companies (workplaces) and volunteer mentors of an organisation.
import type { TRPCRouterRecord } from "@trpc/server";
import { companyCounts } from "../external/company-counts";
import { assertCompanyInOrganisation, assertVolunteerInOrganisation } from "../external/scope";
import { ZOrgScope, ZCreateCompany, ZUpdateCompany, ZCreateVolunteer, ZUpdateVolunteer } from "@skridt/validators";
import { organisationProcedure } from "../trpc";

export const companyRouter = {
  /**
   * The organisation's companies with contacts, internships, jobs and employment relations
   * counted. Evaluators read it too, to send the employer questionnaires from it: they get the
   * names, but no contact person's details and no count per named employer (counts and
   * questionnaires are null for them). A count at a named employer, even perturbed, says
   * something about the few participants placed there; evaluators' figures about employers are
   * the protected aggregates of externalSurvey.results.
   */
  list: organisationProcedure("mentor", "evaluator", "admin")
    .input(ZOrgScope)
    .query(async ({ ctx }) => {
      const companies = await ctx.db.company.findMany({
        where: { organisationId: ctx.organisationId },
        select: { id: true, name: true, cvr: true, contactName: true, email: true, phone: true, createdAt: true },
        orderBy: { name: "asc" },
      });
      const keeper = ctx.rolesHere.includes("mentor") || ctx.rolesHere.includes("admin");
      // Not even counted for an evaluator: nothing per named employer leaves for them.
      const counts = keeper ? await companyCounts(ctx.db, ctx.organisationId) : new Map<string, never>();
      const surveys = keeper
        ? await ctx.db.survey.groupBy({
            by: ["companyId", "status"],
            where: { respondentType: "company", company: { organisationId: ctx.organisationId } },
            _count: { _all: true },
          })
        : [];
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
          counts: keeper ? count : null,
          questionnaires: keeper
            ? {
                sent: surveys.filter((s) => s.companyId === c.id && s.status !== "withdrawn").reduce((n, s) => n + s._count._all, 0),
                answered: surveys.filter((s) => s.companyId === c.id && s.status === "submitted").reduce((n, s) => n + s._count._all, 0),
              }
            : null,
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
