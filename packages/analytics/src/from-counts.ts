// The same figures as responseRates and itemDistributions, from counts grouped in the
// database instead of one row per questionnaire or answer (see scale-figures.ts for scales).
import type { TContactBin, TContactBins, TContactSummary, TContactVolume } from "./contacts";
import { addKeyed, keyed, type TKeyedCount } from "./disclosure";
import {
  addToTally,
  finishDistributions,
  newTally,
  plainDistributions,
  type TCategory,
  type TDistributionTally,
  type TItemDistribution,
  type TItemDistributionOptions,
  type TKeyedItemDistribution,
} from "./distributions";
import { plainRate, type TKeyedResponseRate, type TResponseRate } from "./response-rates";
import type { TOccasion } from "./types";

/** How many participants' questionnaires at an occasion got furthest to this state (and, for disclosure control, the sum of their keys). */
export type TSurveyStateCount = { occasion: TOccasion; state: "submitted" | "in_progress" | "not_begun"; count: number; key?: number };

/** Response rates with every participant eligible (the seed's rule, responseRates' "all"). */
export function responseRatesFromCounts(eligible: number, counts: readonly TSurveyStateCount[], occasions: readonly TOccasion[]): TResponseRate[] {
  return tallyStates({ count: eligible, key: 0 }, counts, occasions, () => 0).map(plainRate);
}

/** The same with each count keyed: `eligible` is the cohort (its size and key sum), and every count must carry its key. */
export function keyedResponseRatesFromCounts(
  eligible: TKeyedCount,
  counts: readonly TSurveyStateCount[],
  occasions: readonly TOccasion[],
): TKeyedResponseRate[] {
  return tallyStates(eligible, counts, occasions, requireKey);
}

function requireKey(c: { key?: number }): number {
  if (typeof c.key !== "number") throw new Error("disclosure control needs the key sum of every count");
  return c.key;
}

function tallyStates(
  eligible: TKeyedCount,
  counts: readonly TSurveyStateCount[],
  occasions: readonly TOccasion[],
  keyOf: (c: TSurveyStateCount) => number,
): TKeyedResponseRate[] {
  return occasions.map((occasion) => {
    const of = (state: TSurveyStateCount["state"]) => {
      const cell = keyed();
      for (const c of counts) if (c.occasion === occasion && c.state === state) addKeyed(cell, keyOf(c), c.count);
      return cell;
    };
    const completed = of("submitted");
    const incomplete = of("in_progress");
    const noResponse = { count: eligible.count - completed.count - incomplete.count, key: eligible.key - completed.key - incomplete.key };
    return { occasion, eligible: { ...eligible }, completed, incomplete, noResponse };
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
  /** The sum of the respondents' cell keys (disclosure control). */
  key?: number;
};

/** Per item and occasion distributions; same figures as itemDistributions over the answer rows. */
export function itemDistributionsFromCounts(counts: readonly TAnswerValueCount[], options: Omit<TItemDistributionOptions, "surveys">): TItemDistribution[] {
  return plainDistributions(
    tallyValueCounts(counts, options, () => 0),
    options,
  );
}

/** The same with each count keyed (every count must carry its key). */
export function keyedItemDistributionsFromCounts(
  counts: readonly TAnswerValueCount[],
  options: Omit<TItemDistributionOptions, "surveys">,
): TKeyedItemDistribution[] {
  return finishDistributions(tallyValueCounts(counts, options, requireKey), options);
}

function tallyValueCounts(
  counts: readonly TAnswerValueCount[],
  options: Omit<TItemDistributionOptions, "surveys">,
  keyOf: (c: TAnswerValueCount) => number,
): Map<string, TDistributionTally> {
  const SEP = "\u0000";
  const items = new Map<string, TDistributionTally>();
  for (const c of counts) {
    const o = options.occasions.indexOf(c.occasion);
    if (o < 0) continue;
    const id = c.instrumentId + SEP + c.itemId;
    let tally = items.get(id);
    if (!tally) items.set(id, (tally = newTally(c.instrumentId, c.itemId, options.occasions.length)));
    const key = keyOf(c);
    addKeyed(tally.ns[o] as TKeyedCount, key, c.count);
    const values: readonly TCategory[] = Array.isArray(c.value) ? [...new Set(c.value as number[])] : [c.value as TCategory];
    for (const v of values) addToTally(tally, o, v, key, c.count);
  }
  return items;
}

/** How many participants had exactly `contacts` contacts (of one kind, or of any kind when kind is null). */
export type TContactCountGroup = {
  kind: string | null;
  contacts: number;
  participants: number;
  minutes: number;
  /** The sum of these participants' cell keys, and the most minutes one of them had (disclosure control). */
  key?: number;
  maxMinutes?: number;
};

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
  const byKind = kinds.map((kind) => ({
    kind,
    ...volumeFromGroups(
      n,
      groups.filter((g) => g.kind === kind),
    ),
  }));
  if (!options.kinds) byKind.sort((a, b) => b.total - a.total || (a.kind < b.kind ? -1 : 1));
  return { ...volumeFromGroups(n, all), minutes: all.reduce((m, g) => m + g.minutes, 0), byKind };
}

/** The groups as keyed bins (contacts.ts' TContactBins); every group must carry its key and largest minutes. */
export function contactBinsFromCounts(groups: readonly TContactCountGroup[]): TContactBins {
  const bins = (of: readonly TContactCountGroup[]): TContactBin[] =>
    of
      .map((g) => {
        if (typeof g.maxMinutes !== "number") throw new Error("disclosure control needs each group's largest minutes");
        return { contacts: g.contacts, participants: { count: g.participants, key: requireKey(g) }, minutes: g.minutes, maxMinutes: g.maxMinutes };
      })
      .sort((a, b) => a.contacts - b.contacts);
  const kinds = [...new Set(groups.filter((g) => g.kind !== null).map((g) => g.kind as string))];
  return { all: bins(groups.filter((g) => g.kind === null)), byKind: kinds.map((kind) => ({ kind, bins: bins(groups.filter((g) => g.kind === kind)) })) };
}
