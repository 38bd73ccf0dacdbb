// XLSX through exceljs: numbers stay numbers, codes stay codes; dates are ISO text, so a
// workbook reads the same in every locale and never shifts a day with the time zone.
import ExcelJS from "exceljs";
import type { Table } from "./table";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One sheet per table, header row bold and frozen. */
export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Skridt";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
    sheet.columns.forEach((column, index) => {
      column.width = Math.min(60, Math.max(10, (table.columns[index]?.length ?? 0) + 2));
    });
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "-").slice(0, 31);
}
