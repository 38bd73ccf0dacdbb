// A row-level export's own pseudonyms and precision (issue 11, item 2). Each export draws
// fresh random pseudonyms, so two exports cannot be joined and no file carries the
// participant code mentors see beside the name; rows are re-sorted by the new pseudonym, so
// their order says nothing about the old codes. Dates become months and the birth year is
// left out unless the organisation's grant says otherwise.
import { randomInt } from "node:crypto";
import { isDayColumn } from "./day-columns";
import type { RowPrecision } from "./research-access";
import type { Cell, Table } from "./table";

export interface RowSource {
  /** Precision per organisation name, as the rows' `organisation` column names it. */
  precisionByOrganisation: ReadonlyMap<string, RowPrecision>;
  /** Birth years by the original participant code (written only where the grant allows it). */
  birthYears?: ReadonlyMap<string, number | null>;
  /**
   * Answers that are a birth year ("instrumentId/itemId": the background question the record
   * also holds), kept only where the grant gives the birth year: in the wide table these
   * columns are emptied, in the long table these rows are left out.
   */
  birthYearItems?: ReadonlySet<string>;
  /** The wide table's columns that hold such an answer. */
  birthYearColumns?: ReadonlySet<string>;
}

const COARSEST: RowPrecision = { exactDates: false, birthYear: false };
// One collator for the sort: localeCompare with a locale builds one per call, which is slow over 10,000s of rows.
const danish = new Intl.Collator("da");

/** The month of an ISO date ("2026-05-27" → "2026-05"). */
export const toMonth = (cell: Cell): Cell => (typeof cell === "string" && /^\d{4}-\d{2}-\d{2}/.test(cell) ? cell.slice(0, 7) : cell);

/**
 * A cell that is an exact day in any column: besides the day columns, the answer to a date
 * question (a programme's own questionnaire may ask one, e.g. a date of birth or diagnosis;
 * answers are stored as "YYYY-MM-DD"). No other cell of a row-level table has this form.
 */
const isDay = (cell: Cell) => typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell);

/** Random order: a Fisher-Yates shuffle from the crypto generator. */
function shuffled<T>(values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** New pseudonyms for every code: P-0001… for participants, C-/V-0001… for companies and volunteers, in random order. */
export function drawPseudonyms(codes: readonly string[]): Map<string, string> {
  const byPrefix = new Map<string, string[]>();
  for (const code of new Set(codes)) {
    const prefix = /^([CV])-/.exec(code)?.[1] ?? "P";
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), code]);
  }
  const map = new Map<string, string>();
  for (const [prefix, group] of byPrefix) {
    const width = Math.max(4, String(group.length).length);
    shuffled(group).forEach((code, i) => map.set(code, `${prefix}-${String(i + 1).padStart(width, "0")}`));
  }
  return map;
}

/**
 * The table with fresh pseudonyms in `participant_code`, dates as months where the row's
 * organisation has no exact dates, and (when `birthYears` is given) a `birth_year` column
 * after `age_band` filled only where the grant allows it. Rows keep their order within a
 * pseudonym (occasions, items) and are sorted by respondent type, organisation and pseudonym.
 */
export function pseudonymiseTable(table: Table, source: RowSource): Table {
  const col = (name: string) => table.columns.indexOf(name);
  const codeAt = col("participant_code");
  const organisationAt = col("organisation");
  const typeAt = col("respondent_type");
  const dateAts = table.columns.flatMap((name, i) => (isDayColumn(name) ? [i] : []));
  const pseudonyms = drawPseudonyms(table.rows.map((r) => String(r[codeAt] ?? "")));
  const addBirthYear = source.birthYears !== undefined && col("age_band") >= 0 && col("birth_year") < 0;
  const ageAt = col("age_band");
  const columns = addBirthYear ? [...table.columns.slice(0, ageAt + 1), "birth_year", ...table.columns.slice(ageAt + 1)] : table.columns;

  const yearAts = table.columns.flatMap((name, i) => (source.birthYearColumns?.has(name) ? [i] : []));
  const [instrumentAt, itemAt] = [col("instrument_id"), col("item_id")];
  const isYearAnswer = (row: Cell[]) => instrumentAt >= 0 && itemAt >= 0 && (source.birthYearItems?.has(`${row[instrumentAt]}/${row[itemAt]}`) ?? false);

  const rows = table.rows.flatMap((row, index) => {
    const precision = source.precisionByOrganisation.get(String(row[organisationAt] ?? "")) ?? COARSEST;
    if (!precision.birthYear && isYearAnswer(row)) return [];
    const code = String(row[codeAt] ?? "");
    const out = [...row];
    out[codeAt] = pseudonyms.get(code) ?? null;
    if (!precision.exactDates) for (const i of dateAts) out[i] = toMonth(out[i] ?? null);
    // Date answers too (the long table's `value`, the wide table's answer columns): as months.
    if (!precision.exactDates) for (let i = 0; i < out.length; i++) if (isDay(out[i] ?? null)) out[i] = toMonth(out[i] ?? null);
    if (!precision.birthYear) for (const i of yearAts) out[i] = null;
    if (addBirthYear) {
      const year = row[typeAt] === "participant" && precision.birthYear ? (source.birthYears!.get(code) ?? null) : null;
      out.splice(ageAt + 1, 0, year);
    }
    return [{ out, index }];
  });
  const typeRank = (cell: Cell) => (cell === "participant" ? 0 : 1);
  rows.sort(
    (a, b) =>
      typeRank(a.out[typeAt] ?? null) - typeRank(b.out[typeAt] ?? null) ||
      danish.compare(String(a.out[organisationAt] ?? ""), String(b.out[organisationAt] ?? "")) ||
      (String(a.out[codeAt] ?? "") < String(b.out[codeAt] ?? "") ? -1 : String(a.out[codeAt] ?? "") > String(b.out[codeAt] ?? "") ? 1 : 0) ||
      a.index - b.index,
  );
  return { ...table, columns, rows: rows.map((r) => r.out) };
}
