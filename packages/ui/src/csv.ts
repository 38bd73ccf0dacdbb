// A table's numbers as CSV text, made in the browser (nothing is sent anywhere).
// Semicolons and a byte-order mark: Danish Excel opens such a file straight into columns,
// as it does the server's exports. Same rules as the staff app's evaluation/csv.ts.

function quote(cell: string): string {
  return /[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The header line and the rows, each cell quoted only when it must be; CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(quote).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
