/**
 * Plain small-cell suppression. Evaluators' figures about participants are protected by
 * perturbation instead (disclosure.ts, which reuses the markers here); these rules remain for
 * the external respondents' figures, whose rows carry no cell key.
 *
 * Rules (threshold t, default 5):
 * 1. Primary: a count of people from 1 to t−1 is shown as `<t` ("<5"). 0 is shown: that
 *    nobody is in a cell identifies nobody, and hiding zeros would hide empty categories.
 * 2. A share or percentage computed from a hidden count is hidden with it (a share of a
 *    known total gives the count back).
 * 3. A statistic over fewer than t people (mean, SD, CI, effect, p, their n) is hidden:
 *    the mean of three people's scores is personal data.
 * 4. Secondary: when a distribution shows its total and exactly one of its cells is
 *    hidden, that cell is total − the others; so the smallest other non-zero cell (first
 *    in display order on a tie) is hidden too, marked "x" since it is not under t. Two or
 *    more hidden cells are left as they are (their split stays unknown). Distributions
 *    whose cells do not add up to the total (multi-select items) need no secondary cell.
 * The markers are strings, so a number in a suppressed result is always safe to show.
 */

export const DEFAULT_THRESHOLD = 5;
/** Marker of a cell hidden only so that a "<5" cell cannot be derived from the total. */
export const SECONDARY_MARK = "x";

export type TMasked = string;
export type TSuppressed<T> = T extends number
  ? number | TMasked
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? TSuppressed<U>[]
      : { [K in keyof T]: TSuppressed<T[K]> };

export const smallMark = (threshold: number = DEFAULT_THRESHOLD): TMasked => `<${threshold}`;

/** True for counts that must not be shown: 1..threshold−1. */
export function isSmall(count: number, threshold: number = DEFAULT_THRESHOLD): boolean {
  return count > 0 && count < threshold;
}

export function suppressCount(count: number, threshold: number = DEFAULT_THRESHOLD): number | TMasked {
  return isSmall(count, threshold) ? smallMark(threshold) : count;
}

/** A share shown only if the count it comes from is shown. */
export function suppressShare(value: number | null, count: number, threshold: number = DEFAULT_THRESHOLD): number | null | TMasked {
  return isSmall(count, threshold) ? smallMark(threshold) : value;
}

export type TCellMark = "primary" | "secondary" | null;

export type TSuppressedRow = {
  total: number | TMasked;
  cells: Array<number | TMasked>;
  /** Why each cell is hidden; shares of hidden cells must be hidden by the caller (see suppressCells). */
  marks: TCellMark[];
};

/**
 * One distribution: a total and its cells (rules 1 and 4). `additive: false` for
 * distributions whose cells may overlap (multi-select), where no secondary cell is needed.
 */
export function suppressRow(
  total: number,
  cells: readonly number[],
  threshold: number = DEFAULT_THRESHOLD,
  options: { additive?: boolean } = {},
): TSuppressedRow {
  const marks: TCellMark[] = cells.map((c) => (isSmall(c, threshold) ? "primary" : null));
  const totalHidden = isSmall(total, threshold);
  const primaries = marks.filter((m) => m === "primary").length;
  if (!totalHidden && primaries === 1 && options.additive !== false) {
    let pick = -1;
    cells.forEach((c, k) => {
      if (marks[k] === null && c > 0 && (pick < 0 || c < (cells[pick] as number))) pick = k;
    });
    if (pick >= 0) marks[pick] = "secondary";
  }
  return {
    total: totalHidden ? smallMark(threshold) : total,
    cells: cells.map((c, k) => (marks[k] === "primary" ? smallMark(threshold) : marks[k] === "secondary" ? SECONDARY_MARK : c)),
    marks,
  };
}

/**
 * The same for a table of rows (each with its own total), e.g. one row per occasion or
 * per group of a breakdown, for exports that are not one of the results below.
 */
export function suppressTable(
  rows: ReadonlyArray<{ total: number; cells: readonly number[] }>,
  threshold: number = DEFAULT_THRESHOLD,
  options: { additive?: boolean } = {},
): TSuppressedRow[] {
  return rows.map((r) => suppressRow(r.total, r.cells, threshold, options));
}

/**
 * Cells with a count and a share ({ count, share, ...rest }), total n: applies the row rules
 * and hides each hidden cell's share with it.
 */
export function suppressCells<C extends { count: number; share: number | null }>(
  total: number,
  cells: readonly C[],
  threshold: number = DEFAULT_THRESHOLD,
  options: { additive?: boolean } = {},
): { total: number | TMasked; cells: Array<Omit<C, "count" | "share"> & { count: number | TMasked; share: number | null | TMasked }> } {
  const row = suppressRow(
    total,
    cells.map((c) => c.count),
    threshold,
    options,
  );
  return {
    total: row.total,
    cells: cells.map((c, k) => {
      const shown = row.cells[k] as number | TMasked;
      return { ...c, count: shown, share: typeof shown === "string" ? shown : c.share };
    }),
  };
}

/** Rule 3: every number in `value` replaced by the marker when n is 1..threshold−1. */
export function suppressStatistics<T>(value: T, n: number, threshold: number = DEFAULT_THRESHOLD, keep: ReadonlySet<string> = new Set()): TSuppressed<T> {
  if (!isSmall(n, threshold)) return value as TSuppressed<T>;
  return maskNumbers(value, smallMark(threshold), keep) as TSuppressed<T>;
}

function maskNumbers(value: unknown, mark: TMasked, keep: ReadonlySet<string>): unknown {
  if (typeof value === "number") return mark;
  if (Array.isArray(value)) return value.map((v) => maskNumbers(v, mark, keep));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = keep.has(k) ? v : maskNumbers(v, mark, keep);
    return out;
  }
  return value;
}
