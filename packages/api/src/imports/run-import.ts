// An import from file to database: read, check the mapping, validate every row, and only
// when nothing is wrong write everything in one transaction. Shared by the staff app's
// procedure and the CLI; progress goes to the caller's callback (the CLI prints it).
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import { loadProgrammeInstruments } from "../programme-instruments/cache";
import { checkMapping } from "./check-mapping";
import { isHistoryMapping, type TAnyMapping } from "./history-mapping";
import { importHistory } from "./run-history";
import { problemOf, type ImportProblem } from "@skridt/validators";
import { type OnProgress } from "./progress";
import { FileFormatError, readTable } from "./read-table";
import { validateRows, type Scope } from "./validate";
import { writeImport, type ImportCounts } from "./write";

/** A report lists this many problems at most (with the total): enough to fix a file by. */
export const MAX_REPORTED_PROBLEMS = 1000;

export type ImportResult =
  | { ok: false; rows: number; problemCount: number; problems: ImportProblem[] }
  | {
      ok: true;
      dryRun: boolean;
      /** The kind of import (answers, enrolment, statuses, contacts). */
      kind: string;
      rows: number;
      skippedEmpty: number;
      newParticipants: number;
      batchId: string | null;
      counts: ImportCounts | null;
    };

export interface ImportRequest {
  scope: Scope;
  mapping: TAnyMapping;
  content: Buffer;
  fileName: string;
  dryRun?: boolean;
  actorId: string | null;
  ip?: string | null;
  onProgress?: OnProgress;
}

export async function runImport(db: Db, request: ImportRequest): Promise<ImportResult> {
  const fail = (problems: ImportProblem[], rows = 0): ImportResult => ({
    ok: false,
    rows,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
  });
  const { scope } = request;
  const anyMapping = request.mapping;
  const linked = await db.programmeOrganisation.findUnique({
    where: { programmeId_organisationId: { programmeId: scope.programmeId, organisationId: scope.organisationId } },
  });
  if (!linked) return fail([problemOf(0, null, "programme_not_linked")]);

  request.onProgress?.({ phase: "reading", done: 0, total: request.content.length });
  let table;
  try {
    table = await readTable(request.content, request.fileName, anyMapping.sheet);
  } catch (error) {
    if (error instanceof FileFormatError) return fail([problemOf(0, null, error.code, error.params)]);
    throw error;
  }
  request.onProgress?.({ phase: "reading", done: request.content.length, total: request.content.length });

  if (isHistoryMapping(anyMapping)) return importHistory(db, { ...request, mapping: anyMapping }, table, fail);
  const mapping = anyMapping;
  const own = await loadProgrammeInstruments(db, scope.programmeId);
  const { instrument, problems: mappingProblems } = checkMapping(mapping, table.columns, own);
  if (!instrument || mappingProblems.length > 0) return fail(mappingProblems, table.rows.length);

  const validation = await validateRows(db, scope, mapping, instrument, table.rows, request.onProgress);
  if (validation.problems.length > 0) return fail(validation.problems, table.rows.length - validation.skippedEmpty);
  if (validation.rows.length === 0) return fail([problemOf(0, null, "no_rows")]);

  const base = { kind: "answers", rows: validation.rows.length, skippedEmpty: validation.skippedEmpty, newParticipants: validation.newParticipants.length };
  if (request.dryRun) return { ok: true, dryRun: true, ...base, batchId: null, counts: null };
  const batchId = randomUUID();
  const counts = await writeImport(
    db,
    { scope, instrument, validation, batchId, actorId: request.actorId, fileName: request.fileName, ip: request.ip ?? null },
    request.onProgress,
  );
  return { ok: true, dryRun: false, ...base, batchId, counts };
}
