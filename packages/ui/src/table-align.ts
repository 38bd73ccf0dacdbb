/**
 * How a table column lines up. "end" is for figures: right-aligned with tabular digits, so
 * units, tens and markers ("<5", "x") sit under each other; "start" is for words.
 */
export type TCellAlign = "start" | "end";

/** A column's alignment: fixed, or decided per row (e.g. from the cell's text, see alignForText). */
export type TColumnAlign<T> = TCellAlign | ((row: T) => TCellAlign);

// A figure, possibly signed or compared ("<5", "+3", "−2", "> 10"), a suppressed cell ("x"),
// or a lone dash for "none": the same test the evaluation tables have always used.
const NUMERIC = /^(?:[<>+−-]?\s?\d|x\b|–$)/;

/** Whether a cell's text reads as a figure (and so belongs on the right). */
export function looksNumeric(text: string): boolean {
  return NUMERIC.test(text);
}

/** "end" for a figure, "start" for words: for columns whose cells are already text. */
export function alignForText(text: string): TCellAlign {
  return looksNumeric(text) ? "end" : "start";
}

/**
 * The alignment of one cell. Without a row (the header cell), a per-row rule is asked about
 * the first row, so a heading lines up with the figures under it; with no rows at all, "start".
 */
export function resolveAlign<T>(align: TColumnAlign<T> | undefined, row: T | undefined): TCellAlign {
  if (align === undefined) return "start";
  if (typeof align === "string") return align;
  return row === undefined ? "start" : align(row);
}

/** The class list of a cell: the alignment class (only for "end") and the column's own class. */
export function cellClassName(align: TCellAlign, className?: string): string | undefined {
  return [align === "end" ? "ui-table__cell--end" : undefined, className].filter(Boolean).join(" ") || undefined;
}
