// The importer's public face, for the CLI (apps/server) and tests: `@skridt/api/imports`.
export { runImport, MAX_REPORTED_PROBLEMS, type ImportRequest, type ImportResult } from "./run-import";
export { ZImportMapping, type TImportMapping, type TImportMappingInput } from "./mapping";
export { readTable, readCsv, readXlsx, FileFormatError, type SourceTable, type SourceRow } from "./read-table";
export type { ImportProblem, ProgressEvent, OnProgress } from "./problems";
export type { ImportCounts } from "./write";
