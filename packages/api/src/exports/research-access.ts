// Which organisations' participant rows a user may download in a programme (issue 11, item
// 2). Aggregate figures are for every evaluator; rows (the wide and long exports) only where
// an administrator of the organisation granted them to this evaluator, or where the user is
// an administrator (who sees the participants by name already).
import type { Db } from "@skridt/db";
import type { SessionUser } from "../auth/session";

export interface RowPrecision {
  exactDates: boolean;
  birthYear: boolean;
}

export interface RowAccess extends RowPrecision {
  organisationId: string;
  via: "admin" | "grant";
  /** The grant's end (the instant after its last day); null for administrators. */
  expiresAt: Date | null;
}

/** Active: not revoked and not yet expired. */
export const activeGrantWhere = (now: Date) => ({ revokedAt: null, expiresAt: { gt: now } });

/** Row-level access to each of these organisations' participants in the programme (those without are left out). */
export async function rowLevelAccess(
  db: Db,
  user: SessionUser,
  programmeId: string,
  organisationIds: readonly string[],
  now = new Date(),
): Promise<RowAccess[]> {
  const adminOf = new Set(user.memberships.filter((m) => m.role === "admin").map((m) => m.organisationId));
  const evaluatorOf = new Set(user.memberships.filter((m) => m.role === "evaluator").map((m) => m.organisationId));
  const grants = await db.researchExportGrant.findMany({
    where: { programmeId, userId: user.id, organisationId: { in: [...organisationIds] }, ...activeGrantWhere(now) },
    select: { organisationId: true, exactDates: true, birthYear: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
  const access: RowAccess[] = [];
  for (const organisationId of organisationIds) {
    if (adminOf.has(organisationId)) {
      access.push({ organisationId, via: "admin", exactDates: true, birthYear: true, expiresAt: null });
      continue;
    }
    // A grant counts only while its holder is still an evaluator there.
    const grant = evaluatorOf.has(organisationId) ? grants.find((g) => g.organisationId === organisationId) : undefined;
    if (grant) access.push({ organisationId, via: "grant", exactDates: grant.exactDates, birthYear: grant.birthYear, expiresAt: grant.expiresAt });
  }
  return access;
}
