import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { TAttrition } from "./attrition";
import { keyOfRow, type TDisclosure, type TShown } from "./disclosure";
import type { TPairedChange, TPairedChangeOptions } from "./paired-change";
import { expand, type TColumns, type TScaleFigureCount } from "./scale-figures";
import { participantIndex, scaleMatrix, submittedMask } from "./scale-matrix";
import type { TSuppressed } from "./suppression";
import { clean } from "./summary";
import type { TOccasion, TParticipantRow, TScaleMeta, TScoreRow, TSummary, TSurveyRow } from "./types";
import { EXACT_LIMIT, signedRankStatistic, wilcoxonTest } from "./wilcoxon";

/**
 * Paired change and attrition as they may be shown (disclosure.ts). Every mean is a perturbed
 * sum over a perturbed n, every SD a perturbed sum of squared deviations, the interval and the
 * effect come from those, and the Wilcoxon test from a perturbed V and n. Each sum's tag names
 * the scale and the quantity (start values, changes), never the view: the start values of the
 * same people get the same noise in paired change and in attrition.
 */

const EPSILON = 1e-9;

type TParts = { shown: boolean; n: number; mean: number | null; sd: number | null };

/** n, mean and SD of the values at `rows` (with their people's keys) as they may be shown. */
function summaryParts(values: Float64Array, keys: Float64Array, rows: readonly number[], d: TDisclosure, tag: string): TParts {
  let key = 0;
  let sum = 0;
  let top = 0;
  for (const i of rows) {
    const x = values[i] as number;
    key += keys[i] as number;
    sum += x;
    top = Math.max(top, Math.abs(x));
  }
  const n = d.perturb({ count: rows.length, key });
  if (!d.visible(n)) return { shown: false, n, mean: null, sd: null };
  const exactMean = sum / rows.length;
  let squares = 0;
  let topSquare = 0;
  for (const i of rows) {
    const dev = ((values[i] as number) - exactMean) ** 2;
    squares += dev;
    topSquare = Math.max(topSquare, dev);
  }
  const ss = d.sum({ sum: squares, top: topSquare, key }, `${tag}:ss`);
  return { shown: true, n, mean: d.sum({ sum, top, key }, tag) / n, sd: n > 1 ? Math.sqrt(Math.max(0, ss) / (n - 1)) : null };
}

function shownSummary(parts: TParts, d: TDisclosure): TSuppressed<TSummary> {
  return parts.shown ? { n: parts.n, mean: parts.mean, sd: parts.sd } : { n: d.mark, mean: d.mark, sd: d.mark };
}

const rowsWhere = (length: number, keep: (i: number) => boolean): number[] => {
  const rows: number[] = [];
  for (let i = 0; i < length; i++) if (keep(i)) rows.push(i);
  return rows;
};

const present = (x: number) => x === x; // not NaN

