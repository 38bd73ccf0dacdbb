// Reads a programme's rows for analytics. Pseudonymous by construction: nothing here selects
// ParticipantIdentity, so no name, e-mail or phone can reach an evaluator's figures or exports.
//
// Flat SQL through the bulk reader (rows as arrays, on a connection of its own) rather than
// the model API or Prisma's raw queries: at 100,000 participants the model API's relation
// loading took tens of seconds and the raw-query path seconds per table (bench/analytics).
// Dates are read as text, cut to the day in SQL.
import { Prisma, type Db } from "@skridt/db";
import { asText } from "./cohort-sql";
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

const num = (value: unknown): number => Number(value);

export async function loadProgrammeRows(db: Db, programmeId: string, organisationIds: string[], want: RowKind[]): Promise<ProgrammeRows> {
  const rows: ProgrammeRows = { participants: [], surveys: [], scores: [], answers: [], reviews: [], statusEvents: [], contacts: [] };
  if (organisationIds.length === 0) return rows;
  const inCohort = Prisma.sql`p."programmeId" = ${programmeId} AND p."organisationId" IN (${Prisma.join(organisationIds)})`;

  const participants = await db.bulk.rows(Prisma.sql`
    SELECT p."id", p."code", p."organisationId", ${asText(db, Prisma.sql`p."enrolledOn"`, 10)},
      ${asText(db, Prisma.sql`p."endedOn"`, 10)}, p."gender", p."birthYear", p."cellKey"
    FROM "Participant" p WHERE ${inCohort}`);
  rows.participants = participants.map(([id, code, organisationId, enrolledOn, endedOn, gender, birthYear, cellKey]) => ({
    participantId: id as string,
    code: code as string,
    organisationId: organisationId as string,
    enrolledOn: enrolledOn as string,
    ...(endedOn ? { endedOn: endedOn as string } : {}),
    ...(gender ? { gender: gender as string } : {}),
    ...(birthYear !== null && birthYear !== undefined ? { birthYear: num(birthYear) } : {}),
    // For disclosure control of aggregates only: row exports list their columns by name and never carry it.
    cellKey: num(cellKey),
  }));

  if (want.includes("surveys")) {
    // Employers' and volunteers' questionnaires are not the participants' own.
    const surveys = await db.bulk.rows(Prisma.sql`
      SELECT s."participantId", s."occasion", s."status", ${asText(db, Prisma.sql`s."expiresAt"`, 23)}
      FROM "Survey" s JOIN "Participant" p ON p."id" = s."participantId"
      WHERE ${inCohort} AND s."respondentType" = 'participant'`);
    const now = new Date().toISOString().slice(0, 23);
    rows.surveys = surveys.map(([participantId, occasion, status, expiresAt]) => ({
      participantId: participantId as string,
      occasion: occasion as string,
      // Begun but never sent counts as incomplete whether or not its link has since expired.
      state:
        status === "submitted"
          ? "submitted"
          : status === "withdrawn"
            ? "cancelled"
            : status === "in_progress"
              ? "in_progress"
              : (expiresAt as string) <= now
                ? "expired"
                : "open",
    }));
  }
  if (want.includes("scores")) {
    const scores = await db.bulk.rows(Prisma.sql`
      SELECT a."participantId", a."occasion", a."instrumentId", sc."scaleId", sc."value"
      FROM "Score" sc JOIN "Assessment" a ON a."id" = sc."assessmentId" JOIN "Participant" p ON p."id" = a."participantId"
      WHERE ${inCohort} AND a."status" = 'submitted'`);
    rows.scores = scores.map(([participantId, occasion, instrumentId, scaleId, value]) => ({
      participantId: participantId as string,
      occasion: occasion as string,
      instrumentId: instrumentId as string,
      scaleId: scaleId as string,
      value: value === null ? null : num(value),
    }));
  }
  if (want.includes("answers")) {
    const answers = await db.bulk.rows(Prisma.sql`
      SELECT a."participantId", a."occasion", a."instrumentId", an."instrumentVersion", an."itemId", an."value"
      FROM "Answer" an JOIN "Assessment" a ON a."id" = an."assessmentId" JOIN "Participant" p ON p."id" = a."participantId"
      WHERE ${inCohort} AND a."status" = 'submitted'`);
    rows.answers = answers.map(([participantId, occasion, instrumentId, instrumentVersion, itemId, value]) => ({
      participantId: participantId as string,
      occasion: occasion as string,
      instrumentId: instrumentId as string,
      instrumentVersion: instrumentVersion as string,
      itemId: itemId as string,
      value: JSON.parse(value as string) as TAnswerRow["value"],
    }));
  }
  if (want.includes("reviews")) {
    const reviews = await db.bulk.rows(Prisma.sql`
      SELECT r."participantId", ${asText(db, Prisma.sql`r."reviewedOn"`, 10)}, r."areaScores"
      FROM "Review" r JOIN "Participant" p ON p."id" = r."participantId" WHERE ${inCohort}`);
    rows.reviews = reviews.map(([participantId, reviewedOn, areaScores]) => {
      const parsed = JSON.parse(areaScores as string) as Record<string, { mentor: number } | null>;
      const scores: Record<string, number | null> = {};
      for (const area in parsed) scores[area] = parsed[area]?.mentor ?? null;
      return { participantId: participantId as string, reviewedOn: reviewedOn as string, scores };
    });
  }
  if (want.includes("statusEvents")) {
    const events = await db.bulk.rows(Prisma.sql`
      SELECT e."participantId", e."status", ${asText(db, Prisma.sql`e."occurredOn"`, 10)}, e."hoursPerWeek", e."inProcess", ${asText(db, Prisma.sql`e."createdAt"`, 23)}
      FROM "StatusEvent" e JOIN "Participant" p ON p."id" = e."participantId" WHERE ${inCohort}`);
    // Unordered: outcomes orders each participant's few events itself (by day, then by
    // recordedAt), which is far cheaper than sorting every event of the programme in SQL.
    rows.statusEvents = events.map(([participantId, status, occurredOn, hoursPerWeek, inProcess, recordedAt]) => ({
      participantId: participantId as string,
      status: status as string,
      occurredOn: occurredOn as string,
      recordedAt: recordedAt as string,
      ...(hoursPerWeek !== null ? { hoursPerWeek: num(hoursPerWeek) } : {}),
      ...(inProcess === true || num(inProcess) === 1 ? { inProcess: true } : {}),
    }));
  }
  if (want.includes("contacts")) {
    const contacts = await db.bulk.rows(Prisma.sql`
      SELECT c."participantId", c."kind", ${asText(db, Prisma.sql`c."occurredOn"`, 10)}, c."minutes"
      FROM "Contact" c JOIN "Participant" p ON p."id" = c."participantId" WHERE ${inCohort}`);
    rows.contacts = contacts.map(([participantId, kind, occurredOn, minutes]) => ({
      participantId: participantId as string,
      kind: kind as string,
      occurredOn: occurredOn as string,
      ...(minutes !== null ? { minutes: num(minutes) } : {}),
    }));
  }
  return rows;
}
