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
  const ids = new Set(participants.map((p) => p.participantId));
  const occasions = new Set(options.occasions);
  let submitted: Set<string> | null = null;
  if (options.surveys) {
    submitted = new Set();
    for (const s of options.surveys) if (s.state === "submitted") submitted.add(s.participantId + SEP + s.occasion);
  }
  // item key → occasion → participant → value (last one wins)
  const items = new Map<string, { instrumentId: string; itemId: string; byOccasion: Map<TOccasion, Map<string, TAnswerRow["value"]>> }>();
  for (const a of answers) {
    if (a.value === null || !occasions.has(a.occasion) || !ids.has(a.participantId)) continue;
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
  const declared = new Map<string, readonly TCategory[]>();
  for (const c of options.categories ?? []) declared.set(c.instrumentId + SEP + c.itemId, c.values);
  // Declared items nobody answered still get a row of zeros.
  for (const c of options.categories ?? []) {
    const key = c.instrumentId + SEP + c.itemId;
    if (!items.has(key)) items.set(key, { instrumentId: c.instrumentId, itemId: c.itemId, byOccasion: new Map() });
  }

  const out: TItemDistribution[] = [];
  for (const [key, item] of items) {
    const counts = options.occasions.map(() => new Map<TCategory, number>());
    const ns = options.occasions.map((occasion, o) => {
      const values = item.byOccasion.get(occasion);
      const tally = counts[o] as Map<TCategory, number>;
      if (!values) return 0;
      for (const v of values.values()) {
        if (Array.isArray(v)) for (const x of new Set(v as number[])) tally.set(x, (tally.get(x) ?? 0) + 1);
        else tally.set(v as TCategory, (tally.get(v as TCategory) ?? 0) + 1);
      }
      return values.size;
    });
    const order = [...(declared.get(key) ?? [])];
    const seen = new Set<TCategory>(order);
    const extra = new Set<TCategory>();
    for (const tally of counts) for (const v of tally.keys()) if (!seen.has(v)) extra.add(v);
    order.push(...[...extra].sort(compareCategories));
    out.push({
      instrumentId: item.instrumentId,
      itemId: item.itemId,
      occasions: options.occasions.map((occasion, o) => {
        const tally = counts[o] as Map<TCategory, number>;
        const n = ns[o] as number;
        return { occasion, n, cells: order.map((value) => ({ value, count: tally.get(value) ?? 0, share: share(tally.get(value) ?? 0, n) })) };
      }),
    });
  }
  return out.sort((a, b) => compareCategories(a.instrumentId, b.instrumentId) || compareCategories(a.itemId, b.itemId));
}

export function compareCategories(a: TCategory, b: TCategory): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
