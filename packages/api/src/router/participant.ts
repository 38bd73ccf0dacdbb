import { type TRPCRouterRecord } from "@trpc/server";
import { Prisma, type Db } from "@skridt/db";
import { newParticipantCode, searchName } from "../participant-code";
import { createSurvey } from "../surveys/create";
import { END_REASONS, type TEndReason } from "@skridt/validators";
import {
  ZCreateParticipant,
  ZEndParticipation,
  ZEndParticipations,
  ZListParticipants,
  ZParticipantRef,
  ZReassignMentor,
  ZReopenParticipation,
} from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { apiError } from "../errors";
import { endParticipation, endParticipations, reassignMentor, reopenParticipation } from "../participants";

const listSelect = {
  id: true,
  code: true,
  enrolledOn: true,
  endedOn: true,
  endReason: true,
  programme: { select: { id: true, name: true } },
  mentor: { select: { id: true, name: true } },
  identity: { select: { fullName: true } },
} satisfies Prisma.ParticipantSelect;

export const participantRouter = {
  /** The caseload with names: identifying details are only ever shown inside the participant's organisation. */
  list: organisationProcedure("mentor", "admin")
    .input(ZListParticipants)
    .query(async ({ ctx, input }) => {
      const where: Prisma.ParticipantWhereInput = { organisationId: ctx.organisationId, erasedAt: null }; // erased people are no one's caseload
      if (input.scope === "mine") where.mentorId = ctx.user.id;
      if (input.programmeId) where.programmeId = input.programmeId;
      if (input.state === "active") where.endedOn = null;
      if (input.state === "ended") where.endedOn = { not: null };
      if (input.search) {
        where.OR = [{ code: { contains: input.search.toUpperCase() } }, { identity: { searchName: { contains: searchName(input.search) } } }];
      }
      const rows = await ctx.db.participant.findMany({
        where,
        select: listSelect,
        orderBy: input.state === "ended" ? [{ endedOn: "desc" }, { enrolledOn: "desc" }] : [{ endedOn: "asc" }, { enrolledOn: "desc" }],
        take: 500,
      });
      await ctx.audit({ action: "participant.list_identities", targetType: "participant", detail: { count: rows.length, scope: input.scope } });
      const questionnaires = await questionnaireStates(
        ctx.db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.identity?.fullName ?? null,
        programme: r.programme,
        mentor: r.mentor,
        enrolledOn: r.enrolledOn.toISOString().slice(0, 10),
        endedOn: r.endedOn ? r.endedOn.toISOString().slice(0, 10) : null,
        endReason: endReasonOf(r.endReason),
        questionnaires: questionnaires.get(r.id) ?? { start: "missing" as const, end: "missing" as const },
      }));
    }),

  create: organisationProcedure("mentor", "admin")
    .input(ZCreateParticipant)
    .mutation(async ({ ctx, input }) => {
      const inProgramme = await ctx.db.programmeOrganisation.count({
        where: { programmeId: input.programmeId, organisationId: ctx.organisationId },
      });
      if (inProgramme === 0) throw apiError("BAD_REQUEST", "programme_not_in_organisation");
      // A mentor's new participant joins their caseload; an admin's waits for a mentor.
      const mentorId = ctx.rolesHere.includes("mentor") ? ctx.user.id : null;
      for (let attempt = 0; ; attempt++) {
        try {
          const participant = await ctx.db.participant.create({
            data: {
              code: newParticipantCode(),
              organisationId: ctx.organisationId,
              programmeId: input.programmeId,
              mentorId,
              enrolledOn: new Date(`${input.enrolledOn}T00:00:00Z`),
              gender: input.gender ?? null,
              birthYear: input.birthYear ?? null,
              identity: {
                create: { fullName: input.fullName, searchName: searchName(input.fullName), email: input.email || null, phone: input.phone || null },
              },
            },
            select: { id: true, code: true },
          });
          await ctx.audit({ action: "participant.create", targetType: "participant", targetId: participant.id });
          // Enrolment starts the measurement plan: the start questionnaire is ready at once.
          const start = await createSurvey(ctx.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: ctx.user.id });
          return { ...participant, startSurvey: { token: start.token, shortCode: start.shortCode, expiresAt: start.expiresAt.toISOString() } };
        } catch (error) {
          // A code collision (about 1 in 900 million per pair) just draws another code.
          const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
          if (!collided || attempt >= 5) throw error;
        }
      }
    }),

  /** One participant with identifying details, for the mentor's participant page. */
  get: organisationProcedure("mentor", "admin")
    .input(ZParticipantRef)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.participant.findFirst({
        where: { id: input.participantId, organisationId: ctx.organisationId },
        select: {
          ...listSelect,
          gender: true,
          birthYear: true,
          erasedAt: true,
          identity: { select: { fullName: true, email: true, phone: true } },
        },
      });
      if (!row) throw apiError("NOT_FOUND", "not_found");
      await ctx.audit({ action: "participant.read_identity", targetType: "participant", targetId: row.id });
      return {
        id: row.id,
        code: row.code,
        name: row.identity?.fullName ?? null,
        email: row.identity?.email ?? null,
        phone: row.identity?.phone ?? null,
        gender: row.gender,
        birthYear: row.birthYear,
        programme: row.programme,
        mentor: row.mentor,
        enrolledOn: row.enrolledOn.toISOString().slice(0, 10),
        endedOn: row.endedOn ? row.endedOn.toISOString().slice(0, 10) : null,
        endReason: endReasonOf(row.endReason),
        /** Erased: nothing about them can change any more (the page offers no actions). */
        erased: row.erasedAt !== null,
      };
    }),

  /** Ends the participation on a day (enrolment day to today) for a reason of the catalogue. */
  end: organisationProcedure("mentor", "admin")
    .input(ZEndParticipation)
    .mutation(async ({ ctx, input }) => {
      const ended = await ctx.db.$transaction((tx) =>
        endParticipation(tx, ctx.audit, {
          organisationId: ctx.organisationId,
          participantId: input.participantId,
          endedOn: input.endedOn,
          reason: input.reason,
          source: "manual",
        }),
      );
      return ended;
    }),

  /** Reopens an ended participation; the reason is a key of REOPEN_REASONS, kept in the audit log. */
  reopen: organisationProcedure("mentor", "admin")
    .input(ZReopenParticipation)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        reopenParticipation(tx, ctx.audit, { organisationId: ctx.organisationId, participantId: input.participantId, reason: input.reason }),
      ),
    ),

  /** Another mentor of the same organisation takes the participant over. */
  reassign: organisationProcedure("admin")
    .input(ZReassignMentor)
    .mutation(async ({ ctx, input }) =>
      reassignMentor(ctx.db, ctx.audit, { organisationId: ctx.organisationId, participantId: input.participantId, mentorId: input.mentorId }),
    ),

  /** A project's closing day: many participations ended at once, all or none. */
  endMany: organisationProcedure("admin")
    .input(ZEndParticipations)
    .mutation(async ({ ctx, input }) =>
      endParticipations(ctx.db, ctx.audit, {
        organisationId: ctx.organisationId,
        participantIds: input.participantIds,
        endedOn: input.endedOn,
        reason: input.reason,
      }),
    ),
} satisfies TRPCRouterRecord;

