import { addKeyed, keyed, keyOfRow, type TKeyedCount } from "./disclosure";
import { share } from "./summary";
import type { TAnswerRow, TOccasion, TParticipantRow, TSurveyRow } from "./types";

export type TCategory = number | string;
export type TCell = { value: TCategory; count: number; share: number | null };

export type TOccasionDistribution = {
  occasion: TOccasion;
  /** Respondents who answered the item at this occasion (the "n=" of the bar chart). */
  n: number;
  /** One cell per response value; share = count / n. Multi-select shares may add up past 1. */
  cells: TCell[];
};

export type TItemDistribution = {
  instrumentId: string;
  itemId: string;
  occasions: TOccasionDistribution[];
};

export type TItemDistributionOptions = {
  occasions: readonly TOccasion[];
  /**
   * The response values of each item, in display order, so that categories nobody chose
   * still show as 0 (a chart with a missing bar misleads). Values not listed are appended
   * in ascending order.
   */
  categories?: ReadonlyArray<{ instrumentId: string; itemId: string; values: readonly TCategory[] }>;
  /** If given, only answers of submitted questionnaires count (incomplete ones are left out). */
  surveys?: readonly TSurveyRow[];
};

const SEP = "\u0000";

/** A category's count with the key sum of its people; `declared` when the item lists it as an option. */
export type TKeyedCell = { value: TCategory; count: TKeyedCount; declared: boolean };
export type TKeyedOccasionDistribution = { occasion: TOccasion; n: TKeyedCount; cells: TKeyedCell[] };
export type TKeyedItemDistribution = { instrumentId: string; itemId: string; occasions: TKeyedOccasionDistribution[] };

/** Per item, per occasion: each category's keyed count and the keyed n, as the tallies are filled. */
export type TDistributionTally = { instrumentId: string; itemId: string; tallies: Map<TCategory, TKeyedCount>[]; ns: TKeyedCount[] };

/**
 * Per item and occasion: how many respondents chose each value. Start and end are
 * reported side by side with their own n, as in the seed's start-vs-end bar charts; the
 * two n differ when fewer answered at the end (they are not paired here).
 * A participant answers an item once per occasion: a repeated row replaces the earlier.
 */
export function itemDistributions(
  participants: readonly TParticipantRow[],
  answers: readonly TAnswerRow[],
  options: TItemDistributionOptions,
): TItemDistribution[] {
  return plainDistributions(
    tallyAnswers(participants, answers, options, () => 0),
    options,
  );
}

/** itemDistributions with each count keyed (disclosure.ts); every participant must carry its cell key. */
export function keyedItemDistributions(
  participants: readonly TParticipantRow[],
  answers: readonly TAnswerRow[],
  options: TItemDistributionOptions,
): TKeyedItemDistribution[] {
  return finishDistributions(tallyAnswers(participants, answers, options, keyOfRow), options);
}

function tallyAnswers(
  participants: readonly TParticipantRow[],
  answers: readonly TAnswerRow[],
  options: TItemDistributionOptions,
  keyOf: (p: TParticipantRow) => number,
): Map<string, TDistributionTally> {
  const keys = new Map(participants.map((p) => [p.participantId, keyOf(p)]));
  const occasions = new Set(options.occasions);
  let submitted: Set<string> | null = null;
  if (options.surveys) {
    submitted = new Set();
    for (const s of options.surveys) if (s.state === "submitted") submitted.add(s.participantId + SEP + s.occasion);
  }
  // item key → occasion → participant → value (last one wins)
  const items = new Map<string, { instrumentId: string; itemId: string; byOccasion: Map<TOccasion, Map<string, TAnswerRow["value"]>> }>();
  for (const a of answers) {
    if (a.value === null || !occasions.has(a.occasion) || !keys.has(a.participantId)) continue;
    if (submitted && !submitted.has(a.participantId + SEP + a.occasion)) continue;
    const key = a.instrumentId + SEP + a.itemId;
    let item = items.get(key);
    if (!item) {
      item = { instrumentId: a.instrumentId, itemId: a.itemId, byOccasion: new Map() };
      items.set(key, item);
    }
    let values = item.byOccasion.get(a.occasion);
    if (!values) item.byOccasion.set(a.occasion, (values = new Map()));
    values.set(a.participantId, a.value);
  }
  const tallies = new Map<string, TDistributionTally>();
  for (const [key, item] of items) {
    const tally = newTally(item.instrumentId, item.itemId, options.occasions.length);
    options.occasions.forEach((occasion, o) => {
      for (const [participantId, v] of item.byOccasion.get(occasion) ?? []) {
        const k = keys.get(participantId) as number;
        addKeyed(tally.ns[o] as TKeyedCount, k);
        const categories: readonly TCategory[] = Array.isArray(v) ? [...new Set(v as number[])] : [v as TCategory];
        for (const c of categories) addToTally(tally, o, c, k, 1);
      }
    });
    tallies.set(key, tally);
  }
  return tallies;
}

