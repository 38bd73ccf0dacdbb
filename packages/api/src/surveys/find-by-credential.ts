import { Prisma, type Db } from "@skridt/db";
import { hashToken } from "../auth/token";
import type { TCredential } from "../schemas/survey";
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
 * so it is one plain indexed SELECT rather than a compiled model query.
 */
export async function findSurveyByCredential(db: Db, credential: TCredential): Promise<LinkedSurvey | null> {
  const where = "token" in credential
    ? Prisma.sql`"tokenHash" = ${hashToken(credential.token)}`
    : Prisma.sql`"shortCodeHash" = ${hashShortCode(credential.code)}`;
  const rows = await db.$queryRaw<LinkedSurvey[]>`
    SELECT "id", "participantId", "respondentType", "aboutFirstName", "occasion", "mode", "status", "expiresAt", "openedAt", "startedAt"
    FROM "Survey" WHERE ${where} LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  // Raw rows carry the driver's types; make the dates Dates on both engines.
  return {
    ...row,
    expiresAt: new Date(row.expiresAt),
    openedAt: row.openedAt ? new Date(row.openedAt) : null,
    startedAt: row.startedAt ? new Date(row.startedAt) : null,
  };
}
