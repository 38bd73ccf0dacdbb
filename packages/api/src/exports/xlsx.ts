// XLSX through exceljs: numbers stay numbers, codes stay codes. The date columns hold real
// Excel dates (sortable, usable in formulas; issue 15; day-columns.ts says which) at UTC midnight with a yyyy-mm-dd format,
// so they show the same day in every locale and time zone; a month (a row-level export without
// exact dates) stays the text "2026-05", which is what it is.
import ExcelJS from "exceljs";
import { isDayColumn } from "./day-columns";
import type { Cell, Table } from "./table";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as an Excel date (UTC midnight: exceljs writes UTC); anything else as it is. */
function xlsxCell(cell: Cell, isDateColumn: boolean): Cell | Date {
  if (isDateColumn && typeof cell === "string" && ISO_DAY.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell ?? null;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One sheet per table, header row bold and frozen. */
export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Skridt";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    const dates = table.columns.map(isDayColumn);
    table.rows.forEach((row, r) => {
      const added = sheet.addRow(row.map((cell, i) => xlsxCell(cell, dates[i]!)));
      table.formats?.[r]?.forEach((format, i) => {
        if (format) added.getCell(i + 1).numFmt = format;
      });
    });
    dates.forEach((isDate, i) => {
      if (isDate) sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd";
    });
    // Wide enough for the header and the first rows' text (a question's wording), at most 60.
    const sample = table.rows.slice(0, 200);
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(table.columns[index]?.length ?? 0, ...sample.map((row) => String(row[index] ?? "").length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "-").slice(0, 31);
}
