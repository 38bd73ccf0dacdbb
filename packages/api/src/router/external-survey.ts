// Questionnaires for employers' contact persons and volunteer mentors: sent from the
// register in one go, answered through a personal link (no account), followed up here,
// and reported to evaluators as suppressed per-item distributions.
import { type TRPCRouterRecord } from "@trpc/server";
import { externalInstruments } from "@skridt/instruments";
import { evaluableOrganisations } from "../evaluation/scope";
import { externalResults, externalSurveysWhere } from "../external/results";
import { assertProgrammeOfOrganisation, assertVolunteerInOrganisation } from "../external/scope";
import { ZOrgScope, ZId, ZCreateForCompanies, ZCreateForVolunteer } from "@skridt/validators";
import { createExternalSurvey, instrumentFits } from "../surveys/create-external";
import { renewSurveyLink } from "../surveys/renew-link";
import { surveyState } from "../surveys/state";
import { organisationProcedure, type OrgContext } from "../trpc";
import { apiError } from "../errors";
import { assertNotErased } from "../guards";

/** Only mentors and administrators see participants, so only they may say whom a questionnaire is about. */
function seesParticipants(ctx: OrgContext) {
  return ctx.rolesHere.includes("mentor") || ctx.rolesHere.includes("admin");
}

async function assertAboutParticipants(ctx: OrgContext, programmeId: string, participantIds: string[]) {
  if (participantIds.length === 0) return;
  if (!seesParticipants(ctx)) throw apiError("FORBIDDEN", "forbidden");
  const unique = [...new Set(participantIds)];
  const found = await ctx.db.participant.findMany({
    where: { id: { in: unique }, organisationId: ctx.organisationId, programmeId },
    select: { erasedAt: true },
  });
  if (found.length !== unique.length) throw apiError("NOT_FOUND", "not_found");
  // An erased participant's records are frozen: no new questionnaire about them either.
  for (const participant of found) assertNotErased(participant);
}

/** An external survey of this organisation (through its company or volunteer), else NOT_FOUND. */
async function externalSurveyOf(ctx: OrgContext, surveyId: string) {
  const survey = await ctx.db.survey.findFirst({
    where: {
      id: surveyId,
      respondentType: { in: ["company", "volunteer"] },
      OR: [{ company: { organisationId: ctx.organisationId } }, { volunteer: { organisationId: ctx.organisationId } }],
    },
    select: { id: true, status: true, expiresAt: true },
  });
  if (!survey) throw apiError("NOT_FOUND", "not_found");
  return survey;
}

const senders = () => organisationProcedure("mentor", "evaluator", "admin");
/**
 * Who manages the respondents (the company and volunteer registers are kept by mentors and
 * administrators): only they may renew or withdraw a link. A renewed link opens the
 * questionnaire, so anyone else could read or change what the employer wrote through it.
 */
const managers = () => organisationProcedure("mentor", "admin");