export function newTally(instrumentId: string, itemId: string, occasions: number): TDistributionTally {
  return { instrumentId, itemId, tallies: Array.from({ length: occasions }, () => new Map()), ns: Array.from({ length: occasions }, () => keyed()) };
}

export function addToTally(tally: TDistributionTally, occasion: number, value: TCategory, key: number, times: number): void {
  const cells = tally.tallies[occasion] as Map<TCategory, TKeyedCount>;
  let cell = cells.get(value);
  if (!cell) cells.set(value, (cell = keyed()));
  addKeyed(cell, key, times);
}

/**
 * The tallies as distributions: declared items nobody answered still get a row of zeros, and
 * each item's categories come in declared order (options nobody chose show as 0), then any
 * other value in ascending order.
 */
export function finishDistributions(
  items: Map<string, TDistributionTally>,
  options: Pick<TItemDistributionOptions, "occasions" | "categories">,
): TKeyedItemDistribution[] {
  const declared = new Map<string, readonly TCategory[]>();
  for (const c of options.categories ?? []) {
    const key = c.instrumentId + SEP + c.itemId;
    declared.set(key, c.values);
    if (!items.has(key)) items.set(key, newTally(c.instrumentId, c.itemId, options.occasions.length));
  }
  const out: TKeyedItemDistribution[] = [];
  for (const [key, item] of items) {
    const order = [...(declared.get(key) ?? [])];
    const seen = new Set<TCategory>(order);
    const extra = new Set<TCategory>();
    for (const tally of item.tallies) for (const v of tally.keys()) if (!seen.has(v)) extra.add(v);
    order.push(...[...extra].sort(compareCategories));
    out.push({
      instrumentId: item.instrumentId,
      itemId: item.itemId,
      occasions: options.occasions.map((occasion, o) => {
        const tally = item.tallies[o] as Map<TCategory, TKeyedCount>;
        return {
          occasion,
          n: item.ns[o] as TKeyedCount,
          cells: order.map((value) => ({ value, count: tally.get(value) ?? keyed(), declared: seen.has(value) })),
        };
      }),
    });
  }
  return out.sort((a, b) => compareCategories(a.instrumentId, b.instrumentId) || compareCategories(a.itemId, b.itemId));
}

/** Keyed distributions as plain counts and shares. */
export function plainDistributions(
  items: Map<string, TDistributionTally>,
  options: Pick<TItemDistributionOptions, "occasions" | "categories">,
): TItemDistribution[] {
  return finishDistributions(items, options).map((item) => ({
    instrumentId: item.instrumentId,
    itemId: item.itemId,
    occasions: item.occasions.map((o) => ({
      occasion: o.occasion,
      n: o.n.count,
      cells: o.cells.map((c) => ({ value: c.value, count: c.count.count, share: share(c.count.count, o.n.count) })),
    })),
  }));
}

export function compareCategories(a: TCategory, b: TCategory): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
