// One export as a file: the cohort is loaded once, turned into tables, then encoded.
import type { Db } from "@skridt/db";
import { apiError } from "../errors";
import { guardCohort } from "../evaluation/cohort-guard";
import { evaluableOrganisations } from "../evaluation/scope";
import { todayLocal } from "@skridt/instruments";
import type { SessionUser } from "../auth/session";
import { externalResults } from "../external/results";
import { KNOWN_FROM_RECORD } from "../surveys/known-from-record";
import { loadExternalAssessments, loadSubmittedAssessments } from "./assessments";
import { aggregateTables } from "./aggregates";
import { readableAggregateTables } from "./aggregates-readable";
import { buildCodebook, codebookTable, documentedOnly, instrumentsInExport } from "./codebook";
import { loadExportCohort } from "./cohort";
import { CSV_MIME, tableToCsv } from "./csv";
import { exportFilename } from "./filename";
import { exportHeadline } from "./headline";
import { longTable } from "./long";
import { pseudonymiseTable } from "./pseudonymise";
import { rowLevelAccess, type RowAccess, type RowPrecision } from "./research-access";
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
  /** Row-level exports: the organisations whose rows are in it, and how. */
  access?: RowAccess[];
}

/** Background answers that are the birth year (baggrund's foedselsaar): only where the grant gives birth years. */
const BIRTH_YEAR_ITEMS: ReadonlySet<string> = new Set(
  Object.entries(KNOWN_FROM_RECORD).flatMap(([instrumentId, items]) =>
    Object.entries(items).flatMap(([itemId, field]) => (field === "birthYear" ? [`${instrumentId}/${itemId}`] : [])),
  ),
);

/** Shapes with one row per participant (or per answer): the research tier. */
export const ROW_LEVEL_SHAPES: ReadonlySet<TExportRequest["shape"]> = new Set(["long", "wide"]);

export async function buildExport(db: Db, user: SessionUser, request: TExportRequest): Promise<ExportFile> {
  const aggregate = request.shape === "aggregates";
  const rowLevel = ROW_LEVEL_SHAPES.has(request.shape);
  // Rows only of the organisations that granted them (issue 11, item 2); none is a refusal that says why.
  const access = rowLevel ? await grantedAccess(db, user, request) : [];
  const filter = rowLevel ? { ...request.filter, organisationIds: access.map((a) => a.organisationId) } : request.filter;
  // Aggregate figures are an evaluator cohort like the screens' (issue 11, averaging); row-level exports are the granted tier.
  if (aggregate) await guardCohort(db, user, request.programmeId, request.filter);
  const cohort = await loadExportCohort(db, user, request.programmeId, filter, aggregate ? ["surveys", "scores", "answers", "statusEvents", "contacts"] : []);
  const on = todayLocal();
  const name = (shape: string, ext: string) => exportFilename(cohort.programme.name, shape, ext, on);
  const file = (shape: string, tables: Table[], mimeType: string, content: Buffer, ext: string): ExportFile => ({
    filename: name(shape, ext),
    mimeType,
    content,
    rows: tables.reduce((n, t) => n + t.rows.length, 0),
    programmeName: cohort.programme.name,
  });
  const precisionByOrganisation = new Map<string, RowPrecision>();
  for (const a of access) {
    const name = cohort.organisations.find((o) => o.id === a.organisationId)?.name ?? "";
    // Two organisations of the same name: the coarser of their precisions.
    const before = precisionByOrganisation.get(name);
    precisionByOrganisation.set(name, before ? { exactDates: before.exactDates && a.exactDates, birthYear: before.birthYear && a.birthYear } : a);
  }
  const anyBirthYear = access.some((a) => a.birthYear);
  const birthYears = new Map(cohort.participants.map((p) => [p.code, p.birthYear ?? null]));
  // Fresh pseudonyms and coarse dates in every row-level table (the codebook has no rows).
  const research = (table: Table, birthYearColumns: ReadonlySet<string> = new Set()): Table =>
    pseudonymiseTable(table, { precisionByOrganisation, ...(anyBirthYear ? { birthYears } : {}), birthYearItems: BIRTH_YEAR_ITEMS, birthYearColumns });
  const encode = async (shape: string, tables: Table[]): Promise<ExportFile> => {
    if (request.format === "xlsx") return file(shape, tables, XLSX_MIME, await tablesToXlsx(tables), "xlsx");
    // CSV holds one table; the aggregates' sections share their columns and follow each other.
    const table = tables.length === 1 ? tables[0]! : stack(tables);
    return file(shape, [table], CSV_MIME, tableToCsv(table), "csv");
  };

  if (aggregate) {
    const tables = aggregateTables(
      cohort,
      await exportHeadline(db, cohort, request.filter),
      await externalResults(db, cohort.programme.id, cohort.organisationIds),
    );
    // XLSX is read by people: in words and rounded. CSV is for analysis: codes and full values.
    return encode("aggregates", request.format === "xlsx" ? readableAggregateTables(tables) : tables);
  }

  const assessments = await loadSubmittedAssessments(
    db,
    cohort.participants.map((p) => p.participantId),
  );
  // Employers' and volunteer mentors' questionnaires of the programme in the chosen organisations.
  const external = await loadExternalAssessments(db, cohort.programme.id, cohort.organisationIds);
  const organisationNames = new Map(cohort.organisations.map((o) => [o.id, o.name]));
  // Their instruments (externalInstruments) come after the participants' own.
  const instruments = instrumentsInExport(cohort.plan, [...assessments, ...external]);
  const variables = buildCodebook(instruments, { birthYear: anyBirthYear });
  const codebook = codebookTable([...variables, ...documentedOnly(instruments)]);
  switch (request.shape) {
    case "aggregates":
      throw new Error("unreachable: handled above");
    case "long": {
      const long = research(longTable(cohort.participants, assessments, instruments, external, organisationNames));
      return { ...(await encode("long", request.format === "xlsx" ? [long, codebook] : [long])), access };
    }
    case "wide": {
      // The codebook lists birth_year when the grant gives it; the table gets it from the pseudonymiser.
      const wide = research(
        wideTable(
          cohort.participants,
          assessments,
          variables.filter((v) => v.name !== "birth_year"),
          external,
          organisationNames,
        ),
        new Set(variables.filter((v) => BIRTH_YEAR_ITEMS.has(`${v.instrumentId}/${v.itemId}`)).map((v) => v.name)),
      );
      return { ...(await encode("wide", request.format === "xlsx" ? [wide, codebook] : [wide])), access };
    }
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

/** The row-level access for this export's organisations (the filter's, or all the user evaluates); none is refused. */
async function grantedAccess(db: Db, user: SessionUser, request: TExportRequest): Promise<RowAccess[]> {
  const evaluable = (await evaluableOrganisations(db, user, request.programmeId)).map((o) => o.id);
  const chosen = request.filter.organisationIds ? evaluable.filter((id) => request.filter.organisationIds!.includes(id)) : evaluable;
  const access = await rowLevelAccess(db, user, request.programmeId, chosen);
  if (access.length === 0) throw apiError("FORBIDDEN", "export_grant_required");
  return access;
}

/** Several tables with the same columns in one CSV (the aggregates): rows one after another. */
function stack(tables: Table[]): Table {
  return { name: tables[0]?.name ?? "data", columns: tables[0]?.columns ?? [], rows: tables.flatMap((t) => t.rows) };
}
