// A workbook Skridt writes reads back through both of exceljs's unzip paths: JSZip (the
// importer's `load`) and unzipper (the streaming reader). unzipper is pinned to 0.12 by a pnpm
// override in the root package.json (0.10 pulled in packages without a clear licence), so this
// is the test that fails if exceljs and that unzipper ever stop fitting together.
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../imports/read-table";
import { tablesToXlsx } from "./xlsx";

const table = {
  name: "Svar: WHO-5 [start]",
  columns: ["Deltagerkode", "Dato", "Score"],
  rows: [
    ["SX-101", "2024-03-08", 84],
    ["SX-102", "2024-03-09", null],
  ],
};

describe("XLSX written by tablesToXlsx", () => {
  it("reads back with the importer (JSZip path), numbers as numbers", async () => {
    const buffer = await tablesToXlsx([table]);
    const read = await readXlsx(buffer);
    expect(read.columns).toEqual(["Deltagerkode", "Dato", "Score"]);
    expect(read.rows).toEqual([
      { row: 2, cells: { Deltagerkode: "SX-101", Dato: "2024-03-08", Score: "84" } },
      { row: 3, cells: { Deltagerkode: "SX-102", Dato: "2024-03-09", Score: "" } },
    ]);
  });

  it("reads back with exceljs's streaming reader (unzipper path)", async () => {
    const buffer = await tablesToXlsx([table]);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), { sharedStrings: "cache", worksheets: "emit" });
    const sheets: unknown[][][] = [];
    for await (const sheet of reader) {
      const rows: unknown[][] = [];
      for await (const row of sheet) rows.push((row.values as unknown[]).slice(1));
      sheets.push(rows);
    }
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toEqual([
      ["Deltagerkode", "Dato", "Score"],
      ["SX-101", "2024-03-08", 84],
      ["SX-102", "2024-03-09"],
    ]);
  });

  it("writes the date columns as real Excel dates (yyyy-mm-dd, UTC midnight) and a month as text", async () => {
    const buffer = await tablesToXlsx([
      {
        name: "wide",
        columns: ["participant_code", "enrolled_on", "ended_on", "note"],
        rows: [
          ["P-0001", "2026-05-27", "2026-11", "2026-05-27"],
          ["P-0002", null, "", "x"],
        ],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("wide")!;
    const enrolled = sheet.getCell("B2");
    expect(enrolled.value).toBeInstanceOf(Date);
    expect((enrolled.value as Date).toISOString()).toBe("2026-05-27T00:00:00.000Z");
    expect(sheet.getColumn(2).numFmt).toBe("yyyy-mm-dd");
    // A month is not a day: it stays text. Other columns are never turned into dates.
    expect(sheet.getCell("C2").value).toBe("2026-11");
    expect(sheet.getCell("D2").value).toBe("2026-05-27");
    // The importer reads a date cell back as the same day.
    expect((await readXlsx(buffer)).rows[0]!.cells.enrolled_on).toBe("2026-05-27");
  });
});
