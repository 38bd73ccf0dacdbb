import { toDayNumber } from "./dates";
import { participantIndex } from "./scale-matrix";
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
  const index = participantIndex(participants);
  const N = participants.length;
  // Day numbers in typed arrays (NaN = not scored yet): no strings compared per area and row.
  type TArea = { firstOn: Float64Array; first: Float64Array; latestOn: Float64Array; latest: Float64Array };
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
  let participantsWithTwoReviews = 0;
  for (let i = 0; i < N; i++) participantsWithTwoReviews += twoDays[i] as number;
  const out: TAreaProgression[] = [];
  for (const [areaId, a] of areas) {
    const first = new Float64Array(N);
    const latest = new Float64Array(N);
    const tally = new Map<number, number>();
    let n = 0;
    for (let i = 0; i < N; i++) {
      const firstOn = a.firstOn[i] as number;
      if (firstOn !== firstOn || firstOn === a.latestOn[i]) continue;
      first[n] = a.first[i] as number;
      latest[n] = a.latest[i] as number;
      const change = clean((a.latest[i] as number) - (a.first[i] as number));
      tally.set(change, (tally.get(change) ?? 0) + 1);
      n++;
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
