// One visual language for every recharts chart in the staff app (issue 16): the evaluation's
// bar, interval and spider charts and a participant's spider and line charts take their type
// sizes, colours, grid, axes, legend and tooltip from here. Plain values only, no recharts
// import, so the pages that build chart data do not pull the charts chunk in.

/** Text and axis ink: 16.6:1 on white. */
export const CHART_INK = "#1c1c1c";
/** Axis lines and tick marks: 7:1 on white. */
export const CHART_AXIS = "#595959";
/** Grid lines: quiet, behind the data. */
export const CHART_GRID = "#c4c4c4";

/**
 * Series colours, each at least 7:1 on white so thin lines and value labels stay legible.
 * "earlier" (start, first review) is brown and dashed, "later" (end, latest review) green and
 * solid, so colour is never the only difference; "participant" is the participant's own view.
 */
export const CHART_COLOURS = {
  earlier: "#8a4b00",
  later: "#1f5c4a",
  participant: "#1f4f7a",
} as const;

/** Type sizes in px: nothing under 12 (issue 16: "12 px minimum text"). */
export const CHART_TEXT = {
  /** Axis ticks, value labels, legends. */
  base: 14,
  /** Secondary ticks (a spider's radius), never smaller. */
  small: 12,
} as const;

export const chartTick = { fontSize: CHART_TEXT.base, fill: CHART_INK } as const;
export const chartSmallTick = { fontSize: CHART_TEXT.small, fill: CHART_INK } as const;

/** The same grid on every cartesian chart; spread onto <CartesianGrid>. */
export const chartGrid = { strokeDasharray: "3 3", stroke: CHART_GRID } as const;

/** The same axis look; spread onto <XAxis>/<YAxis> (a `tick` prop given after it wins). */
export const chartAxis = { stroke: CHART_AXIS, tick: chartTick, tickLine: { stroke: CHART_AXIS } } as const;

/** Numbers printed beside bars; spread onto <LabelList>. */
export const chartValueLabel = { fill: CHART_INK, fontSize: CHART_TEXT.base } as const;

/** An axis title or reference-line label: the `label` prop's text style. */
export const chartAxisLabel = { fill: CHART_INK, fontSize: CHART_TEXT.base } as const;

/** The same legend everywhere; spread onto <Legend>. */
export const chartLegend = { iconSize: 14, wrapperStyle: { fontSize: CHART_TEXT.base, color: CHART_INK } } as const;

/** The earlier of two series (start, first review): brown, dashed, a light fill. */
export const earlierSeries = { stroke: CHART_COLOURS.earlier, strokeDasharray: "6 4", strokeWidth: 2, fill: CHART_COLOURS.earlier, fillOpacity: 0.08 } as const;
/** The later series (end, latest review): green, solid, a stronger fill. */
export const laterSeries = { stroke: CHART_COLOURS.later, strokeWidth: 3, fill: CHART_COLOURS.later, fillOpacity: 0.2 } as const;

/** No animation: a chart that moves is harder to read, and screenshots would catch it half-drawn. */
export const NO_ANIMATION = { isAnimationActive: false } as const;
