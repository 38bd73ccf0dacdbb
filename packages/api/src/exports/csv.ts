// CSV as Danish Excel and R's read.csv2 expect it: UTF-8 with a byte-order mark (without it
// Excel reads æ, ø, å as mojibake), semicolon between fields and decimal comma (Danish Excel
// splits on ";" and reads "3,5" as a number), CRLF line ends, dates as ISO YYYY-MM-DD.
import { stringify } from "csv-stringify/sync";
import type { Table } from "./table";

const BOM = "\uFEFF";

// A text cell starting with = + - @ (or a tab or CR before one) is run as a formula by Excel
// and LibreOffice: an organisation's name or a programme's own questionnaire title could fetch
// URLs or run commands on the evaluator's machine. Such a cell gets a leading apostrophe (shown,
// never evaluated), unless it is a plain number as text. Numbers themselves are numbers, not
// text, and stay as they are. Same rule as the staff app's CSV (packages/ui/src/csv.ts).
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export const CSV_MIME = "text/csv; charset=utf-8";

export function tableToCsv(table: Table): Buffer {
  const text = stringify([table.columns, ...table.rows], {
    delimiter: ";",
    record_delimiter: "windows",
    // A decimal point would make Danish Excel read 3.5 as a date or text.
    cast: { number: (value) => String(value).replace(".", ","), string: (value) => neutraliseFormula(value) },
  });
  return Buffer.from(BOM + text, "utf8");
}
