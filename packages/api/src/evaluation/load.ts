// Reads a programme's rows for analytics. Pseudonymous by construction: nothing here selects
// ParticipantIdentity, so no name, e-mail or phone can reach an evaluator's figures or exports.
//
// Flat SQL rather than nested model queries: at 100,000 participants the model API's
// relation loading (thousands of follow-up IN queries, an object and a Date per row) took
// tens of seconds (bench/analytics). Dates are read as text, cut to the day in SQL.
import { Prisma, type Db } from "@skridt/db";
import type { TAnswerRow, TContactRow, TParticipantRow, TReviewRow, TScoreRow, TStatusEventRow, TSurveyRow } from "@skridt/analytics";

export interface ProgrammeRows {
  participants: (TParticipantRow & { code: string })[];
  surveys: TSurveyRow[];
  scores: TScoreRow[];
  answers: TAnswerRow[];
  reviews: TReviewRow[];
  statusEvents: TStatusEventRow[];
  contacts: TContactRow[];
}

export type RowKind = keyof Omit<ProgrammeRows, "participants">;

/** SQL for a timestamp column as text: the day (10 characters) or to the millisecond (23). */
function asText(db: Db, column: Prisma.Sql, length: 10 | 23): Prisma.Sql {
  if (db.engine === "postgresql") {
    return length === 10 ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD')` : Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')`;
  }
  // SQLite holds Prisma's DateTime as ISO text ("2026-11-26T04:57:05.581+00:00").
  return Prisma.sql`substr(${column}, 1, ${length})`;
}

const num = (value: unknown): number => Number(value);

export async function loadProgrammeRows(db: Db, programmeId: string, organisationIds: string[], want: RowKind[]): Promise<ProgrammeRows> {
  const rows: ProgrammeRows = { participants: [], surveys: [], scores: [], answers: [], reviews: [], statusEvents: [], contacts: [] };
  if (organisationIds.length === 0) return rows;
  const inCohort = Prisma.sql`p."programmeId" = ${programmeId} AND p."organisationId" IN (${Prisma.join(organisationIds)})`;

  const participants = await db.$queryRaw<{ id: string; code: string; organisationId: string; enrolledOn: string; endedOn: string | null; gender: string | null; birthYear: unknown }[]>`
    SELECT p."id", p."code", p."organisationId", ${asText(db, Prisma.sql`p."enrolledOn"`, 10)} AS "enrolledOn",
      ${asText(db, Prisma.sql`p."endedOn"`, 10)} AS "endedOn", p."gender", p."birthYear"
    FROM "Participant" p WHERE ${inCohort}`;
  rows.participants = participants.map((p) => ({
    participantId: p.id,
    code: p.code,
    organisationId: p.organisationId,
    enrolledOn: p.enrolledOn,
    ...(p.endedOn ? { endedOn: p.endedOn } : {}),
    ...(p.gender ? { gender: p.gender } : {}),
    ...(p.birthYear !== null && p.birthYear !== undefined ? { birthYear: num(p.birthYear) } : {}),
  }));

  if (want.includes("surveys")) {
    // Employers' and volunteers' questionnaires are not the participants' own.
    const surveys = await db.$queryRaw<{ participantId: string; occasion: string; status: string; expiresAt: string }[]>`
      SELECT s."participantId", s."occasion", s."status", ${asText(db, Prisma.sql`s."expiresAt"`, 23)} AS "expiresAt"
      FROM "Survey" s JOIN "Participant" p ON p."id" = s."participantId"
      WHERE ${inCohort} AND s."respondentType" = 'participant'`;
    const now = new Date().toISOString().slice(0, 23);
    rows.surveys = surveys.map((s) => ({
      participantId: s.participantId,
      occasion: s.occasion,
      // Begun but never sent counts as incomplete whether or not its link has since expired.
      state:
        s.status === "submitted" ? "submitted"
        : s.status === "withdrawn" ? "cancelled"
        : s.status === "in_progress" ? "in_progress"
        : s.expiresAt <= now ? "expired"
        : "open",
    }));
  }
  if (want.includes("scores")) {
    const scores = await db.$queryRaw<{ participantId: string; occasion: string; instrumentId: string; scaleId: string; value: unknown }[]>`
      SELECT a."participantId", a."occasion", a."instrumentId", sc."scaleId", sc."value"
      FROM "Score" sc JOIN "Assessment" a ON a."id" = sc."assessmentId" JOIN "Participant" p ON p."id" = a."participantId"
      WHERE ${inCohort} AND a."status" = 'submitted'`;
    rows.scores = scores.map((s) => ({ ...s, value: s.value === null ? null : num(s.value) }));
  }
  if (want.includes("answers")) {
    const answers = await db.$queryRaw<{ participantId: string; occasion: string; instrumentId: string; itemId: string; value: string }[]>`
      SELECT a."participantId", a."occasion", a."instrumentId", an."itemId", an."value"
      FROM "Answer" an JOIN "Assessment" a ON a."id" = an."assessmentId" JOIN "Participant" p ON p."id" = a."participantId"
      WHERE ${inCohort} AND a."status" = 'submitted'`;
    rows.answers = answers.map((a) => ({ ...a, value: JSON.parse(a.value) as TAnswerRow["value"] }));
  }
  if (want.includes("reviews")) {
    const reviews = await db.$queryRaw<{ participantId: string; reviewedOn: string; areaScores: string }[]>`
      SELECT r."participantId", ${asText(db, Prisma.sql`r."reviewedOn"`, 10)} AS "reviewedOn", r."areaScores"
      FROM "Review" r JOIN "Participant" p ON p."id" = r."participantId" WHERE ${inCohort}`;
    rows.reviews = reviews.map((r) => {
      const parsed = JSON.parse(r.areaScores) as Record<string, { mentor: number } | null>;
      const scores: Record<string, number | null> = {};
      for (const area in parsed) scores[area] = parsed[area]?.mentor ?? null;
      return { participantId: r.participantId, reviewedOn: r.reviewedOn, scores };
    });
  }
  if (want.includes("statusEvents")) {
    const events = await db.$queryRaw<{ participantId: string; status: string; occurredOn: string; hoursPerWeek: unknown; inProcess: unknown }[]>`
      SELECT e."participantId", e."status", ${asText(db, Prisma.sql`e."occurredOn"`, 10)} AS "occurredOn", e."hoursPerWeek", e."inProcess"
      FROM "StatusEvent" e JOIN "Participant" p ON p."id" = e."participantId" WHERE ${inCohort}
      ORDER BY e."occurredOn", e."createdAt"`;
    rows.statusEvents = events.map((e) => ({
      participantId: e.participantId,
      status: e.status,
      occurredOn: e.occurredOn,
      ...(e.hoursPerWeek !== null ? { hoursPerWeek: num(e.hoursPerWeek) } : {}),
      ...(e.inProcess === true || num(e.inProcess) === 1 ? { inProcess: true } : {}),
    }));
  }
  if (want.includes("contacts")) {
    const contacts = await db.$queryRaw<{ participantId: string; kind: string; occurredOn: string; minutes: unknown }[]>`
      SELECT c."participantId", c."kind", ${asText(db, Prisma.sql`c."occurredOn"`, 10)} AS "occurredOn", c."minutes"
      FROM "Contact" c JOIN "Participant" p ON p."id" = c."participantId" WHERE ${inCohort}`;
    rows.contacts = contacts.map((c) => ({ participantId: c.participantId, kind: c.kind, occurredOn: c.occurredOn, ...(c.minutes !== null ? { minutes: num(c.minutes) } : {}) }));
  }
  return rows;
}
