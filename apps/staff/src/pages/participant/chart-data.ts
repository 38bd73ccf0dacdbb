/**
 * Rows for the charts and their tables, computed once so a chart and its table can never
 * disagree. Charts draw `from`/`to` on 0..100 (100 the good end, so "outwards is better"
 * on every spoke); tables and tooltips show the real values in `fromText`/`toText`.
 */
export interface SpiderRow {
  key: string;
  label: string;
  from: number | null;
  to: number | null;
  fromText: string;
  toText: string;
  /** The change in real units, worded ("+2", "uændret"); empty when a side is missing. */
  changeText: string;
}

export interface LinePoint {
  date: string;
  /** The day as the reader writes it, for axes, tooltips and tables. */
  label: string;
  mentor: number | null;
  participant: number | null;
}

export interface AreaSeries {
  key: string;
  label: string;
  points: LinePoint[];
}

/** 0..100 with 100 the good end; null stays null (a skipped area, a missing score). */
export function normaliseTo100(value: number | null, range: { min: number; max: number }, higherIsBetter: boolean): number | null {
  if (value === null) return null;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const share = ((clamped - range.min) / (range.max - range.min)) * 100;
  return higherIsBetter ? share : 100 - share;
}

export interface ChartLabels {
  from: string;
  to: string;
}
