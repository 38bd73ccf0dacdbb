// The step-by-step mapping: the admin's choices turned into the same mapping object a mapping
// file holds (ZImportMapping, checked by the server at "Kontrollér" like an uploaded one).
// Pure, so the rules (what is left out because the importer matches it anyway) are tested.
import type { RouterOutputs } from "@skridt/api";
import type { TImportMappingInput } from "@skridt/api/imports";
import type { TOccasion } from "@skridt/instruments";
import { OCCASIONS } from "@skridt/validators";

type Preview = Extract<RouterOutputs["import"]["preview"], { ok: true }>;
export type TPreviewInstrument = Preview["instruments"][number];
export type TPreviewItem = TPreviewInstrument["items"][number];
export type TPreviewColumn = Preview["columns"][number];

export interface TMappingChoices {
  instrumentId: string;
  occasionMode: "fixed" | "column";
  occasion: TOccasion | "";
  occasionColumn: string;
  /** Source text → occasion, for the texts of the occasion column. */
  occasionValues: Record<string, TOccasion | "">;
  participantCodeColumn: string;
  /** "" when the import's date is to be used. */
  submittedAtColumn: string;
  createParticipants: boolean;
  enrolledOnColumn: string;
  allowMissing: boolean;
  /** An employers' or volunteers' questionnaire: the column naming who answered ("" none chosen yet). */
  respondentColumn: string;
  /** Companies or volunteers not in the register are added to it. */
  createRespondents: boolean;
  /** The column that marks rows incomplete ("" none), and the texts in it that do (none chosen: the importer's default marks). */
  incompleteColumn: string;
  incompleteValues: string[];
  /** Per item: its source column ("" not imported) and each answer text's chosen code ("" not chosen). */
  items: Record<string, { column: string; answers: Record<string, number | ""> }>;
}

export const emptyChoices = (): TMappingChoices => ({
  instrumentId: "",
  occasionMode: "fixed",
  occasion: "",
  occasionColumn: "",
  occasionValues: {},
  participantCodeColumn: "",
  submittedAtColumn: "",
  createParticipants: false,
  enrolledOnColumn: "",
  allowMissing: false,
  respondentColumn: "",
  createRespondents: false,
  incompleteColumn: "",
  incompleteValues: [],
  items: {},
});

// As the importer compares texts (cell-values.ts): case, surrounding and repeated spaces ignored.
const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");

export const hasOptions = (item: TPreviewItem) => item.type === "single-choice" || item.type === "multiple-choice";

/** The code the importer finds by itself for a text: an option's Danish or English label (any case), or the code. */
export function automaticCode(item: TPreviewItem, text: string): number | undefined {
  const wanted = fold(text);
  const byLabel = item.options.find((o) => fold(o.label.da) === wanted || fold(o.label.en) === wanted);
  if (byLabel) return byLabel.code;
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed) && item.options.some((o) => o.code === Number(trimmed))) return Number(trimmed);
  return undefined;
}

/** A column whose heading is the item's id or its question (with or without the stem): the likely source. */
export function likelyColumn(item: TPreviewItem & { stem?: { da: string; en: string } }, columns: readonly TPreviewColumn[]): string {
  const names = [item.id, item.prompt.da, item.prompt.en].map(fold);
  return columns.find((c) => names.includes(fold(c.name)))?.name ?? "";
}

/** An item's choices for a newly chosen column: every text prefilled where the importer would match it. */
export function answersFor(item: TPreviewItem, column: TPreviewColumn | undefined): Record<string, number | ""> {
  if (!column || !hasOptions(item)) return {};
  return Object.fromEntries(column.values.map((text) => [text, automaticCode(item, text) ?? ""]));
}

/**
 * The mapping, or null while something required is not chosen yet. Answer texts the importer
 * matches by itself are left out of `values` (as in a hand-written mapping file); a text left
 * unchosen is left out too, and the check then names the rows it is in.
 */
export function buildMapping(choices: TMappingChoices, instrument: TPreviewInstrument | undefined, sheet: string | null = null): TImportMappingInput | null {
  if (!instrument) return null;
  // Employers' and volunteers' rows are keyed by who answered; the participant code is then optional.
  const external = instrument.respondent !== "participant";
  if (external ? !choices.respondentColumn : !choices.participantCodeColumn) return null;
  const columns: TImportMappingInput["columns"] = {};
  for (const item of instrument.items) {
    const chosen = choices.items[item.id];
    if (!chosen?.column) continue;
    // In the order of the answer scale, as a person lists them (the file's order is its rows').
    const position = (code: number) => item.options.findIndex((o) => o.code === code);
    const values: Record<string, number> = {};
    for (const [text, code] of Object.entries(chosen.answers)
      .flatMap(([text, code]) => (code !== "" && automaticCode(item, text) !== code ? [[text, code] as const] : []))
      .sort((a, b) => position(a[1]) - position(b[1])))
      values[text] = code;
    columns[chosen.column] = Object.keys(values).length > 0 ? { itemId: item.id, values } : { itemId: item.id };
  }
  if (Object.keys(columns).length === 0) return null;

  let occasion: Pick<TImportMappingInput, "occasion" | "occasionColumn">;
  if (choices.occasionMode === "fixed") {
    if (!choices.occasion) return null;
    occasion = { occasion: choices.occasion };
  } else {
    if (!choices.occasionColumn) return null;
    // Start, end, follow-up: the order of the programme's year, whatever order the rows came in.
    const values: Record<string, TOccasion> = {};
    for (const [text, chosen] of Object.entries(choices.occasionValues)
      .flatMap(([text, chosen]) => (chosen ? [[text, chosen] as const] : []))
      .sort((a, b) => OCCASIONS.indexOf(a[1]) - OCCASIONS.indexOf(b[1])))
      values[text] = chosen;
    occasion = { occasionColumn: { column: choices.occasionColumn, values } };
  }
  // Keys in the order a person writes the file (the mapping README's): what and when, who,
  // where the dates are, how lenient, and the columns last; a choice left at its default is left out.
  const mapping: TImportMappingInput = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    ...occasion,
    ...(choices.participantCodeColumn ? { participantCodeColumn: choices.participantCodeColumn } : {}),
    ...(instrument.respondent === "company" ? { companyColumn: choices.respondentColumn } : {}),
    ...(instrument.respondent === "volunteer" ? { volunteerColumn: choices.respondentColumn } : {}),
    ...(choices.createParticipants && !external ? { createParticipants: choices.enrolledOnColumn ? { enrolledOnColumn: choices.enrolledOnColumn } : {} } : {}),
    ...(external && choices.createRespondents ? { createRespondents: true } : {}),
    ...(choices.submittedAtColumn ? { submittedAtColumn: choices.submittedAtColumn } : {}),
    // An Excel file's sheet is named even when it is the first: the mapping then fits the file as it is.
    ...(sheet ? { sheet } : {}),
    ...(choices.allowMissing ? { allowMissing: true } : {}),
    ...(choices.incompleteColumn
      ? {
          incompleteColumn:
            choices.incompleteValues.length > 0 ? { column: choices.incompleteColumn, values: choices.incompleteValues } : { column: choices.incompleteColumn },
        }
      : {}),
    columns,
  };
  return mapping;
}
