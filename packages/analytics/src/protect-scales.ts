import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { TAttrition } from "./attrition";
import { keyOfRow, type TDisclosure, type TShown } from "./disclosure";
import type { TPairedChange, TPairedChangeOptions } from "./paired-change";
import type { TScaleFigureCount } from "./scale-figures";
import { participantIndex, scaleMatrix, submittedMask } from "./scale-matrix";
import type { TSuppressed } from "./suppression";
import { clean } from "./summary";
import type { TOccasion, TParticipantRow, TScaleMeta, TScoreRow, TSummary, TSurveyRow } from "./types";
import { EXACT_LIMIT, signedRankStatistic, signedRankStatisticOfCounts, wilcoxonTest } from "./wilcoxon";

/**
 * Paired change and attrition as they may be shown (disclosure.ts). Every mean is a perturbed
 * sum over a perturbed n, every SD a perturbed sum of squared deviations, the interval and the
 * effect come from those, and the Wilcoxon test from a perturbed V and n. Each sum's tag names
 * the scale and the quantity (start values, changes), never the view: the start values of the
 * same people get the same noise in paired change and in attrition.
 */

const EPSILON = 1e-9;

export type TParts = { shown: boolean; n: number; mean: number | null; sd: number | null };

/**
 * The values of one set of people, packed: value i occurs weights[i] times (1 for a person, a
 * group's count for counts grouped in the database), and keys[i] is the key sum of those people.
 */
export type TPacked = { values: Float64Array; keys: Float64Array; weights: Float64Array; length: number };

export function packed(capacity: number): TPacked {
  return { values: new Float64Array(capacity), keys: new Float64Array(capacity), weights: new Float64Array(capacity), length: 0 };
}

export function push(set: TPacked, value: number, key: number, weight: number): void {
  set.values[set.length] = value;
  set.keys[set.length] = key;
  set.weights[set.length++] = weight;
}

/** n, mean and SD of a packed set as they may be shown. */
export function summaryParts(set: TPacked, d: TDisclosure, tag: string): TParts {
  let count = 0;
  let key = 0;
  let sum = 0;
  let top = 0;
  for (let i = 0; i < set.length; i++) {
    const x = set.values[i] as number;
    const w = set.weights[i] as number;
    count += w;
    key += set.keys[i] as number;
    sum += w * x;
    if (w > 0 && Math.abs(x) > top) top = Math.abs(x);
  }
  const n = d.perturb({ count, key });
  if (!d.visible(n)) return { shown: false, n, mean: null, sd: null };
  const exactMean = sum / count;
  let squares = 0;
  let topSquare = 0;
  for (let i = 0; i < set.length; i++) {
    const dev = ((set.values[i] as number) - exactMean) ** 2;
    const w = set.weights[i] as number;
    squares += w * dev;
    if (w > 0 && dev > topSquare) topSquare = dev;
  }
  const ss = d.sum({ sum: squares, top: topSquare, key }, `${tag}:ss`);
  return { shown: true, n, mean: d.sum({ sum, top, key }, tag) / n, sd: n > 1 ? Math.sqrt(Math.max(0, ss) / (n - 1)) : null };
}

function shownSummary(parts: TParts, d: TDisclosure): TSuppressed<TSummary> {
  return parts.shown ? { n: parts.n, mean: parts.mean, sd: parts.sd } : { n: d.mark, mean: d.mark, sd: d.mark };
}

const present = (x: number) => x === x; // not NaN

/** The sets one scale's change is computed over. */
type TChangeSets = { pairedStart: TPacked; pairedChange: TPacked; startAll: TPacked; endAll: TPacked; grouped: boolean };

