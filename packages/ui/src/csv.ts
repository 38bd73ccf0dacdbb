// A table's numbers as CSV text, made in the browser (nothing is sent anywhere).
// Semicolons and a byte-order mark: Danish Excel opens such a file straight into columns,
// as it does the server's exports. Same rules as the staff app's evaluation/csv.ts.

// A cell starting with = + - @ (or a tab or CR before one) is run as a formula by Excel and
// LibreOffice: a participant's or organisation's text could fetch URLs or run commands on the
// evaluator's machine. Such a cell gets a leading apostrophe, unless it is a plain number
// ("-3", "+7", "-0,4"), which is no formula. Same rule as the server's exports (exports/csv.ts).
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

function neutralise(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function quote(raw: string): string {
  const cell = neutralise(raw);
  return /[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The header line and the rows, each cell quoted only when it must be; CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(quote).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
