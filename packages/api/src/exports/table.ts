// The one shape every export is built as before it is encoded: CSV and XLSX are two
// encodings of the same tables, so their content cannot drift apart.

export type Cell = string | number | null;

export interface Table {
  /** Sheet name in XLSX (at most 31 characters, Excel's limit). */
  name: string;
  columns: string[];
  rows: Cell[][];
  /** XLSX only: an Excel number format per cell ("0.0%"), parallel to rows; CSV writes the value as it is. */
  formats?: (string | null)[][];
}