/** The sets from start and end columns, one row per participant (NaN = missing). */
function changeSets(start: Float64Array, end: Float64Array, keys: Float64Array): TChangeSets {
  const sets = {
    pairedStart: packed(start.length),
    pairedChange: packed(start.length),
    startAll: packed(start.length),
    endAll: packed(start.length),
    grouped: false,
  };
  for (let i = 0; i < start.length; i++) {
    const s = start[i] as number;
    const e = end[i] as number;
    const k = keys[i] as number;
    if (present(s)) push(sets.startAll, s, k, 1);
    if (present(e)) push(sets.endAll, e, k, 1);
    if (present(s) && present(e)) {
      push(sets.pairedStart, s, k, 1);
      push(sets.pairedChange, e - s, k, 1);
    }
  }
  return sets;
}

/** One scale's paired change from its start and end columns (NaN = missing) and the rows' keys. */
export function protectChangeOfScale(
  scale: TScaleMeta,
  start: Float64Array,
  end: Float64Array,
  keys: Float64Array,
  d: TDisclosure,
): TSuppressed<TPairedChange> {
  return protectChange(scale, changeSets(start, end, keys), d);
}

function protectChange(scale: TScaleMeta, sets: TChangeSets, d: TDisclosure): TSuppressed<TPairedChange> {
  const base = `${scale.instrumentId}/${scale.scaleId}`;
  const mic = scale.minimalImportantChange ?? null;
  const startParts = summaryParts(sets.pairedStart, d, `${base}:start`);
  const changeParts = summaryParts(sets.pairedChange, d, `${base}:change`);
  const n = startParts.n;
  const unpaired = {
    label: "unpaired" as const,
    start: shownSummary(summaryParts(sets.startAll, d, `${base}:start`), d),
    end: shownSummary(summaryParts(sets.endAll, d, `${base}:end`), d),
  };
  const head = { instrumentId: scale.instrumentId, scaleId: scale.scaleId, higherIsBetter: scale.higherIsBetter, minimalImportantChange: mic };
  const changes = sets.pairedChange;
  const statistic = sets.grouped
    ? signedRankStatisticOfCounts(changes.values, changes.weights, changes.length)
    : signedRankStatistic(changes.values, changes.length);
  if (!startParts.shown) {
    const m = d.mark;
    const byMic = mic === null ? null : { improved: m, unchanged: m, worse: m, improvedShare: m, unchangedShare: m, worseShare: m };
    const method = statistic.nNonZero < EXACT_LIMIT && statistic.tieTerm === 0 && statistic.zeros === 0 ? "exact" : "normal";
    return {
      ...head,
      paired: {
        n: m,
        meanStart: m,
        meanEnd: m,
        meanChange: m,
        sdChange: m,
        ci95: [m, m],
        effect: m,
        wilcoxon: { V: m, nNonZero: m, p: m, method, z: m },
        byMic,
      },
      unpaired,
    };
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
      wilcoxon: protectWilcoxon(statistic, changes, d, `${base}:wilcoxon`),
      byMic: mic === null ? null : protectByMic(changes, n, mic, scale.higherIsBetter, d),
    },
    unpaired,
  };
}

function protectWilcoxon(statistic: ReturnType<typeof signedRankStatistic>, changes: TPacked, d: TDisclosure, tag: string) {
  let key = 0;
  for (let i = 0; i < changes.length; i++) if ((changes.weights[i] as number) > 0 && clean(changes.values[i] as number) !== 0) key += changes.keys[i] as number;
  const n = d.perturb({ count: statistic.nNonZero, key });
  const exact = n < EXACT_LIMIT && statistic.tieTerm === 0 && statistic.zeros === 0;
  if (!d.visible(n)) return { V: d.mark, nNonZero: d.mark, p: d.mark, method: exact ? ("exact" as const) : ("normal" as const), z: d.mark };
  // One person moves V by at most about n ranks: V is perturbed as a magnitude of that size.
  const raw = d.sum({ sum: statistic.V, top: statistic.nNonZero, key }, tag);
  const V = Math.min((n * (n + 1)) / 2, Math.max(0, exact ? Math.round(raw) : Math.round(raw * 2) / 2));
  return wilcoxonTest({ V, nNonZero: n, tieTerm: statistic.tieTerm, zeros: statistic.zeros });
}

