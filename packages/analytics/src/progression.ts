import { toDayNumber } from "./dates";
import { addKeyed, keyOfRow, type TDisclosure } from "./disclosure";
import { participantIndex } from "./scale-matrix";
import type { TSuppressed } from "./suppression";
import { clean, share, summarize } from "./summary";
import type { TIsoDate, TParticipantRow, TReviewRow } from "./types";

export type TAreaProgression = {
  areaId: string;
  /** Participants with the area scored in at least two reviews. */
  n: number;
  meanFirst: number | null;
  meanLatest: number | null;
  meanChange: number | null;
  /** How many moved by each amount (latest − first), ascending; share = count / n. */
  changes: Array<{ change: number; count: number; share: number | null }>;
};

export type TProgressionSpider = {
  /** Participants with at least two reviews (of any area) up to `until`. */
  participantsWithTwoReviews: number;
  areas: TAreaProgression[];
};

/** Per area: each participant's first and latest score and their days (NaN = not scored yet). */
type TArea = { firstOn: Float64Array; first: Float64Array; latestOn: Float64Array; latest: Float64Array };

/** Every area's first and latest score per participant, and who has reviews on two days. */
function gather(participants: readonly TParticipantRow[], reviews: readonly TReviewRow[], options: { areas?: readonly string[]; until?: TIsoDate }) {
  const index = participantIndex(participants);
  const N = participants.length;
  // Day numbers in typed arrays (NaN = not scored yet): no strings compared per area and row.
  const areas = new Map<string, TArea>();
  const newArea = (): TArea => ({
    firstOn: new Float64Array(N).fill(NaN),
    first: new Float64Array(N),
    latestOn: new Float64Array(N).fill(NaN),
    latest: new Float64Array(N),
  });
  for (const id of options.areas ?? []) areas.set(id, newArea());
  const reviewDays = new Float64Array(N).fill(NaN);
  const twoDays = new Uint8Array(N);
  for (const r of reviews) {
    if (options.until !== undefined && r.reviewedOn > options.until) continue;
    const i = index.get(r.participantId);
    if (i === undefined) continue;
    const day = toDayNumber(r.reviewedOn);
    const seen = reviewDays[i] as number;
    if (seen !== seen) reviewDays[i] = day;
    else if (seen !== day) twoDays[i] = 1;
    for (const areaId in r.scores) {
      const v = r.scores[areaId];
      if (v === null || v === undefined) continue;
      let a = areas.get(areaId);
      if (!a) {
        if (options.areas) continue; // a fixed area list leaves other areas out
        areas.set(areaId, (a = newArea()));
      }
      const firstOn = a.firstOn[i] as number;
      if (firstOn !== firstOn || day < firstOn) {
        a.firstOn[i] = day;
        a.first[i] = v;
      }
      const latestOn = a.latestOn[i] as number;
      if (latestOn !== latestOn || day >= latestOn) {
        a.latestOn[i] = day;
        a.latest[i] = v;
      }
    }
  }
  return { areas, twoDays };
}

/** The participants (positions) scored on an area on two different days. */
function scoredTwice(a: TArea): number[] {
  const rows: number[] = [];
  for (let i = 0; i < a.firstOn.length; i++) {
    const firstOn = a.firstOn[i] as number;
    if (firstOn === firstOn && firstOn !== a.latestOn[i]) rows.push(i);
  }
  return rows;
}

/**
 * The cohort spider chart: per area, the mean of each participant's first and latest
 * score (reviews on or before `until`), over participants scored on that area at least
 * twice. First and latest are taken per area, so an area added to the plan later still
 * compares two real scores. Two reviews on the same day: the later row wins.
 */
export function progressionSpider(
  participants: readonly TParticipantRow[],
  reviews: readonly TReviewRow[],
  options: { areas?: readonly string[]; until?: TIsoDate } = {},
): TProgressionSpider {
  const { areas, twoDays } = gather(participants, reviews, options);
  let participantsWithTwoReviews = 0;
  for (let i = 0; i < twoDays.length; i++) participantsWithTwoReviews += twoDays[i] as number;
  const out: TAreaProgression[] = [];
  for (const [areaId, a] of areas) {
    const rows = scoredTwice(a);
    const n = rows.length;
    const first = Float64Array.from(rows, (i) => a.first[i] as number);
    const latest = Float64Array.from(rows, (i) => a.latest[i] as number);
    const tally = new Map<number, number>();
    for (const i of rows) {
      const change = clean((a.latest[i] as number) - (a.first[i] as number));
      tally.set(change, (tally.get(change) ?? 0) + 1);
    }
    const mf = summarize(first, n).mean;
    const ml = summarize(latest, n).mean;
    out.push({
      areaId,
      n,
      meanFirst: mf,
      meanLatest: ml,
      meanChange: mf !== null && ml !== null ? ml - mf : null,
      changes: [...tally.entries()].sort((x, y) => x[0] - y[0]).map(([change, count]) => ({ change, count, share: share(count, n) })),
    });
  }
  return { participantsWithTwoReviews, areas: out };
}

/**
 * The spider as it may be shown (disclosure.ts): counts perturbed, the first scores' mean and
 * the mean change from perturbed sums (latest = first + change, so the three agree), and a
 * change value listed only when the number who moved by it may be shown. Every participant
 * must carry its cell key.
 */
export function protectedProgressionSpider(
  participants: readonly TParticipantRow[],
  reviews: readonly TReviewRow[],
  d: TDisclosure,
  options: { areas?: readonly string[]; until?: TIsoDate } = {},
): TSuppressed<TProgressionSpider> {
  const keys = participants.map(keyOfRow);
  const { areas, twoDays } = gather(participants, reviews, options);
  const two = { count: 0, key: 0 };
  for (let i = 0; i < twoDays.length; i++) if (twoDays[i] === 1) addKeyed(two, keys[i] as number);
  const out: TSuppressed<TAreaProgression>[] = [];
  for (const [areaId, a] of areas) {
    const rows = scoredTwice(a);
    const people = { count: 0, key: 0 };
    const first = { sum: 0, top: 0, key: 0 };
    const change = { sum: 0, top: 0, key: 0 };
    const tally = new Map<number, { count: number; key: number }>();
    for (const i of rows) {
      const key = keys[i] as number;
      const f = a.first[i] as number;
      const c = clean((a.latest[i] as number) - f);
      addKeyed(people, key);
      first.sum += f;
      first.top = Math.max(first.top, Math.abs(f));
      change.sum += c;
      change.top = Math.max(change.top, Math.abs(c));
      let cell = tally.get(c);
      if (!cell) tally.set(c, (cell = { count: 0, key: 0 }));
      addKeyed(cell, key);
    }
    first.key = change.key = people.key;
    const n = d.perturb(people);
    if (!d.visible(n)) {
      out.push({ areaId, n: d.mark, meanFirst: d.mark, meanLatest: d.mark, meanChange: d.mark, changes: [] });
      continue;
    }
    const meanFirst = d.sum(first, `progression/${areaId}:first`) / n;
    const meanChange = d.sum(change, `progression/${areaId}:change`) / n;
    const changes = [...tally.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([value, cell]) => ({ change: value, count: d.perturb(cell) }))
      .filter((c) => d.visible(c.count))
      .map((c) => ({ change: c.change, count: c.count, share: d.share(c.count, n) }));
    out.push({ areaId, n, meanFirst, meanLatest: meanFirst + meanChange, meanChange, changes });
  }
  return { participantsWithTwoReviews: d.count(two), areas: out };
}
