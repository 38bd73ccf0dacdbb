import type { TDisclosure, TKeyedCount, TShown } from "./disclosure";
import { packed, push, summaryParts } from "./protect-scales";
import { conventionCategory, isFunctional, reliableCategory, reliableChangeThreshold, type TChangeNorm, type TReliableCategory } from "./reliable-change";
import type { TScaleFigureCount } from "./scale-figures";

/**
 * Reliable change as an evaluator may see it (rules in disclosure.ts): no person's RCI, only
 * the cohort's counts per category, each perturbed by its people's cell keys, with shares of
 * perturbed counts; and the Jacobson-Truax plot as a binned density whose every cell is a
 * perturbed count, shown only from 5 (a cell under 5 is drawn hatched as hidden, never empty).
 * Every count is of the same cohort, so a difference of two cohorts' figures is noise.
 */

/** Bins per axis of the plot: coarse enough that most cells of a cohort of 50-150 reach 5. */
export const PLOT_BINS = 5;

export type TReliableChangeShares = {
  improved: TShown;
  unchanged: TShown;
  worse: TShown;
  improvedShare: TShown | null;
  unchangedShare: TShown | null;
  worseShare: TShown | null;
};

export type TProtectedReliableChange = {
  instrumentId: string;
  scaleId: string;
  higherIsBetter: boolean;
  /** Participants with a start and an end score (the denominator of every share). */
  n: TShown;
  /** Points a change must exceed to be reliable (1.96 · SEdiff); null: no reliability for this scale. */
  threshold: number | null;
  /** The SD the threshold used when the norm has none (the cohort's protected SD at the start). */
  cohortSd: number | null;
  reliable: TReliableChangeShares | null;
  /** Reliably improved and crossed the cut-off; `ofDysfunctional`: among those who started on the dysfunctional side. */
  recovered: { count: TShown; share: TShown | null; startDysfunctional: TShown; shareOfDysfunctional: TShown | null } | null;
  convention: ({ points: number } & TReliableChangeShares) | null;
  plot: { edges: number[]; cells: Array<{ start: number; end: number; count: TShown }> } | null;
};

const cell = (): TKeyedCount => ({ count: 0, key: 0 });

function shares(cells: Record<TReliableCategory, TKeyedCount>, n: number, d: TDisclosure): TReliableChangeShares {
  const p = { improved: d.perturb(cells.improved), unchanged: d.perturb(cells.unchanged), worse: d.perturb(cells.worse) };
  return {
    improved: d.show(p.improved),
    unchanged: d.show(p.unchanged),
    worse: d.show(p.worse),
    improvedShare: d.share(p.improved, n),
    unchangedShare: d.share(p.unchanged, n),
    worseShare: d.share(p.worse, n),
  };
}

/** The bin of a score: PLOT_BINS equal bins over the range, the top value in the last. */
function binOf(value: number, range: { min: number; max: number }): number {
  const width = (range.max - range.min) / PLOT_BINS;
  return Math.max(0, Math.min(PLOT_BINS - 1, Math.floor((value - range.min) / width)));
}

/**
 * One scale's reliable change from its grouped (start, end, count, key sum) counts. Only
 * groups with both scores count; the threshold comes from the norm (or, when the norm has no
 * SD, from the cohort's perturbed SD at the start, tagged as paired change's start values).
 */
export function protectReliableChange(
  groups: readonly TScaleFigureCount[],
  scale: { instrumentId: string; scaleId: string; higherIsBetter: boolean; range: { min: number; max: number } },
  norm: TChangeNorm,
  d: TDisclosure,
): TProtectedReliableChange {
  const pairs = groups.filter((g) => g.start !== null && g.end !== null);
  const starts = packed(pairs.length);
  for (const g of pairs) push(starts, g.start as number, g.key as number, g.count);
  const parts = summaryParts(starts, d, `${scale.instrumentId}/${scale.scaleId}:start`);
  const head = { instrumentId: scale.instrumentId, scaleId: scale.scaleId, higherIsBetter: scale.higherIsBetter };
  const rule = norm.reliableChange;
  const needsCohortSd = rule?.kind === "reliability" && rule.sd === null;
  const cohortSd = needsCohortSd ? parts.sd : null;
  if (!parts.shown) {
    const m = d.mark;
    const hidden = { improved: m, unchanged: m, worse: m, improvedShare: m, unchangedShare: m, worseShare: m };
    return {
      ...head,
      n: m,
      threshold: null,
      cohortSd: null,
      reliable: rule ? hidden : null,
      recovered: rule && norm.cutOff ? { count: m, share: m, startDysfunctional: m, shareOfDysfunctional: m } : null,
      convention: norm.convention ? { points: norm.convention.points, ...hidden } : null,
      plot: null,
    };
  }
  const n = parts.n;
  const threshold = rule ? reliableChangeThreshold(rule, cohortSd) : null;
  const reliable = { improved: cell(), unchanged: cell(), worse: cell() };
  const convention = { improved: cell(), unchanged: cell(), worse: cell() };
  const recovered = cell();
  const dysfunctional = cell();
  const grid = Array.from({ length: PLOT_BINS * PLOT_BINS }, cell);
  for (const g of pairs) {
    const start = g.start as number;
    const end = g.end as number;
    const add = (c: TKeyedCount) => {
      c.count += g.count;
      c.key += g.key as number;
    };
    if (threshold !== null) {
      const category = reliableCategory(start, end, threshold, scale.higherIsBetter);
      add(reliable[category]);
      if (norm.cutOff) {
        const startsLow = !isFunctional(start, norm.cutOff);
        if (startsLow) add(dysfunctional);
        if (startsLow && category === "improved" && isFunctional(end, norm.cutOff)) add(recovered);
      }
    }
    if (norm.convention) add(convention[conventionCategory(start, end, norm.convention.points, scale.higherIsBetter)]);
    add(grid[binOf(start, scale.range) * PLOT_BINS + binOf(end, scale.range)] as TKeyedCount);
  }
  let recoveredShown: TProtectedReliableChange["recovered"] = null;
  if (threshold !== null && norm.cutOff) {
    const r = d.perturb(recovered);
    const low = d.perturb(dysfunctional);
    recoveredShown = {
      count: d.show(r),
      share: d.share(r, n),
      startDysfunctional: d.show(low),
      shareOfDysfunctional: d.visible(low) ? d.share(r, low) : d.mark,
    };
  }
  const width = (scale.range.max - scale.range.min) / PLOT_BINS;
  return {
    ...head,
    n,
    threshold,
    cohortSd,
    reliable: threshold !== null ? shares(reliable, n, d) : null,
    recovered: recoveredShown,
    convention: norm.convention ? { points: norm.convention.points, ...shares(convention, n, d) } : null,
    plot: {
      edges: Array.from({ length: PLOT_BINS + 1 }, (_, i) => scale.range.min + i * width),
      cells: grid.map((c, i) => ({ start: Math.floor(i / PLOT_BINS), end: i % PLOT_BINS, count: d.count(c) })),
    },
  };
}