function protectByMic(changes: TPacked, n: number, mic: number, higherIsBetter: boolean, d: TDisclosure) {
  const sign = higherIsBetter ? 1 : -1;
  const cells = { improved: { count: 0, key: 0 }, unchanged: { count: 0, key: 0 }, worse: { count: 0, key: 0 } };
  for (let i = 0; i < changes.length; i++) {
    const better = (changes.values[i] as number) * sign;
    const cell = better >= mic - EPSILON ? cells.improved : better <= -mic + EPSILON ? cells.worse : cells.unchanged;
    cell.count += changes.weights[i] as number;
    cell.key += changes.keys[i] as number;
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
export function protectAttritionOfScale(
  scale: TScaleMeta,
  start: Float64Array,
  answered: Uint8Array,
  keys: Float64Array,
  d: TDisclosure,
): TSuppressed<TAttrition> {
  const yes = packed(start.length);
  const no = packed(start.length);
  for (let i = 0; i < start.length; i++) if (present(start[i] as number)) push(answered[i] === 1 ? yes : no, start[i] as number, keys[i] as number, 1);
  return protectAttrition(scale, yes, no, d);
}

function protectAttrition(scale: TScaleMeta, yes: TPacked, no: TPacked, d: TDisclosure): TSuppressed<TAttrition> {
  const tag = `${scale.instrumentId}/${scale.scaleId}:start`;
  const a = summaryParts(yes, d, tag);
  const b = summaryParts(no, d, tag);
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
  return {
    instrumentId: scale.instrumentId,
    scaleId: scale.scaleId,
    answeredEnd: shownSummary(a, d),
    didNotAnswerEnd: shownSummary(b, d),
    difference,
    standardisedDifference,
  };
}

/** Each scale's grouped counts (start, end, end submitted, count, key sum), in `scales` order; every count must carry its key. */
function groupsByScale(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[]): TScaleFigureCount[][] {
  const position = new Map(scales.map((s, k) => [`${s.instrumentId}\u0000${s.scaleId}`, k]));
  const out = scales.map((): TScaleFigureCount[] => []);
  for (const c of counts) {
    const k = position.get(`${c.instrumentId}\u0000${c.scaleId}`);
    if (k === undefined) continue;
    if (typeof c.key !== "number") throw new Error("disclosure control needs the key sum of every count");
    out[k]!.push(c);
  }
  return out;
}

/** Paired change per scale from counts grouped in the database (each with its key sum): no row per participant. */
export function protectedPairedChangeFromCounts(
  counts: readonly TScaleFigureCount[],
  scales: readonly TScaleMeta[],
  d: TDisclosure,
): TSuppressed<TPairedChange>[] {
  return groupsByScale(counts, scales).map((groups, k) => {
    const sets = {
      pairedStart: packed(groups.length),
      pairedChange: packed(groups.length),
      startAll: packed(groups.length),
      endAll: packed(groups.length),
      grouped: true,
    };
    for (const g of groups) {
      const key = g.key as number;
      if (g.start !== null) push(sets.startAll, g.start, key, g.count);
      if (g.end !== null) push(sets.endAll, g.end, key, g.count);
      if (g.start !== null && g.end !== null) {
        push(sets.pairedStart, g.start, key, g.count);
        push(sets.pairedChange, g.end - g.start, key, g.count);
      }
    }
    return protectChange(scales[k] as TScaleMeta, sets, d);
  });
}

/** Attrition per scale from counts grouped in the database (each with its key sum). */
export function protectedAttritionFromCounts(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[], d: TDisclosure): TSuppressed<TAttrition>[] {
  return groupsByScale(counts, scales).map((groups, k) => {
    const yes = packed(groups.length);
    const no = packed(groups.length);
    for (const g of groups) if (g.start !== null) push(g.endSubmitted ? yes : no, g.start, g.key as number, g.count);
    return protectAttrition(scales[k] as TScaleMeta, yes, no, d);
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
