// Problems with the mapping against the instrument and the file's header, found before any
// row is read: a wrong column name would otherwise show as a problem in every row.
import { getInstrument, type TInstrument, type TOccasion } from "@skridt/instruments";
import type { TImportMapping } from "./mapping";
import type { ImportProblem } from "./problems";

export function checkMapping(mapping: TImportMapping, columns: readonly string[]): { instrument: TInstrument | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const mappingProblem = (message: string, column: string | null = null) => problems.push({ row: 0, column, message });
  const instrument = getInstrument(mapping.instrumentId, mapping.instrumentVersion) ?? null;
  if (!instrument) {
    mappingProblem(`unknown instrument ${mapping.instrumentId}${mapping.instrumentVersion ? `@${mapping.instrumentVersion}` : ""}`);
    return { instrument, problems };
  }
  const occasions: TOccasion[] = mapping.occasion ? [mapping.occasion] : Object.values(mapping.occasionColumn?.values ?? {});
  for (const occasion of new Set(occasions)) {
    if (!instrument.occasions.includes(occasion)) mappingProblem(`${instrument.id} is not given at occasion "${occasion}"`);
  }
  const present = new Set(columns);
  const needed = [
    mapping.participantCodeColumn,
    mapping.submittedAtColumn,
    mapping.occasionColumn?.column,
    mapping.createParticipants?.enrolledOnColumn,
    ...Object.keys(mapping.columns),
  ].filter((c): c is string => c !== undefined);
  for (const column of needed) {
    if (!present.has(column)) problems.push({ row: 1, column, message: `the file has no column "${column}"` });
  }
  for (const [column, target] of Object.entries(mapping.columns)) {
    const item = instrument.items.find((i) => i.id === target.itemId);
    if (!item) mappingProblem(`"${target.itemId}" is not an item of ${instrument.id}@${instrument.version}`, column);
    else if ("code" in target && (item.type !== "multiple-choice" || !item.options.some((o) => o.code === target.code))) {
      mappingProblem(`a ticked column needs a multiple-choice item and one of its codes`, column);
    }
  }
  return { instrument, problems };
}
