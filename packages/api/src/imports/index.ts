// The importer's public face, for the CLI (apps/server) and tests: `@skridt/api/imports`.
export { runImport, MAX_REPORTED_PROBLEMS, type ImportRequest, type ImportResult } from "./run-import";
export { ZImportMapping, type TImportMapping, type TImportMappingInput } from "./mapping";
export { readTable, readCsv, readXlsx, FileFormatError, type SourceTable, type SourceRow } from "./read-table";
export { parseMapping, parseMappingText, type MappingParse } from "./mapping-problems";
export { IMPORT_PROBLEM_CODES, type ImportProblem, type ImportProblemCode, type ImportProblemParams, type ProgressEvent, type OnProgress } from "./problems";
export { renderProblem, problemParams, isMappingProblem, type ProblemLanguage } from "./problem-texts";
export type { ImportCounts } from "./write";
