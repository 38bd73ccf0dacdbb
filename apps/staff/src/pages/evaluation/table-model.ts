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
