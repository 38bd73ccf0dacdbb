// The mapping file read and checked against its format (ZImportMapping), with what is wrong as
// import problems (codes, the field named) instead of zod's English, so the staff app and the
// CLI can say it in Danish. The checks against the instrument and the file come after, in
// check-mapping.ts.
import type { z } from "zod";
import { IMPORT_KINDS, MAPPING_SCHEMAS, type TAnyMapping, type TImportKind } from "./history-mapping";
import { problemOf, type ImportProblem, type ImportProblemParams } from "@skridt/validators";

export type MappingParse = { ok: true; mapping: TAnyMapping } | { ok: false; problems: ImportProblem[] };

/** The mapping file's text (the CLI reads it from disk). */
export function parseMappingText(text: string): MappingParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problemOf(0, null, "mapping_not_json", { detail: error instanceof Error ? error.message : String(error) })] };
  }
  return parseMapping(json);
}

/** The mapping file already parsed as JSON (the staff app sends it so). */
export function parseMapping(json: unknown): MappingParse {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, problems: [problemOf(0, null, "mapping_not_object")] };
  // The kind picks the format (absent: answers, as every mapping file before the kinds).
  const kind = (json as { kind?: unknown }).kind ?? "answers";
  if (typeof kind !== "string" || !(IMPORT_KINDS as readonly string[]).includes(kind))
    return { ok: false, problems: [problemOf(0, null, "mapping_field_value", { field: "kind", value: String(kind), expected: [...IMPORT_KINDS] })] };
  const parsed = MAPPING_SCHEMAS[kind as TImportKind].safeParse(json);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) => problemsOf(issue, json));
  // zod runs refinements only on an object with no other issues: the missing participant code
  // column is said beside them, as a misspelt field name usually is that column.
  const o = json as Record<string, unknown>;
  if (kind === "answers" && o.participantCodeColumn === undefined && o.companyColumn === undefined && o.volunteerColumn === undefined) {
    // In the file's field order, as zod reports the others.
    const earlier = new Set(["kind", "instrumentId", "instrumentVersion", "occasion", "occasionColumn"]);
    let at = 0;
    while (at < problems.length && (earlier.has(problems[at]!.params.field?.split(" → ")[0] ?? "") || problems[at]!.code === "mapping_occasion_choice")) at++;
    problems.splice(at, 0, problemOf(0, null, "mapping_field_missing", { field: "participantCodeColumn" }));
  }
  // Two zod issues can say the same thing (a union's branches); report it once.
  const seen = new Set<string>();
  return { ok: false, problems: problems.filter((p) => !seen.has(JSON.stringify(p)) && Boolean(seen.add(JSON.stringify(p)))) };
}

const JSON_TYPES = new Set(["string", "number", "boolean", "object", "array"]);

function problemsOf(issue: z.core.$ZodIssue, input: unknown): ImportProblem[] {
  const path = issue.path.map(String);
  const field = fieldName(path);
  const at = valueAt(input, path);
  const mapping = (code: Parameters<typeof problemOf>[2], params: ImportProblemParams = {}) => problemOf(0, null, code, params);
  // Anything wrong inside one column's mapping ({ itemId, values? } or { itemId, code }): zod's
  // view of which union branch failed would only confuse, so name the column and the shape.
  if (path[0] === "columns" && path.length >= 2) return [problemOf(0, path[1]!, "mapping_column_invalid", { column: path[1] })];
  switch (issue.code) {
    case "invalid_type":
      if (at === undefined) return [mapping("mapping_field_missing", { field })];
      if (issue.expected === "int") return [mapping("mapping_field_type", { field, expectedType: "integer" })];
      if (JSON_TYPES.has(issue.expected))
        return [mapping("mapping_field_type", { field, expectedType: issue.expected as ImportProblemParams["expectedType"] })];
      return [mapping("mapping_field_invalid", { field })];
    case "unrecognized_keys":
      return issue.keys.map((key) => mapping("mapping_field_unknown", { field: fieldName([...path, key]) }));
    case "invalid_value":
      return [mapping("mapping_field_value", { field, value: String(at), expected: issue.values.map(String) })];
    case "too_small":
      return issue.origin === "string" && typeof at === "string" && at.trim() === ""
        ? [mapping("mapping_field_empty", { field })]
        : [mapping("mapping_field_invalid", { field })];
    case "too_big":
      return issue.origin === "string"
        ? [mapping("mapping_field_too_long", { field, max: Number(issue.maximum) })]
        : [mapping("mapping_field_invalid", { field })];
    case "custom":
      if (path[0] === "occasion") return [mapping("mapping_occasion_choice")];
      if (path[0] === "participantCodeColumn") return [mapping("mapping_field_missing", { field: "participantCodeColumn" })];
      if (path[0] === "contactKind") return [mapping("mapping_kind_needs", { kind: "contacts", field: "contactKind / contactKindColumn" })];
      if (path[0] === "columns" && path.length === 1) return [mapping("mapping_no_columns")];
      return [mapping("mapping_field_invalid", { field })];
    default:
      return [mapping("mapping_field_invalid", { field })];
  }
}

/** "columns → Trivsel → itemId": the way down to a field, in the file's own names. */
const fieldName = (path: string[]) => path.join(" → ") || "{ }";

function valueAt(input: unknown, path: string[]): unknown {
  let here = input;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}
