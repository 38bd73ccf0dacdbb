import { attritionOfScale, type TAttrition } from "./attrition";
import { changeOfScale, type TPairedChange } from "./paired-change";
import type { TScaleMeta } from "./types";

/**
 * How many participants had this start and end value on a scale: the cohort's scores
 * grouped in the database instead of sent row by row. Order within a scale does not matter
 * to any statistic, so expanding the counts gives exactly the figures of the rows.
 */
export type TScaleFigureCount = {
  instrumentId: string;
  scaleId: string;
  /** Null: no counted score at the start (or the end). */
  start: number | null;
  end: number | null;
  /** The participant's end questionnaire was submitted (attrition). */
  endSubmitted: boolean;
  count: number;
  /** The sum of these participants' cell keys (disclosure control). */
  key?: number;
};

type TColumns = { start: Float64Array; end: Float64Array; answeredEnd: Uint8Array };

/** One column per scale in `scales` order, NaN for a missing value, one row per participant. */
function expand(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[]): TColumns[] {
  const position = new Map(scales.map((s, k) => [`${s.instrumentId}\u0000${s.scaleId}`, k]));
  const sizes = scales.map(() => 0);
  for (const c of counts) {
    const k = position.get(`${c.instrumentId}\u0000${c.scaleId}`);
    if (k !== undefined) sizes[k]! += c.count;
  }
  const columns = sizes.map((n) => ({ start: new Float64Array(n), end: new Float64Array(n), answeredEnd: new Uint8Array(n) }));
  const filled = scales.map(() => 0);
  for (const c of counts) {
    const k = position.get(`${c.instrumentId}\u0000${c.scaleId}`);
    if (k === undefined) continue;
    const col = columns[k] as TColumns;
    const from = filled[k] as number;
    const to = from + c.count;
    col.start.fill(c.start === null ? NaN : c.start, from, to);
    col.end.fill(c.end === null ? NaN : c.end, from, to);
    col.answeredEnd.fill(c.endSubmitted ? 1 : 0, from, to);
    filled[k] = to;
  }
  return columns;
}

/** Paired change (and the unpaired summaries) per scale from grouped counts; same figures as pairedChange over the rows. */
export function pairedChangeFromCounts(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[]): TPairedChange[] {
  const columns = expand(counts, scales);
  return scales.map((scale, k) => changeOfScale(scale, (columns[k] as TColumns).start, (columns[k] as TColumns).end));
}

/** Attrition per scale from grouped counts; same figures as attrition over the rows. */
export function attritionFromCounts(counts: readonly TScaleFigureCount[], scales: readonly TScaleMeta[]): TAttrition[] {
  const columns = expand(counts, scales);
  return scales.map((scale, k) => attritionOfScale(scale, (columns[k] as TColumns).start, (columns[k] as TColumns).answeredEnd));
}
