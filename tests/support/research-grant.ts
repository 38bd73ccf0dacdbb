// Tests that read row-level exports as an evaluator need an administrator's grant (issue 11,
// item 2): this writes one straight into the database, for a year, at full precision unless told.
import type { Db } from "@skridt/db";

export async function grantResearchExports(
  db: Db,
  opts: { userId: string; programmeId: string; organisationIds: string[]; exactDates?: boolean; birthYear?: boolean },
): Promise<void> {
  const expiresAt = new Date(Date.now() + 365 * 86_400_000);
  for (const organisationId of opts.organisationIds) {
    await db.researchExportGrant.create({
      data: {
        programmeId: opts.programmeId,
        organisationId,
        userId: opts.userId,
        exactDates: opts.exactDates ?? true,
        birthYear: opts.birthYear ?? true,
        expiresAt,
        grantedById: opts.userId,
      },
    });
  }
}
