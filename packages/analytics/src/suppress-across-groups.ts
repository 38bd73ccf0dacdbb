import { SECONDARY_MARK, type TMasked } from "./suppression";

/**
 * Complementary suppression across groups (rule 5 in suppression.ts). A breakdown shows the
 * groups side by side while the overview shows the whole cohort, so a single hidden cell in a
 * column of groups would be the cohort's figure minus the others. Where a column has exactly
 * one hidden count, the smallest other count is hidden too, with the figures computed from it.
 */

type TCount = number | TMasked;

/**
 * Which cell of a column to hide beside its single hidden count (any marker counts as
 * hidden): the smallest shown count, preferring one above zero (hiding a zero hides little),
 * the first in order on a tie. Null when there is nothing to hide (no hidden count, two or
 * more already, or no shown count left).
 */
export function secondaryAcrossGroups(counts: readonly TCount[]): number | null {
  if (counts.filter((c) => typeof c === "string").length !== 1) return null;
  const shown = counts.flatMap((c, k) => (typeof c === "number" ? [{ count: c, k }] : [])).sort((a, b) => a.count - b.count);
  const smallest = shown.find((s) => s.count > 0) ?? shown[0];
  return smallest ? smallest.k : null;
}

/** The columns of a breakdown's group figures that add up to the cohort's. */
export interface TGroupFigures {
  enrolled: TCount;
  responseRates: ReadonlyArray<{ eligible: TCount; completed: TCount; incomplete: TCount; noResponse: TCount }>;
  targets: ReadonlyArray<{ met: TCount }>;
  change: ReadonlyArray<{ n: TCount }>;
}

type TCells = Record<string, unknown>[];

/** Hides the column's secondary cell: its count and those of `dependents` present on it. */
function protectColumn(cells: TCells, count: string, dependents: readonly string[]) {
  const pick = secondaryAcrossGroups(cells.map((c) => c[count] as TCount));
  const cell = pick === null ? undefined : cells[pick];
  if (!cell) return;
  for (const key of [count, ...dependents]) if (key in cell) cell[key] = SECONDARY_MARK;
}

/**
 * The groups with rule 5 applied to each column: enrolled; per occasion eligible, completed
 * (with its rate), incomplete and no response; per target met (with share and reached); per
 * scale the paired n (with mean change and CI). Rows are matched by position, as every group
 * lists the same occasions, targets and scales. Returns copies; the input is left as it is.
 */
export function suppressAcrossGroups<G extends TGroupFigures>(groups: readonly G[]): G[] {
  const copies = groups.map((g) => ({
    ...g,
    responseRates: g.responseRates.map((r) => ({ ...r })),
    targets: g.targets.map((t) => ({ ...t })),
    change: g.change.map((c) => ({ ...c })),
  }));
  const first = copies[0];
  if (!first || copies.length < 2) return copies as G[];
  const column = (pick: (g: (typeof copies)[number]) => unknown) => copies.map((g) => pick(g) as Record<string, unknown>);
  protectColumn(column((g) => g), "enrolled", []);
  first.responseRates.forEach((_, k) => {
    const cells = column((g) => g.responseRates[k]);
    protectColumn(cells, "eligible", []);
    protectColumn(cells, "completed", ["rate"]);
    protectColumn(cells, "incomplete", []);
    protectColumn(cells, "noResponse", []);
  });
  first.targets.forEach((_, k) => protectColumn(column((g) => g.targets[k]), "met", ["share", "reached"]));
  first.change.forEach((_, k) => protectColumn(column((g) => g.change[k]), "n", ["meanChange", "ci95"]));
  return copies as G[];
}