/** One scale's paired change from its start and end columns (NaN = missing) and the rows' keys. */
export function protectChangeOfScale(scale: TScaleMeta, start: Float64Array, end: Float64Array, keys: Float64Array, d: TDisclosure): TSuppressed<TPairedChange> {
  const base = `${scale.instrumentId}/${scale.scaleId}`;
  const mic = scale.minimalImportantChange ?? null;
  const paired = rowsWhere(start.length, (i) => present(start[i] as number) && present(end[i] as number));
  const change = new Float64Array(start.length);
  for (const i of paired) change[i] = (end[i] as number) - (start[i] as number);
  const startParts = summaryParts(start, keys, paired, d, `${base}:start`);
  const changeParts = summaryParts(change, keys, paired, d, `${base}:change`);
  const n = startParts.n;
  const unpaired = {
    label: "unpaired" as const,
    start: shownSummary(summaryParts(start, keys, rowsWhere(start.length, (i) => present(start[i] as number)), d, `${base}:start`), d),
    end: shownSummary(summaryParts(end, keys, rowsWhere(end.length, (i) => present(end[i] as number)), d, `${base}:end`), d),
  };
  const head = { instrumentId: scale.instrumentId, scaleId: scale.scaleId, higherIsBetter: scale.higherIsBetter, minimalImportantChange: mic };
  const changes = Float64Array.from(paired, (i) => change[i] as number);
  const statistic = signedRankStatistic(changes, changes.length);
  if (!startParts.shown) {
    const m = d.mark;
    const byMic = mic === null ? null : { improved: m, unchanged: m, worse: m, improvedShare: m, unchangedShare: m, worseShare: m };
    const method = statistic.nNonZero < EXACT_LIMIT && statistic.tieTerm === 0 && statistic.zeros === 0 ? "exact" : "normal";
    return { ...head, paired: { n: m, meanStart: m, meanEnd: m, meanChange: m, sdChange: m, ci95: [m, m], effect: m, wilcoxon: { V: m, nNonZero: m, p: m, method, z: m }, byMic }, unpaired };
  }
  // The change is perturbed as a sum of its own (its largest contribution is far smaller than a
  // score's), and the end is start + change, so the three means agree with each other.
  const meanStart = startParts.mean as number;
  const meanChange = changeParts.mean as number;
  const sd = changeParts.sd;
  let ci95: [number, number] | null = null;
  if (n >= 2 && sd !== null) {
    const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
    ci95 = [meanChange - half, meanChange + half];
  }
  return {
    ...head,
    paired: {
      n,
      meanStart,
      meanEnd: meanStart + meanChange,
      meanChange,
      sdChange: sd,
      ci95,
      effect: sd !== null && clean(sd) > 0 ? meanChange / sd : null,
      wilcoxon: protectWilcoxon(statistic, keys, paired, change, d, `${base}:wilcoxon`),
      byMic: mic === null ? null : protectByMic(change, keys, paired, n, mic, scale.higherIsBetter, d),
    },
    unpaired,
  };
}

function protectWilcoxon(statistic: ReturnType<typeof signedRankStatistic>, keys: Float64Array, paired: readonly number[], change: Float64Array, d: TDisclosure, tag: string) {
  let key = 0;
  for (const i of paired) if (clean(change[i] as number) !== 0) key += keys[i] as number;
  const n = d.perturb({ count: statistic.nNonZero, key });
  const exact = n < EXACT_LIMIT && statistic.tieTerm === 0 && statistic.zeros === 0;
  if (!d.visible(n)) return { V: d.mark, nNonZero: d.mark, p: d.mark, method: exact ? ("exact" as const) : ("normal" as const), z: d.mark };
  // One person moves V by at most about n ranks: V is perturbed as a magnitude of that size.
  const raw = d.sum({ sum: statistic.V, top: statistic.nNonZero, key }, tag);
  const V = Math.min((n * (n + 1)) / 2, Math.max(0, exact ? Math.round(raw) : Math.round(raw * 2) / 2));
  return wilcoxonTest({ V, nNonZero: n, tieTerm: statistic.tieTerm, zeros: statistic.zeros });
}

function protectByMic(change: Float64Array, keys: Float64Array, paired: readonly number[], n: number, mic: number, higherIsBetter: boolean, d: TDisclosure) {
  const sign = higherIsBetter ? 1 : -1;
  const cells = { improved: { count: 0, key: 0 }, unchanged: { count: 0, key: 0 }, worse: { count: 0, key: 0 } };
  for (const i of paired) {
    const better = (change[i] as number) * sign;
    const cell = better >= mic - EPSILON ? cells.improved : better <= -mic + EPSILON ? cells.worse : cells.unchanged;
    cell.count++;
    cell.key += keys[i] as number;
  }
  const [improved, unchanged, worse] = [cells.improved, cells.unchanged, cells.worse].map((c) => d.perturb(c)) as [number, number, number];
  return {
    improved: d.show(improved),
    unchanged: d.show(unchanged),
    worse: d.show(worse),
    improvedShare: d.share(improved, n),
    unchangedShare: d.share(unchanged, n),
    worseShare: d.share(worse, n),
  };
}