/** A stored reason as the catalogue's code; anything else (a reason this version does not know) reads as "other". */
function endReasonOf(stored: string | null): TEndReason | null {
  if (stored === null) return null;
  return (END_REASONS as readonly string[]).includes(stored) ? (stored as TEndReason) : "other";
}

/** How far a participant's own start or end questionnaire got: the caseload shows who still lacks one. */
export type TQuestionnaireState = "submitted" | "open" | "missing";

async function questionnaireStates(db: Db, participantIds: string[]) {
  const surveys = await db.survey.findMany({
    where: { participantId: { in: participantIds }, respondentType: "participant", occasion: { in: ["start", "end"] }, status: { not: "withdrawn" } },
    select: { participantId: true, occasion: true, status: true },
  });
  const states = new Map<string, { start: TQuestionnaireState; end: TQuestionnaireState }>();
  const rank = { missing: 0, open: 1, submitted: 2 } as const;
  for (const survey of surveys) {
    if (!survey.participantId) continue;
    const entry = states.get(survey.participantId) ?? { start: "missing", end: "missing" };
    const occasion = survey.occasion as "start" | "end";
    const state: TQuestionnaireState = survey.status === "submitted" ? "submitted" : "open";
    if (rank[state] > rank[entry[occasion]]) entry[occasion] = state;
    states.set(survey.participantId, entry);
  }
  return states;
}
