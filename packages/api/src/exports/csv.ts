// CSV as Danish Excel and R's read.csv2 expect it: UTF-8 with a byte-order mark (without it
// Excel reads æ, ø, å as mojibake), semicolon between fields and decimal comma (Danish Excel
// splits on ";" and reads "3,5" as a number), CRLF line ends, dates as ISO YYYY-MM-DD.
import { stringify } from "csv-stringify/sync";
import type { Table } from "./table";

const BOM = "\uFEFF";

export const CSV_MIME = "text/csv; charset=utf-8";

export function tableToCsv(table: Table): Buffer {
  const text = stringify([table.columns, ...table.rows], {
    delimiter: ";",
    record_delimiter: "windows",
    // A decimal point would make Danish Excel read 3.5 as a date or text.
    cast: { number: (value) => String(value).replace(".", ",") },
  });
  return Buffer.from(BOM + text, "utf8");
}
