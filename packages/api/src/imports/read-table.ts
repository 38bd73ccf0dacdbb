// Reads a CSV or XLSX file into header names and rows of text, each with the row number a
// person sees in Excel or a text editor (the header is row 1), so problems point at it.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { ImportProblemCode, ImportProblemParams } from "@skridt/validators";

export interface SourceRow {
  row: number;
  cells: Record<string, string>;
}

export interface SourceTable {
  columns: string[];
  rows: SourceRow[];
}

/** The file cannot be read at all: one problem for the whole file, with its code. */
export class FileFormatError extends Error {
  constructor(
    readonly code: ImportProblemCode,
    readonly params: ImportProblemParams = {},
  ) {
    super(code);
  }
}

export async function readTable(content: Buffer, fileName: string, sheet?: string): Promise<SourceTable> {
  if (/\.xlsx$/i.test(fileName)) return readXlsx(content, sheet);
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(content);
  throw new FileFormatError("file_type", { value: fileName });
}

/**
 * CSV as SurveyXact and Excel write it: UTF-8 with or without BOM, or Windows-1252 (Danish
 * Excel's "CSV" without UTF-8); ";" (Danish), "," or tab between fields, guessed from the header.
 */
export function readCsv(content: Buffer): SourceTable {
  const text = decode(content);
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [";", "\t", ","].map((d) => ({ d, n: header.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    // csv-parse names the line it stopped at; the person fixing the file needs that most.
    const line = (error as { lines?: unknown }).lines;
    const detail = error instanceof Error ? error.message : String(error);
    throw typeof line === "number" ? new FileFormatError("csv_broken", { line, detail }) : new FileFormatError("file_unreadable", { format: "CSV", detail });
  }
  const [head, ...body] = records;
  if (!head) throw new FileFormatError("file_empty");
  const columns = head.map((c) => c.trim());
  // Row numbers as Excel shows them (a quoted multi-line cell is still one row).
  return { columns, rows: body.map((record, i) => ({ row: i + 2, cells: cellsOf(columns, record) })) };
}

function decode(content: Buffer): string {
  const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(content);
  // Replacement characters mean the bytes were not UTF-8: Danish Excel's ANSI CSV.
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1252").decode(content) : utf8;
}

export async function readXlsx(content: Buffer, sheetName?: string): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new FileFormatError("file_unreadable", { format: "XLSX" });
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw sheetName ? new FileFormatError("sheet_missing", { sheet: sheetName }) : new FileFormatError("no_sheet");
  let columns: string[] = [];
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, columns.length); c++) values.push(cellText(row.getCell(c).value));
    if (columns.length === 0) columns = values.map((v) => v.trim());
    else rows.push({ row: rowNumber, cells: cellsOf(columns, values) });
  });
  if (columns.length === 0) throw new FileFormatError("file_empty");
  return { columns, rows };
}

/** A cell as the text a person sees; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, value.getUTCHours() || value.getUTCMinutes() ? 16 : 10).replace("T", " ");
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}

function cellsOf(columns: string[], values: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  columns.forEach((column, i) => {
    if (column) cells[column] = values[i] ?? "";
  });
  return cells;
}
