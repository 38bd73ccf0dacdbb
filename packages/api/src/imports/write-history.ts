// Writes a validated history import (enrolment list, statuses, contacts) in ONE transaction
// with its "import.batch" audit event: all rows or none, and the batch and its audit row
// commit (or roll back) together.
import type { Db } from "@skridt/db";
import { audit } from "../audit";
import type { TImportKind } from "./history-mapping";
import type { Tx } from "./tx";
import { noCounts, type ImportCounts } from "./write";
import type { Scope } from "./validate";

export const HISTORY_CHUNK = 500;

export async function writeHistory(
  db: Db,
  input: { scope: Scope; kind: Exclude<TImportKind, "answers">; rows: number; batchId: string; actorId: string | null; fileName: string; ip: string | null },
  write: (tx: Tx, counts: ImportCounts) => Promise<void>,
): Promise<ImportCounts> {
  const counts = noCounts();
  // Large files hold the write lock for a while; the default 5 s would abort them half-way.
  await db.$transaction(
    async (tx) => {
      await write(tx, counts);
      await audit(tx, {
        actorId: input.actorId,
        organisationId: input.scope.organisationId,
        action: "import.batch",
        targetType: "programme",
        targetId: input.scope.programmeId,
        ip: input.ip,
        detail: { batchId: input.batchId, kind: input.kind, fileName: input.fileName, rows: input.rows, ...nonZero(counts) },
      });
    },
    { timeout: 10 * 60 * 1000, maxWait: 30 * 1000 },
  );
  return counts;
}

const nonZero = (counts: ImportCounts) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
