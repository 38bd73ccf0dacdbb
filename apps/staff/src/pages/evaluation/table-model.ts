import { slugFilename, type CsvDownloadButtonProps } from "@skridt/ui";
import type { TFunction } from "i18next";

/**
 * The numbers of one chart or table, already worded for the reader: the same model draws the
 * HTML table (screen readers, print) and the CSV download, so both always say the same.
 */
export interface TableModel {
  caption: string;
  /** Column headings; the first is the heading of the row-header column. */
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; header: string; cells: readonly string[] }>;
}

export function tableTexts(model: TableModel): string[] {
  return model.rows.flatMap((r) => [...r.cells]);
}

export function tableCsvRows(model: TableModel): string[][] {
  return model.rows.map((r) => [r.header, ...r.cells]);
}

/**
 * "Hent tallene (CSV)" for a table: its numbers as a file named after the caption. The button
 * says the caption to a screen reader, since a page holds several buttons with the same text.
 */
export function tableCsv(t: TFunction, model: TableModel): CsvDownloadButtonProps {
  return {
    header: model.columns,
    rows: tableCsvRows(model),
    fileName: slugFilename(model.caption, "csv"),
    label: t("evaluation.downloadCsv"),
    accessibleLabel: t("evaluation.downloadCsvFor", { caption: model.caption }),
  };
}
