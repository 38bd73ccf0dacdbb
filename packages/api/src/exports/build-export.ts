// One export as a file: the cohort is loaded once, turned into tables, then encoded.
import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { SessionUser } from "../auth/session";
import { externalResults } from "../external/results";
import { loadExternalAssessments, loadSubmittedAssessments } from "./assessments";
import { aggregateTables } from "./aggregates";
import { buildCodebook, codebookTable, documentedOnly, instrumentsInExport } from "./codebook";
import { loadExportCohort } from "./cohort";
import { CSV_MIME, tableToCsv } from "./csv";
import { exportFilename } from "./filename";
import { longTable } from "./long";
import { R_MIME, rScript } from "./r-script";
import type { TExportRequest } from "./schema";
import type { Table } from "./table";
import { wideTable } from "./wide";
import { tablesToXlsx, XLSX_MIME } from "./xlsx";

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: Buffer;
  /** Data rows written (all tables), for the audit log. */
  rows: number;
  programmeName: string;
}

export async function buildExport(db: Db, user: SessionUser, request: TExportRequest): Promise<ExportFile> {
  const aggregate = request.shape === "aggregates";
  const cohort = await loadExportCohort(
    db,
    user,
    request.programmeId,
    request.filter,
    aggregate ? ["surveys", "scores", "answers", "statusEvents", "contacts"] : [],
  );
  const on = todayLocal();
  const name = (shape: string, ext: string) => exportFilename(cohort.programme.name, shape, ext, on);
  const file = (shape: string, tables: Table[], mimeType: string, content: Buffer, ext: string): ExportFile => ({
    filename: name(shape, ext),
    mimeType,
    content,
    rows: tables.reduce((n, t) => n + t.rows.length, 0),
    programmeName: cohort.programme.name,
  });
  const encode = async (shape: string, tables: Table[]): Promise<ExportFile> => {
    if (request.format === "xlsx") return file(shape, tables, XLSX_MIME, await tablesToXlsx(tables), "xlsx");
    // CSV holds one table; the aggregates' sections share their columns and follow each other.
    const table = tables.length === 1 ? tables[0]! : stack(tables);
    return file(shape, [table], CSV_MIME, tableToCsv(table), "csv");
  };

  if (aggregate) return encode("aggregates", aggregateTables(cohort, await externalResults(db, cohort.programme.id, cohort.organisationIds)));

  const assessments = await loadSubmittedAssessments(
    db,
    cohort.participants.map((p) => p.participantId),
  );
  // Employers' and volunteer mentors' questionnaires of the programme in the chosen organisations.
  const external = await loadExternalAssessments(db, cohort.programme.id, cohort.organisationIds);
  const organisationNames = new Map(cohort.organisations.map((o) => [o.id, o.name]));
  // Their instruments (externalInstruments) come after the participants' own.
  const instruments = instrumentsInExport(cohort.plan, [...assessments, ...external]);
  const variables = buildCodebook(instruments);
  const codebook = codebookTable([...variables, ...documentedOnly(instruments)]);
  switch (request.shape) {
    case "aggregates":
      throw new Error("unreachable: handled above");
    case "long":
      return encode(
        "long",
        request.format === "xlsx"
          ? [longTable(cohort.participants, assessments, instruments, external, organisationNames), codebook]
          : [longTable(cohort.participants, assessments, instruments, external, organisationNames)],
      );
    case "wide":
      return encode(
        "wide",
        request.format === "xlsx"
          ? [wideTable(cohort.participants, assessments, variables, external, organisationNames), codebook]
          : [wideTable(cohort.participants, assessments, variables, external, organisationNames)],
      );
    case "codebook":
      return encode("codebook", [codebook]);
    case "r-script": {
      const script = rScript(variables, { csvFilename: name("wide", "csv"), programmeName: cohort.programme.name, generatedOn: on });
      return {
        filename: name("wide", "R"),
        mimeType: R_MIME,
        content: Buffer.from(script, "utf8"),
        rows: variables.length,
        programmeName: cohort.programme.name,
      };
    }
  }
}

/** Several tables with the same columns in one CSV (the aggregates): rows one after another. */
function stack(tables: Table[]): Table {
  return { name: tables[0]?.name ?? "data", columns: tables[0]?.columns ?? [], rows: tables.flatMap((t) => t.rows) };
}
