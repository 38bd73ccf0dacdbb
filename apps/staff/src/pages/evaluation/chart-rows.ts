// Plain data shapes the lazily loaded chart module draws; built by the pages, so the chart
// module holds nothing but recharts code.

/** One answer option: the share choosing it at start and end, in percent; null = hidden or no answers. */
export interface DistributionRow {
  key: string;
  label: string;
  start: number | null;
  end: number | null;
  /** What to print beside each bar: "45 %", or the marker "<5" where the bar is hidden. */
  startText: string;
  endText: string;
  /** A hidden count ("<5"): drawn as a hatched bar to the most it could be, never as an empty bar that reads as 0 %. */
  startHidden?: boolean;
  endHidden?: boolean;
}

export interface SeriesLabel {
  key: "start" | "end";
  name: string;
}

export interface IntervalRow {
  label: string;
  change: number;
  low: number;
  high: number;
}

export interface SpiderAreaRow {
  key: string;
  label: string;
  first: number;
  latest: number;
}

export interface BarRow {
  key: string;
  label: string;
  value: number;
  text: string;
  /** A hidden count ("<5"): `value` is the most it could be, drawn hatched. */
  hidden?: boolean;
}

/** The most a hidden share can be, in percent: 4 of the n it is a share of (5 % when n is unknown). */
export function hiddenSharePercent(n: unknown): number {
  return typeof n === "number" && n > 0 ? Math.min(100, (4 / n) * 100) : 5;
}

// Chart heights, here rather than in the chart module so a chart's placeholder (drawn before
// the chart scrolls near) takes exactly the chart's room and the page does not jump.

/** Room for option texts that wrap onto several lines (about 20 characters a line). */
const distributionRowHeight = (label: string, seriesCount: number) => Math.max(seriesCount * 24 + 14, Math.ceil(label.length / 20) * 17 + 12);

/** Recharts gives every category the same band, so the tallest label sets it; 56 for axis and legend. */
export const distributionChartHeight = (rows: readonly DistributionRow[], seriesCount: number) =>
  56 + rows.length * Math.max(0, ...rows.map((r) => distributionRowHeight(r.label, seriesCount)));

export const CHANGE_INTERVAL_HEIGHT = 130;
export const COHORT_SPIDER_HEIGHT = 460;
export const simpleBarChartHeight = (rows: readonly BarRow[]) => 40 + rows.length * 36;
