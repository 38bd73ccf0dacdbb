// Plain data shapes the lazily loaded chart module draws; built by the pages, so the chart
// module holds nothing but recharts code.

/** One answer option: the share choosing it at start and end, in percent; null = hidden or no answers. */
export interface DistributionRow {
  key: string;
  label: string;
  start: number | null;
  end: number | null;
  /** What to print beside each bar: "45 %", or the marker "<5" / "x" where the bar is left out. */
  startText: string;
  endText: string;
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
}
