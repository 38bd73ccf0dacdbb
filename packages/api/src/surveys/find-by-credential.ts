import { Prisma, type Db } from "@skridt/db";
import { hashToken } from "../auth/token";
import type { TCredential } from "@skridt/validators";
import { hashShortCode } from "./links";

export interface LinkedSurvey {
  id: string;
  participantId: string | null;
  /** "participant" | "company" | "volunteer": who answers through this link. */
  respondentType: string;
  /** For an employer or volunteer: the first name (only) of the participant it is about, if the mentor chose to show one. */
  aboutFirstName: string | null;
  occasion: string;
  mode: string;
  status: string;
  expiresAt: Date;
  openedAt: Date | null;
  startedAt: Date | null;
}

/**
 * The survey a personal link or short code opens. Runs on every answer a participant saves,
 * so it is one prepared, indexed SELECT on the bulk reader's connection (rows as arrays),
 * without Prisma's per-query compilation (about a fifth of a save's CPU in bench/participant).
 * That connection reads committed data like any other, so a withdrawal or submission made
 * a moment ago is seen.
 */
export async function findSurveyByCredential(db: Db, credential: TCredential): Promise<LinkedSurvey | null> {
  const where =
    "token" in credential ? Prisma.sql`"tokenHash" = ${hashToken(credential.token)}` : Prisma.sql`"shortCodeHash" = ${hashShortCode(credential.code)}`;
  const [row] = await db.bulk.rows(Prisma.sql`
    SELECT "id", "participantId", "respondentType", "aboutFirstName", "occasion", "mode", "status", "expiresAt", "openedAt", "startedAt"
    FROM "Survey" WHERE ${where} LIMIT 1`);
  if (!row) return null;
  const [id, participantId, respondentType, aboutFirstName, occasion, mode, status, expiresAt, openedAt, startedAt] = row;
  // Raw rows carry the driver's types (SQLite: text or milliseconds; PostgreSQL: Date): make the dates Dates.
  const date = (value: unknown) => new Date(value as string | number | Date);
  return {
    id: id as string,
    participantId: (participantId as string | null) ?? null,
    respondentType: respondentType as string,
    aboutFirstName: (aboutFirstName as string | null) ?? null,
    occasion: occasion as string,
    mode: mode as string,
    status: status as string,
    expiresAt: date(expiresAt),
    openedAt: openedAt === null ? null : date(openedAt),
    startedAt: startedAt === null ? null : date(startedAt),
  };
}