export const externalSurveyRouter = {
  /**
   * One employer questionnaire per chosen company, in one go. Returns each link and short
   * code: they exist in clear only in this answer (the page shows and prints them once).
   */
  createForCompanies: senders()
    .input(ZCreateForCompanies)
    .mutation(async ({ ctx, input }) => {
      await assertProgrammeOfOrganisation(ctx.db, ctx.organisationId, input.programmeId);
      if (!instrumentFits(input.instrumentId, "company")) throw apiError("BAD_REQUEST", "instrument_not_for_companies");
      const companyIds = [...new Set(input.companyIds)];
      const companies = await ctx.db.company.findMany({
        where: { id: { in: companyIds }, organisationId: ctx.organisationId },
        select: { id: true, name: true },
      });
      if (companies.length !== companyIds.length) throw apiError("NOT_FOUND", "not_found");
      const about = input.aboutParticipantIds ?? {};
      if (Object.keys(about).some((companyId) => !companyIds.includes(companyId))) throw apiError("BAD_REQUEST", "about_unknown_company");
      await assertAboutParticipants(ctx, input.programmeId, Object.values(about));

      const byId = new Map(companies.map((c) => [c.id, c.name]));
      const links = [];
      for (const companyId of companyIds) {
        const created = await createExternalSurvey(ctx.db, {
          respondent: { type: "company", companyId },
          instrumentId: input.instrumentId,
          aboutParticipantId: about[companyId] ?? null,
          aboutFirstName: input.aboutFirstNames?.[companyId] ?? input.aboutFirstName,
          createdById: ctx.user.id,
        });
        await ctx.audit({
          action: "external_survey.create",
          targetType: "survey",
          targetId: created.surveyId,
          detail: {
            respondentType: "company",
            companyId,
            programmeId: input.programmeId,
            instrumentId: input.instrumentId,
            about: about[companyId] ? "participant" : "none",
          },
        });
        links.push({
          companyId,
          companyName: byId.get(companyId) ?? "",
          surveyId: created.surveyId,
          token: created.token,
          shortCode: created.shortCode,
          expiresAt: created.expiresAt.toISOString(),
        });
      }
      return { instrumentId: input.instrumentId, links };
    }),

  /**
   * A feedback questionnaire for one volunteer mentor. Only the volunteer register's keepers:
   * evaluators see no volunteer's name (they are people, not employers).
   */
  createForVolunteer: managers()
    .input(ZCreateForVolunteer)
    .mutation(async ({ ctx, input }) => {
      await assertProgrammeOfOrganisation(ctx.db, ctx.organisationId, input.programmeId);
      await assertVolunteerInOrganisation(ctx.db, ctx.organisationId, input.volunteerId);
      if (!instrumentFits(input.instrumentId, "volunteer")) throw apiError("BAD_REQUEST", "instrument_not_for_volunteers");
      await assertAboutParticipants(ctx, input.programmeId, input.aboutParticipantId ? [input.aboutParticipantId] : []);
      const created = await createExternalSurvey(ctx.db, {
        respondent: { type: "volunteer", volunteerId: input.volunteerId },
        instrumentId: input.instrumentId,
        aboutParticipantId: input.aboutParticipantId ?? null,
        aboutFirstName: input.aboutFirstName,
        createdById: ctx.user.id,
      });
      await ctx.audit({
        action: "external_survey.create",
        targetType: "survey",
        targetId: created.surveyId,
        detail: { respondentType: "volunteer", volunteerId: input.volunteerId, programmeId: input.programmeId, instrumentId: input.instrumentId },
      });
      return { surveyId: created.surveyId, token: created.token, shortCode: created.shortCode, expiresAt: created.expiresAt.toISOString() };
    }),

  /** Who has been sent a questionnaire and who has answered. */
  list: senders()
    .input(ZOrgScope.extend({ programmeId: ZId.optional() }))
    .query(async ({ ctx, input }) => {
      if (input.programmeId) await assertProgrammeOfOrganisation(ctx.db, ctx.organisationId, input.programmeId);
      // Evaluators follow the employer questionnaires only: a volunteer's row names a person.
      const types = seesParticipants(ctx) ? ["company", "volunteer"] : ["company"];
      const where = {
        ...(input.programmeId
          ? externalSurveysWhere(input.programmeId, [ctx.organisationId])
          : { OR: [{ company: { organisationId: ctx.organisationId } }, { volunteer: { organisationId: ctx.organisationId } }] }),
        respondentType: { in: types },
      };
      const surveys = await ctx.db.survey.findMany({
        where,
        select: {
          id: true,
          respondentType: true,
          status: true,
          expiresAt: true,
          createdAt: true,
          openedAt: true,
          submittedAt: true,
          aboutFirstName: true,
          company: { select: { id: true, name: true } },
          volunteer: { select: { id: true, name: true } },
          participant: { select: { code: true } },
          assessments: { select: { instrumentId: true }, orderBy: { position: "asc" }, take: 1 },
        },
        orderBy: { createdAt: "desc" },
      });
      const showAbout = seesParticipants(ctx);
      return surveys.map((s) => {
        const instrumentId = s.assessments[0]?.instrumentId ?? "";
        return {
          id: s.id,
          respondentType: s.respondentType as "company" | "volunteer",
          respondent: s.company ?? s.volunteer ?? { id: "", name: "" },
          instrumentId,
          title: externalInstruments[instrumentId]?.title ?? { da: instrumentId, en: instrumentId },
          state: surveyState(s),
          opened: s.openedAt !== null,
          createdAt: s.createdAt.toISOString(),
          submittedAt: s.submittedAt?.toISOString() ?? null,
          expiresAt: s.expiresAt.toISOString(),
          // Evaluators see no participant codes tied to workplaces.
          aboutCode: showAbout ? (s.participant?.code ?? null) : null,
          aboutFirstName: showAbout ? s.aboutFirstName : null,
        };
      });
    }),

  /** A new link and code (a lost or expired link); the old ones stop working. */
  renewLink: managers()
    .input(ZOrgScope.extend({ surveyId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const survey = await externalSurveyOf(ctx, input.surveyId);
      return renewSurveyLink(ctx, survey, "external_survey.renew_link");
    }),

  withdraw: managers()
    .input(ZOrgScope.extend({ surveyId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const survey = await externalSurveyOf(ctx, input.surveyId);
      if (survey.status === "submitted") throw apiError("CONFLICT", "survey_closed");
      await ctx.db.survey.update({ where: { id: survey.id }, data: { status: "withdrawn", withdrawnAt: new Date() } });
      await ctx.audit({ action: "external_survey.withdraw", targetType: "survey", targetId: survey.id });
      return { ok: true as const };
    }),

  /**
   * The evaluator's view: employers' and volunteer mentors' answers of a programme as
   * per-item distributions with n, small cells suppressed as in the participants' figures.
   */
  results: organisationProcedure("evaluator", "admin")
    .input(ZOrgScope.extend({ programmeId: ZId }))
    .query(async ({ ctx, input }) => {
      const organisations = await evaluableOrganisations(ctx.db, ctx.user, input.programmeId);
      await ctx.audit({ action: "evaluation.read", targetType: "programme", targetId: input.programmeId, detail: { views: ["external"] } });
      return {
        respondents: await externalResults(
          ctx.db,
          input.programmeId,
          organisations.map((o) => o.id),
        ),
      };
    }),
} satisfies TRPCRouterRecord;
