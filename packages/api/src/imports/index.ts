// The importer's public face, for the CLI (apps/server) and tests: `@skridt/api/imports`.
export { runImport, MAX_REPORTED_PROBLEMS, type ImportRequest, type ImportResult } from "./run-import";
export { ZImportMapping, type TImportMapping, type TImportMappingInput } from "./mapping";
export {
  ZEnrolmentMapping,
  ZStatusMapping,
  ZContactMapping,
  IMPORT_KINDS,
  type TImportKind,
  type TAnyMapping,
  type TEnrolmentMapping,
  type TStatusMapping,
  type TContactMapping,
  type TAnyMappingInput,
  type TEnrolmentMappingInput,
  type TStatusMappingInput,
  type TContactMappingInput,
} from "./history-mapping";
export { readTable, readCsv, readXlsx, FileFormatError, type SourceTable, type SourceRow } from "./read-table";
export { parseMapping, parseMappingText, type MappingParse } from "./mapping-problems";
// The problems and their texts are shared with the staff app: they live in @skridt/validators.
export {
  IMPORT_PROBLEM_CODES,
  renderProblem,
  problemParams,
  isMappingProblem,
  type ImportProblem,
  type ImportProblemCode,
  type ImportProblemParams,
  type ProblemLanguage,
} from "@skridt/validators";
export type { ProgressEvent, OnProgress } from "./progress";
export type { ImportCounts } from "./write";