/** One scale's attrition: start scores of those who answered at the end against those who did not. */
export function protectAttritionOfScale(scale: TScaleMeta, start: Float64Array, answered: Uint8Array, keys: Float64Array, d: TDisclosure): TSuppressed<TAttrition> {
  const tag = `${scale.instrumentId}/${scale.scaleId}:start`;
  const a = summaryParts(start, keys, rowsWhere(start.length, (i) => present(start[i] as number) && answered[i] === 1), d, tag);
  const b = summaryParts(start, keys, rowsWhere(start.length, (i) => present(start[i] as number) && answered[i] !== 1), d, tag);
  let difference: TShown | null = d.mark;
  let standardisedDifference: TShown | null = d.mark;
  if (a.shown && b.shown) {
    difference = (a.mean as number) - (b.mean as number);
    standardisedDifference = null;
    if (a.sd !== null && b.sd !== null) {
      const pooled = Math.sqrt(((a.n - 1) * a.sd * a.sd + (b.n - 1) * b.sd * b.sd) / (a.n + b.n - 2));
      standardisedDifference = pooled > 0 ? difference / pooled : null;
    }
  }
  return { instrumentId: scale.instrumentId, scaleId: scale.scaleId, answeredEnd: shownSummary(a, d), didNotAnswerEnd: shownSummary(b, d), difference, standardisedDifference };
}

/** Paired change per scale from counts grouped in the database (each with its key sum). */
export function protectedPairedChangeFromCounts(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[], d: TDisclosure): TSuppressed<TPairedChange>[] {
  const columns = expand(counts, scales, true);
  return scales.map((scale, k) => {
    const c = columns[k] as TColumns;
    return protectChangeOfScale(scale, c.start, c.end, c.keys, d);
  });
}

/** Attrition per scale from counts grouped in the database (each with its key sum). */
export function protectedAttritionFromCounts(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[], d: TDisclosure): TSuppressed<TAttrition>[] {
  const columns = expand(counts, scales, true);
  return scales.map((scale, k) => {
    const c = columns[k] as TColumns;
    return protectAttritionOfScale(scale, c.start, c.answeredEnd, c.keys, d);
  });
}

/** Paired change per scale over score rows (exports); every participant must carry its cell key. */
export function protectedPairedChange(
  participants: readonly TParticipantRow[],
  scores: readonly TScoreRow[],
  scales: readonly TScaleMeta[],
  options: TPairedChangeOptions,
  d: TDisclosure,
): TSuppressed<TPairedChange>[] {
  const from: TOccasion = options.from ?? "start";
  const to: TOccasion = options.to ?? "end";
  const keys = Float64Array.from(participants, keyOfRow);
  const matrix = scaleMatrix(participants, scores, scales, [from, to], options.surveys);
  return scales.map((scale, k) => {
    const [start, end] = matrix.values[k] as [Float64Array, Float64Array];
    return protectChangeOfScale(scale, start, end, keys, d);
  });
}

/** Attrition per scale over score rows; every participant must carry its cell key. */
export function protectedAttrition(
  participants: readonly TParticipantRow[],
  scores: readonly TScoreRow[],
  scales: readonly TScaleMeta[],
  surveys: readonly TSurveyRow[],
  d: TDisclosure,
  options: { from?: TOccasion; to?: TOccasion } = {},
): TSuppressed<TAttrition>[] {
  const keys = Float64Array.from(participants, keyOfRow);
  const answered = submittedMask(participantIndex(participants), surveys, options.to ?? "end");
  const matrix = scaleMatrix(participants, scores, scales, [options.from ?? "start"]);
  return scales.map((scale, k) => protectAttritionOfScale(scale, (matrix.values[k] as Float64Array[])[0] as Float64Array, answered, keys, d));
}
