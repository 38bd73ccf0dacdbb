// Problems with the mapping against the instrument and the file's header, found before any
// row is read: a wrong column name would otherwise show as a problem in every row.
import { EXTERNAL_RESPONDENT, builtinInstrumentVersions, getInstrument, type TInstrument, type TOccasion } from "@skridt/instruments";
import type { TImportMapping } from "./mapping";
import { problemOf, type ImportProblem } from "@skridt/validators";

/** `ownInstruments`: the programme's own, importable beside the built-ins (another programme's are not). */
export function checkMapping(
  mapping: TImportMapping,
  columns: readonly string[],
  ownInstruments: readonly TInstrument[] = [],
): { instrument: TInstrument | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const instrument = getInstrument(mapping.instrumentId, mapping.instrumentVersion, [...builtinInstrumentVersions, ...ownInstruments]) ?? null;
  if (!instrument) {
    const named = `${mapping.instrumentId}${mapping.instrumentVersion ? `@${mapping.instrumentVersion}` : ""}`;
    problems.push(problemOf(0, null, "mapping_unknown_instrument", { instrument: named }));
    return { instrument, problems };
  }
  const occasions: TOccasion[] = mapping.occasion ? [mapping.occasion] : Object.values(mapping.occasionColumn?.values ?? {});
  for (const occasion of new Set(occasions)) {
    if (!instrument.occasions.includes(occasion))
      problems.push(
        problemOf(0, null, "mapping_occasion_not_given", {
          instrument: instrument.id,
          instrumentTitle: { da: instrument.title.da, en: instrument.title.en },
          occasion,
        }),
      );
  }
  // Who answers the instrument decides how rows are keyed: an employers' questionnaire keyed
  // by participant codes would become participants' own answers (and their response rates).
  const respondent = EXTERNAL_RESPONDENT[instrument.id];
  const title = { instrument: instrument.id, instrumentTitle: { da: instrument.title.da, en: instrument.title.en } };
  if (respondent === "company" && !mapping.companyColumn) problems.push(problemOf(0, null, "mapping_instrument_for_companies", title));
  else if (respondent === "volunteer" && !mapping.volunteerColumn) problems.push(problemOf(0, null, "mapping_instrument_for_volunteers", title));
  else if (!respondent && (mapping.companyColumn || mapping.volunteerColumn)) problems.push(problemOf(0, null, "mapping_instrument_for_participants", title));
  else if (respondent === "company" && mapping.volunteerColumn) problems.push(problemOf(0, null, "mapping_field_unknown", { field: "volunteerColumn" }));
  else if (respondent === "volunteer" && mapping.companyColumn) problems.push(problemOf(0, null, "mapping_field_unknown", { field: "companyColumn" }));
  const present = new Set(columns);
  const needed = [
    mapping.participantCodeColumn,
    mapping.companyColumn,
    mapping.volunteerColumn,
    mapping.incompleteColumn?.column,
    mapping.submittedAtColumn,
    mapping.occasionColumn?.column,
    mapping.createParticipants?.enrolledOnColumn,
    ...Object.keys(mapping.columns),
  ].filter((c): c is string => c !== undefined);
  for (const column of needed) {
    if (!present.has(column)) problems.push(problemOf(1, column, "column_missing", { column }));
  }
  for (const [column, target] of Object.entries(mapping.columns)) {
    const item = instrument.items.find((i) => i.id === target.itemId);
    if (!item)
      problems.push(problemOf(0, column, "mapping_item_unknown", { item: target.itemId, instrument: `${instrument.id}@${instrument.version}`, column }));
    else if ("code" in target && (item.type !== "multiple-choice" || !item.options.some((o) => o.code === target.code))) {
      problems.push(problemOf(0, column, "mapping_ticked_column_invalid", { item: target.itemId, code: target.code, column }));
    }
  }
  return { instrument, problems };
}
