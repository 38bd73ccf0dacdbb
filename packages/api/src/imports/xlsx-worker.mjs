// Parses a workbook in a worker thread (read-table.ts starts it): exceljs holds the whole
// workbook in memory and works through every sheet, which on the main thread stalled every other
// request. Plain JavaScript, so it runs without a TypeScript loader in any Node process.
// In: workerData { content: Uint8Array, sheetName?: string }.
// Out: { columns, rows: [{ row, values }] } or { problem: { code, params } }.
import { parentPort, workerData } from "node:worker_threads";
import ExcelJS from "exceljs";

/** A cell as the text a person sees; dates as YYYY-MM-DD (with the time if it has one). */
function cellText(value) {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return value
      .toISOString()
      .slice(0, value.getUTCHours() || value.getUTCMinutes() ? 16 : 10)
      .replace("T", " ");
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}

async function read({ content, sheetName }) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
  } catch {
    return { problem: { code: "file_unreadable", params: { format: "XLSX" } } };
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) return { problem: sheetName ? { code: "sheet_missing", params: { sheet: sheetName } } : { code: "no_sheet", params: {} } };
  // The first row with cells is the header; every later row keeps its Excel row number.
  let columns = [];
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = [];
    for (let c = 1; c <= Math.max(row.cellCount, columns.length); c++) values.push(cellText(row.getCell(c).value));
    if (columns.length === 0) columns = values.map((v) => v.trim());
    else rows.push({ row: rowNumber, values });
  });
  return { columns, rows };
}

parentPort.postMessage(await read(workerData));
