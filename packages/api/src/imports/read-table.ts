// Reads a CSV or XLSX file into header names and rows of text, each with the row number a
// person sees in Excel or a text editor (the header is row 1), so problems point at it.
import { Worker } from "node:worker_threads";
import { parse } from "csv-parse/sync";
import { FileFormatError } from "./file-format-error";
import { assertXlsxWithinLimits } from "./xlsx-limits";

export { FileFormatError };

export interface SourceRow {
  row: number;
  cells: Record<string, string>;
}

export interface SourceTable {
  columns: string[];
  rows: SourceRow[];
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

/** How long a workbook may take to parse, and how much memory, before the worker is stopped. */
const XLSX_PARSE_TIMEOUT_MS = 120_000;
const XLSX_WORKER_HEAP_MB = 768;

type WorkerAnswer =
  { columns: string[]; rows: { row: number; values: string[] }[] } | { problem: { code: FileFormatError["code"]; params: FileFormatError["params"] } };

/**
 * Measures the workbook first (unpacked size, rows: xlsx-limits.ts), then parses it in a worker
 * thread (xlsx-worker.mjs) with its own memory limit, so a large import neither stalls the
 * server's other requests nor exhausts its memory.
 */
export async function readXlsx(content: Buffer, sheetName?: string): Promise<SourceTable> {
  await assertXlsxWithinLimits(content);
  const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
    const worker = new Worker(new URL("./xlsx-worker.mjs", import.meta.url), {
      workerData: { content: new Uint8Array(content), sheetName },
      resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKER_HEAP_MB },
    });
    const unreadable = (detail: string) => new FileFormatError("file_unreadable", { format: "XLSX", detail });
    const timer = setTimeout(() => void worker.terminate().then(() => reject(unreadable("timeout"))), XLSX_PARSE_TIMEOUT_MS);
    worker.once("message", (message: WorkerAnswer) => {
      clearTimeout(timer);
      resolve(message);
      void worker.terminate();
    });
    // Out of memory or a crash in the worker ends the import, never the server.
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(unreadable(error.message));
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      reject(unreadable(`worker exited ${code}`));
    });
  });
  if ("problem" in answer) throw new FileFormatError(answer.problem.code, answer.problem.params);
  if (answer.columns.length === 0) throw new FileFormatError("file_empty");
  return { columns: answer.columns, rows: answer.rows.map((r) => ({ row: r.row, cells: cellsOf(answer.columns, r.values) })) };
}

function cellsOf(columns: string[], values: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  columns.forEach((column, i) => {
    if (column) cells[column] = values[i] ?? "";
  });
  return cells;
}
