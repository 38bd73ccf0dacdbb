import type { ReactNode } from "react";
import { cellClassName, resolveAlign, type TColumnAlign } from "./table-align";

export interface DataTableColumn<T> {
  /** Stable React key of the column. */
  key: string;
  /** The column heading; may hold a visually hidden text (e.g. an actions column). */
  header: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  /** Cells of this column are the rows' headings (`<th scope="row">`), e.g. the name. */
  rowHeader?: boolean;
  /** "end" for figures; a function decides per row (the heading follows the first row). */
  align?: TColumnAlign<T>;
  /** Extra class on the column's body cells (e.g. "code"). */
  className?: string;
  /** Extra class on the column's heading cell. */
  headerClassName?: string;
}

export interface DataTableProps<T> {
  /** Names the table and its scroll region for screen readers; shown only with captionVisible. */
  caption: string;
  captionVisible?: boolean;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** What to say when there are no rows. Without it an empty table is drawn with its headings only. */
  empty?: ReactNode;
  /** "message" (default) says `empty` in a paragraph instead of the table; "row" keeps the table with one full-width row. */
  emptyAs?: "message" | "row";
  /** Tighter cell padding, for tables inside cards and figures. */
  compact?: boolean;
  /** Extra class on the scroll region around the table. */
  className?: string;
  rowClassName?: (row: T, index: number) => string | undefined;
}

/**
 * An accessible data table: a caption, column headings with scope, optional row headings,
 * figures lined up on the right. A wide table scrolls inside its own region (which keyboard
 * users can reach, hence tabIndex) instead of widening the page on a phone.
 */
export function DataTable<T>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  empty,
  emptyAs = "message",
  compact = false,
  className,
  rowClassName,
}: DataTableProps<T>) {
  if (rows.length === 0 && empty !== undefined && emptyAs === "message") {
    return <p className="ui-table-empty">{empty}</p>;
  }
  const first = rows[0];
  return (
    <div className={["ui-table-wrap", className].filter(Boolean).join(" ")} role="region" aria-label={caption} tabIndex={0}>
      <table className={compact ? "ui-table ui-table--compact" : "ui-table"}>
        <caption className={captionVisible ? "ui-table__caption" : "ui-visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClassName(resolveAlign(column.align, first), column.headerClassName)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr className="ui-table__empty-row">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : null}
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClassName?.(row, index)}>
              {columns.map((column) => {
                const cellClass = cellClassName(resolveAlign(column.align, row), column.className);
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={cellClass}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key} className={cellClass}>
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
