// The same figures as responseRates and itemDistributions, from counts grouped in the
// database instead of one row per questionnaire or answer (see scale-figures.ts for scales).
import type { TContactSummary, TContactVolume } from "./contacts";
import { compareCategories, type TCategory, type TItemDistribution, type TItemDistributionOptions } from "./distributions";
import type { TResponseRate } from "./response-rates";
import { share } from "./summary";
import type { TOccasion } from "./types";

/** How many participants' questionnaires at an occasion got furthest to this state. */
export type TSurveyStateCount = { occasion: TOccasion; state: "submitted" | "in_progress" | "not_begun"; count: number };

/** Response rates with every participant eligible (the seed's rule, responseRates' "all"). */
export function responseRatesFromCounts(eligible: number, counts: readonly TSurveyStateCount[], occasions: readonly TOccasion[]): TResponseRate[] {
  return occasions.map((occasion) => {
    const of = (state: TSurveyStateCount["state"]) => counts.filter((c) => c.occasion === occasion && c.state === state).reduce((n, c) => n + c.count, 0);
    const completed = of("submitted");
    const incomplete = of("in_progress");
    return { occasion, eligible, completed, incomplete, noResponse: eligible - completed - incomplete, rate: share(completed, eligible) };
  });
}

/** How many respondents gave this value (a code, a list of codes, a date...) to an item at an occasion. */
export type TAnswerValueCount = {
  instrumentId: string;
  /** The version the answers were given in (free-text filtering judges each by its own). */
  instrumentVersion?: string;
  itemId: string;
  occasion: TOccasion;
  value: number | readonly number[] | string;
  count: number;
};

/** Per item and occasion distributions; same figures as itemDistributions over the answer rows. */
export function itemDistributionsFromCounts(counts: readonly TAnswerValueCount[], options: Omit<TItemDistributionOptions, "surveys">): TItemDistribution[] {
  const SEP = "\u0000";
  const items = new Map<string, { instrumentId: string; itemId: string; tallies: Map<TCategory, number>[]; ns: number[] }>();
  const item = (instrumentId: string, itemId: string) => {
    const key = instrumentId + SEP + itemId;
    let found = items.get(key);
    if (!found) items.set(key, (found = { instrumentId, itemId, tallies: options.occasions.map(() => new Map()), ns: options.occasions.map(() => 0) }));
    return found;
  };
  for (const c of counts) {
    const o = options.occasions.indexOf(c.occasion);
    if (o < 0) continue;
    const it = item(c.instrumentId, c.itemId);
    it.ns[o]! += c.count;
    const tally = it.tallies[o] as Map<TCategory, number>;
    const values: readonly TCategory[] = Array.isArray(c.value) ? [...new Set(c.value as number[])] : [c.value as TCategory];
    for (const v of values) tally.set(v, (tally.get(v) ?? 0) + c.count);
  }
  const declared = new Map<string, readonly TCategory[]>();
  for (const c of options.categories ?? []) {
    declared.set(c.instrumentId + SEP + c.itemId, c.values);
    item(c.instrumentId, c.itemId); // declared items nobody answered still get a row of zeros
  }
  const out: TItemDistribution[] = [];
  for (const [key, it] of items) {
    const order = [...(declared.get(key) ?? [])];
    const seen = new Set<TCategory>(order);
    const extra = new Set<TCategory>();
    for (const tally of it.tallies) for (const v of tally.keys()) if (!seen.has(v)) extra.add(v);
    order.push(...[...extra].sort(compareCategories));
    out.push({
      instrumentId: it.instrumentId,
      itemId: it.itemId,
      occasions: options.occasions.map((occasion, o) => {
        const tally = it.tallies[o] as Map<TCategory, number>;
        const n = it.ns[o] as number;
        return { occasion, n, cells: order.map((value) => ({ value, count: tally.get(value) ?? 0, share: share(tally.get(value) ?? 0, n) })) };
      }),
    });
  }
  return out.sort((a, b) => compareCategories(a.instrumentId, b.instrumentId) || compareCategories(a.itemId, b.itemId));
}

/** How many participants had exactly `contacts` contacts (of one kind, or of any kind when kind is null). */
export type TContactCountGroup = { kind: string | null; contacts: number; participants: number; minutes: number };

/** Volume over `n` participants from "so many had k contacts" groups; those with none are the rest. */
function volumeFromGroups(n: number, groups: readonly TContactCountGroup[]): TContactVolume {
  let total = 0;
  let withAny = 0;
  for (const g of groups) {
    total += g.contacts * g.participants;
    withAny += g.participants;
  }
  // Median over everyone, zeros included: walk the counts in order to the middle position(s).
  const sorted = [{ contacts: 0, participants: n - withAny }, ...[...groups].sort((a, b) => a.contacts - b.contacts)];
  const at = (position: number) => {
    let seen = 0;
    for (const g of sorted) {
      seen += g.participants;
      if (position < seen) return g.contacts;
    }
    return 0;
  };
  const median = n === 0 ? null : n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { total, meanPerParticipant: n > 0 ? total / n : null, medianPerParticipant: median, participantsWithAny: withAny };
}

/** Contact volume in total and by kind; same figures as contactSummary over the contact rows. */
export function contactSummaryFromCounts(n: number, groups: readonly TContactCountGroup[], options: { kinds?: readonly string[] } = {}): TContactSummary {
  const all = groups.filter((g) => g.kind === null);
  const kinds = [...new Set([...(options.kinds ?? []), ...groups.filter((g) => g.kind !== null).map((g) => g.kind as string)])];
  const byKind = kinds.map((kind) => ({ kind, ...volumeFromGroups(n, groups.filter((g) => g.kind === kind)) }));
  if (!options.kinds) byKind.sort((a, b) => b.total - a.total || (a.kind < b.kind ? -1 : 1));
  return { ...volumeFromGroups(n, all), minutes: all.reduce((m, g) => m + g.minutes, 0), byKind };
}
