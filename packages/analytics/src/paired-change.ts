import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { scaleMatrix } from "./scale-matrix";
import { clean, share, summarize } from "./summary";
import type { TOccasion, TParticipantRow, TScaleMeta, TScoreRow, TSummary, TSurveyRow } from "./types";
import { wilcoxonSignedRank, type TWilcoxon } from "./wilcoxon";

export type TChangeCounts = {
  improved: number;
  unchanged: number;
  worse: number;
  /** Shares of the paired n (fractions 0..1). */
  improvedShare: number | null;
  unchangedShare: number | null;
  worseShare: number | null;
};

export type TPairedChange = {
  instrumentId: string;
  scaleId: string;
  higherIsBetter: boolean;
  minimalImportantChange: number | null;
  /** Participants with a score at both occasions: every change figure is over these. */
  paired: {
    n: number;
    meanStart: number | null;
    meanEnd: number | null;
    /** Mean of (end − start) in scale points; its sign is raw, not "better". */
    meanChange: number | null;
    sdChange: number | null;
    /** 95% CI of the mean change: mean ± t(0.975, n−1)·SD/√n; null for n < 2. */
    ci95: [number, number] | null;
    /** Standardised response mean: meanChange / sdChange; null when the SD is 0 or undefined. */
    effect: number | null;
    wilcoxon: TWilcoxon | null;
    /** Improved / unchanged / worse by the MIC in the better direction; null without a MIC. */
    byMic: TChangeCounts | null;
  };
  /**
   * Everyone with a score at each occasion, paired or not. NOT a change estimate: the two
   * groups differ when people drop out (see attrition). Shown beside, labelled as such.
   */
  unpaired: { label: "unpaired"; start: TSummary; end: TSummary };
};

export type TPairedChangeOptions = {
  from?: TOccasion;
  to?: TOccasion;
  /** If given, only scores of submitted questionnaires count. */
  surveys?: readonly TSurveyRow[];
};

/** Classification tolerance, as in packages/instruments' classifyChange (0.1 + 0.2 must reach 0.3). */
const EPSILON = 1e-9;

export function pairedChange(
  participants: readonly TParticipantRow[],
  scores: readonly TScoreRow[],
  scales: readonly TScaleMeta[],
  options: TPairedChangeOptions = {},
): TPairedChange[] {
  const from = options.from ?? "start";
  const to = options.to ?? "end";
  const matrix = scaleMatrix(participants, scores, scales, [from, to], options.surveys);
  return scales.map((scale, k) => {
    const [start, end] = matrix.values[k] as [Float64Array, Float64Array];
    return changeOfScale(scale, start, end);
  });
}

/** The paired and unpaired figures of one scale from its start and end columns (NaN = missing). */
export function changeOfScale(scale: TScaleMeta, start: Float64Array, end: Float64Array): TPairedChange {
  const N = start.length;
  const changes = new Float64Array(N);
  const startPaired = new Float64Array(N);
  const endPaired = new Float64Array(N);
  const startAll = new Float64Array(N);
  const endAll = new Float64Array(N);
  let n = 0;
  let ns = 0;
  let ne = 0;
  for (let i = 0; i < N; i++) {
    const s = start[i] as number;
    const e = end[i] as number;
    if (s === s) startAll[ns++] = s; // s === s: not NaN, without a call per row
    if (e === e) endAll[ne++] = e;
    if (s === s && e === e) {
      startPaired[n] = s;
      endPaired[n] = e;
      changes[n++] = e - s;
    }
  }
  const c = summarize(changes, n);
  const mic = scale.minimalImportantChange ?? null;
  let ci95: [number, number] | null = null;
  if (n >= 2 && c.mean !== null && c.sd !== null) {
    const half = tQuantile(0.975, n - 1) * (c.sd / Math.sqrt(n));
    ci95 = [c.mean - half, c.mean + half];
  }
  const sdChange = c.sd === null ? null : clean(c.sd);
  return {
    instrumentId: scale.instrumentId,
    scaleId: scale.scaleId,
    higherIsBetter: scale.higherIsBetter,
    minimalImportantChange: mic,
    paired: {
      n,
      meanStart: summarize(startPaired, n).mean,
      meanEnd: summarize(endPaired, n).mean,
      meanChange: c.mean,
      sdChange: c.sd,
      ci95,
      effect: c.mean !== null && sdChange !== null && sdChange > 0 ? c.mean / (c.sd as number) : null,
      wilcoxon: n > 0 ? wilcoxonSignedRank(changes, n) : null,
      byMic: mic === null ? null : classify(changes, n, mic, scale.higherIsBetter),
    },
    unpaired: { label: "unpaired", start: summarize(startAll, ns), end: summarize(endAll, ne) },
  };
}

function classify(changes: Float64Array, n: number, mic: number, higherIsBetter: boolean): TChangeCounts {
  const sign = higherIsBetter ? 1 : -1;
  let improved = 0;
  let worse = 0;
  for (let i = 0; i < n; i++) {
    const better = (changes[i] as number) * sign;
    if (better >= mic - EPSILON) improved++;
    else if (better <= -mic + EPSILON) worse++;
  }
  const unchanged = n - improved - worse;
  return {
    improved,
    unchanged,
    worse,
    improvedShare: share(improved, n),
    unchangedShare: share(unchanged, n),
    worseShare: share(worse, n),
  };
}
