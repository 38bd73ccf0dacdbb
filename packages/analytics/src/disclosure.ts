import { cellUniform } from "./cell-key";
import { countNoise, magnitudeNoise } from "./perturbation";
import { DEFAULT_THRESHOLD, smallMark, type TMasked } from "./suppression";

/**
 * Disclosure control for every evaluator figure and aggregate export: what may be shown of one
 * population's (one cohort's) figures. The API asks this; nothing else decides.
 *
 * 1. Every count of people is perturbed by its cell key (cell-key.ts, perturbation.ts): the
 *    same people in the same cohort always give the same published count; any other cohort
 *    draws new noise for every cell.
 * 2. A perturbed count below the threshold (5) is shown as "<5", zero included, so an empty
 *    cell and a cell of one look the same. There is no secondary suppression: a total minus
 *    the other cells gives the hidden cell plus the noise of all of them, never the count.
 * 3. Everything derived (shares, rates, means, SDs, intervals, tests) is computed from
 *    perturbed counts and perturbed sums, never from the exact ones, so no exact figure is left
 *    to subtract from.
 * 4. A statistic over a perturbed n below the threshold is hidden, as its n is.
 * 5. Categories that are not fixed in advance (statuses, answer values no option lists, score
 *    changes, groups) are listed only when their perturbed count is shown; a fixed category
 *    (an item's options) is always listed, "<5" when small. So whether a row is there never
 *    says more than its count would.
 */

/** A set of people as perturbation sees it: how many, and the sum of their keys. */
export type TKeyedCount = { count: number; key: number };

/** A sum over a set of people: the sum, its largest single contribution (absolute), their key sum. */
export type TKeyedSum = { sum: number; top: number; key: number };

export type TShown = number | TMasked;

export type TDisclosure = {
  threshold: number;
  mark: TMasked;
  populationKey: number;
  /** The perturbed count (use it for derived figures; show it with `show`). */
  perturb(cell: TKeyedCount): number;
  /** A perturbed count as published: the number, or "<5". */
  show(perturbed: number): TShown;
  /** perturb then show. */
  count(cell: TKeyedCount): TShown;
  /** True when a perturbed count may be shown. */
  visible(perturbed: number): boolean;
  /** A share of two perturbed counts (0..1), hidden with its count; null without a base. */
  share(perturbed: number, ofPerturbed: number): TShown | null;
  /** A perturbed sum; `tag` names the quantity, so different sums of the same people get different noise. */
  sum(cell: TKeyedSum, tag: string): number;
};

export function disclosureOf(populationKey: number, threshold: number = DEFAULT_THRESHOLD): TDisclosure {
  const mark = smallMark(threshold);
  const visible = (p: number) => p >= threshold;
  const show = (p: number): TShown => (visible(p) ? p : mark);
  const perturb = (cell: TKeyedCount) => (cell.count <= 0 ? 0 : cell.count + countNoise(cell.count, cellUniform(cell.key, populationKey)));
  return {
    threshold,
    mark,
    populationKey,
    perturb,
    show,
    count: (cell) => show(perturb(cell)),
    visible,
    share(p, of) {
      if (!visible(p)) return mark;
      // Two perturbed counts: a cell may come out a little above its total; a share stays a share.
      return of > 0 ? Math.min(1, p / of) : null;
    },
    sum(cell, tag) {
      // A floor of one unit: a sum of zeros must not come out exactly zero (it would say every value is 0).
      const top = Math.max(Math.abs(cell.top), 1);
      return cell.sum + magnitudeNoise(top, cellUniform(cell.key, populationKey, tag));
    },
  };
}

/** A keyed count accumulated one person at a time. */
export function keyed(): TKeyedCount {
  return { count: 0, key: 0 };
}

/** Adds `times` people (or records) whose keys sum to `key` (one person: times 1, their key). */
export function addKeyed(cell: TKeyedCount, key: number, times = 1): void {
  cell.count += times;
  cell.key += key;
}

/** The key a participant row carries; every evaluator path must have loaded it. */
export function keyOfRow(row: { cellKey?: number | null }): number {
  if (typeof row.cellKey !== "number") throw new Error("disclosure control needs every participant's cell key");
  return row.cellKey;
}
