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
  /**
   * "ikke vurderet ved 3. feb. 2026" when either review skipped this area, else null: the
   * outline breaks at this spoke, and this text stands beside its label to say why.
   */
  gapNote?: string | null;
  /** Where the model's 0 ("as at the start") lies on 0..100, for the zero ring; null when the scale has no 0 inside it. */
  zero?: number | null;
}

export interface LinePoint {
  date: string;
  /** The day's place on the time axis (days since 1970-01-01), so reviews stand as far apart as they were. */
  day: number;
  /** The day as the reader writes it, for tooltips and tables. */
  label: string;
  mentor: number | null;
  participant: number | null;
}

export interface AreaSeries {
  key: string;
  label: string;
  points: LinePoint[];
  /** The reviews that skipped this area (the mentor's line breaks there), with the day written out. */
  skipped: { day: number; label: string }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A YYYY-MM-DD day as a whole number of days since 1970-01-01 (UTC, so no time zone moves it). */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The day number back as YYYY-MM-DD, for formatting an axis tick. */
export function dayOfNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The time axis of the line charts: from the first to the last review, with a little room either
 * side so the end dots are not cut in half; one review alone gets a week either side.
 */
export function timeDomain(series: readonly AreaSeries[]): [number, number] {
  const days = series.flatMap((area) => area.points.map((p) => p.day));
  if (days.length === 0) return [0, 1];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const pad = last === first ? 7 : Math.max(2, Math.round((last - first) * 0.03));
  return [first - pad, last + pad];
}

/** The ticks of the time axis: every review day, once. Recharts drops those that would overlap. */
export function timeTicks(series: readonly AreaSeries[]): number[] {
  return [...new Set(series.flatMap((area) => area.points.map((p) => p.day)))].sort((a, b) => a - b);
}

/** Every whole value of the scale, so the 0 of a relative model is always on the axis. */
export function scaleTicks(range: { min: number; max: number }): number[] {
  const ticks: number[] = [];
  for (let v = Math.ceil(range.min); v <= range.max; v++) ticks.push(v);
  return ticks;
}

/** Whether the scale has a 0 strictly inside it (the -5..+5 model's "as at the start"), which gets its own line. */
export function hasZeroLine(range: { min: number; max: number }): boolean {
  return range.min < 0 && range.max > 0;
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
