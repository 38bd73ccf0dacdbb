// The history kinds' path through an import (enrolment list, statuses, contacts): the header
// checked against the mapping, every row validated, and only when nothing is wrong one
// transaction with its audit event. Answers take run-import.ts's own path.
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import { problemOf, type ImportProblem } from "@skridt/validators";
import type { THistoryMapping } from "./history-mapping";
import { contactColumns, validateContacts, writeContacts } from "./kind-contacts";
import { enrolmentColumns, validateEnrolment, writeEnrolment } from "./kind-enrolment";
import { statusColumns, validateStatuses, writeStatuses } from "./kind-statuses";
import type { SourceTable } from "./read-table";
import type { ImportRequest, ImportResult } from "./run-import";
import { HISTORY_CHUNK, writeHistory } from "./write-history";

export async function importHistory(
  db: Db,
  request: ImportRequest & { mapping: THistoryMapping },
  table: SourceTable,
  fail: (problems: ImportProblem[], rows?: number) => ImportResult,
): Promise<ImportResult> {
  const { mapping, scope } = request;
  const needed = mapping.kind === "enrolment" ? enrolmentColumns(mapping) : mapping.kind === "statuses" ? statusColumns(mapping) : contactColumns(mapping);
  const present = new Set(table.columns);
  const missing = [...new Set(needed)].filter((c) => !present.has(c)).map((column) => problemOf(1, column, "column_missing", { column }));
  if (missing.length > 0) return fail(missing, table.rows.length);

  const total = table.rows.length;
  request.onProgress?.({ phase: "validating", done: 0, total });
  const validated =
    mapping.kind === "enrolment"
      ? await validateEnrolment(db, scope, mapping, table.rows)
      : mapping.kind === "statuses"
        ? await validateStatuses(db, scope, mapping, table.rows)
        : await validateContacts(db, scope, mapping, table.rows);
  request.onProgress?.({ phase: "validating", done: total, total });
  const counted = total - validated.skippedEmpty;
  if (validated.problems.length > 0) return fail(validated.problems, counted);
  if (validated.planned.length === 0) return fail([problemOf(0, null, "no_rows")]);

  const rows = validated.planned.length;
  const newParticipants = mapping.kind === "enrolment" ? rows : 0;
  const base = { kind: mapping.kind, rows, skippedEmpty: validated.skippedEmpty, newParticipants };
  if (request.dryRun) return { ok: true, dryRun: true, ...base, batchId: null, counts: null };

  const batchId = randomUUID();
  const onChunk = (done: number) => request.onProgress?.({ phase: "writing", done, total: rows });
  const ctx = { batchId, actorId: request.actorId, chunk: HISTORY_CHUNK, onChunk };
  const counts = await writeHistory(
    db,
    { scope, kind: mapping.kind, rows, batchId, actorId: request.actorId, fileName: request.fileName, ip: request.ip ?? null },
    async (tx, counts) => {
      if (mapping.kind === "enrolment") {
        counts.participantsCreated = await writeEnrolment(tx, scope, validatedEnrolment(validated), HISTORY_CHUNK, onChunk);
      } else if (mapping.kind === "statuses") {
        Object.assign(counts, await writeStatuses(tx, validatedStatuses(validated), ctx));
      } else {
        const contacts = validated as Awaited<ReturnType<typeof validateContacts>>;
        Object.assign(counts, await writeContacts(tx, scope, contacts.planned, contacts.companies, ctx));
      }
    },
  );
  return { ok: true, dryRun: false, ...base, batchId, counts };
}

// The union of the three validations narrowed by the mapping's kind (checked by the caller).
const validatedEnrolment = (v: { planned: unknown[] }) => v.planned as Awaited<ReturnType<typeof validateEnrolment>>["planned"];
const validatedStatuses = (v: { planned: unknown[] }) => v.planned as Awaited<ReturnType<typeof validateStatuses>>["planned"];
