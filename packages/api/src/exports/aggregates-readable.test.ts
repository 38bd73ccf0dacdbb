import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AGGREGATE_COLUMNS } from "./aggregates";
import { READABLE_AGGREGATE_COLUMNS, readableAggregateTables, readableValue } from "./aggregates-readable";
import type { Cell, Table } from "./table";
import { tablesToXlsx } from "./xlsx";

const row = (r: Partial<Record<(typeof AGGREGATE_COLUMNS)[number], Cell>>): Cell[] => AGGREGATE_COLUMNS.map((c) => r[c] ?? null);
const section = (name: string, rows: Cell[][]): Table => ({ name, columns: AGGREGATE_COLUMNS, rows });

const tidy = [
  section("counts", [row({ section: "counts", statistic: "enrolled", value: "<5" })]),
  section("response_rates", [row({ section: "response_rates", occasion: "end", statistic: "rate", value: 0.651162790697 })]),
  section("paired_change", [
    row({
      section: "paired_change",
      instrument_id: "who5",
      subject: "who5",
      subject_label: "WHO-5 trivsel (0-100)",
      occasion: "start-end",
      statistic: "mean_change",
      value: 11.23456,
    }),
    row({ section: "paired_change", instrument_id: "who5", subject: "who5", occasion: "start-end", statistic: "effect_srm", value: 0.45678 }),
    row({ section: "paired_change", instrument_id: "who5", subject: "who5", occasion: "start-end", statistic: "wilcoxon_p", value: 0.00004 }),
  ]),
  section("outcomes", [row({ section: "outcomes", subject: "group", category: "work", statistic: "count", value: 12 })]),
  section("contacts", [row({ section: "contacts", category: "meeting", statistic: "meanPerParticipant", value: 3.4567 })]),
];

describe("the aggregates workbook in words (issue 15)", () => {
  it("rounds: shares as percentages with one decimal, means one decimal, SRM two, p three (tiny p as < 0,001); counts and markers as they are", () => {
    expect(readableValue("rate", 0.651162790697)).toEqual({ value: 0.651, format: "0.0%" });
    expect(readableValue("improved_share", 0.22)).toEqual({ value: 0.22, format: "0.0%" });
    expect(readableValue("mean_change", 11.23456)).toEqual({ value: 11.2, format: "0.0" });
    expect(readableValue("effect_srm", 0.45678)).toEqual({ value: 0.46, format: "0.00" });
    expect(readableValue("wilcoxon_p", 0.04321)).toEqual({ value: 0.043, format: "0.000" });
    expect(readableValue("wilcoxon_p", 0.00004)).toEqual({ value: "< 0,001", format: null });
    expect(readableValue("count", 12)).toEqual({ value: 12, format: "0" });
    expect(readableValue("count", "<5")).toEqual({ value: "<5", format: null });
  });

  it("labels every row in Danish with the codes kept to the right, and writes the formats into the XLSX", async () => {
    const tables = readableAggregateTables(tidy);
    expect(tables.map((t) => t.name)).toEqual(["Læs mig", "counts", "response_rates", "paired_change", "outcomes", "contacts"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tablesToXlsx(tables)) as unknown as ArrayBuffer);
    const sheet = (name: string) => workbook.getWorksheet(name)!;
    expect((sheet("paired_change").getRow(1).values as unknown[]).slice(1)).toEqual(READABLE_AGGREGATE_COLUMNS);
    const values = (name: string, r: number) => (sheet(name).getRow(r).values as unknown[]).slice(1);

    expect(values("paired_change", 2)).toEqual([
      "WHO-5 Trivselsindeks",
      "WHO-5 trivsel (0-100)",
      "Fra start til slut",
      undefined,
      "Gennemsnitlig ændring",
      11.2,
      "paired_change",
      "who5",
      "who5",
      "start-end",
      undefined,
      "mean_change",
    ]);
    expect(sheet("paired_change").getCell("F2").numFmt).toBe("0.0");
    expect(sheet("paired_change").getCell("F3").value).toBe(0.46);
    expect(sheet("paired_change").getCell("F4").value).toBe("< 0,001");

    const rate = sheet("response_rates");
    expect(rate.getCell("C2").value).toBe("Slut");
    expect(rate.getCell("E2").value).toBe("Svarprocent");
    expect(rate.getCell("F2").value).toBe(0.651);
    expect(rate.getCell("F2").numFmt).toBe("0.0%");

    expect(sheet("counts").getCell("E2").value).toBe("Indskrevne");
    expect(sheet("counts").getCell("F2").value).toBe("<5");
    expect(sheet("outcomes").getCell("D2").value).toBe("Arbejde");
    expect(sheet("outcomes").getCell("B2").value).toBe("Statusgruppe");
    expect(sheet("contacts").getCell("D2").value).toBe("Fysisk møde");
    expect(sheet("contacts").getCell("F2").value).toBe(3.5);
    expect(sheet("Læs mig").getCell("B3").value).toBe("Svarprocenter");
  });
});
