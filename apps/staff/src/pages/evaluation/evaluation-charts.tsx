// Loaded lazily (lazy-charts.ts): recharts is large and lives in the "charts" chunk (see
// vite.config.ts). Recharts sizes through React style props (the CSSOM), which the
// Content-Security-Policy allows. Animations are off: a chart that moves is harder to read
// and screenshots would catch it half-drawn. Type sizes, colours, grid, axes, legend and
// tooltip come from the staff app's one chart theme (lib/chart-theme.ts).
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  ErrorBar,
  LabelList,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  CHART_COLOURS,
  CHART_INK,
  chartAxis,
  chartAxisLabel,
  chartGrid,
  chartLegend,
  chartSmallTick,
  chartTick,
  chartValueLabel,
  earlierSeries,
  laterSeries,
  NO_ANIMATION,
} from "../../lib/chart-theme";
import { ChartTooltipBox, SeriesTooltip, tooltipRow, type ChartTooltipProps } from "../../lib/chart-tooltip";
import { SpiderTick, type SpiderTickProps } from "../participant/spider-tick";
import { useElementWidth } from "../participant/use-element-width";
import {
  CHANGE_INTERVAL_HEIGHT,
  COHORT_SPIDER_HEIGHT,
  distributionChartHeight,
  simpleBarChartHeight,
  type BarRow,
  type DistributionRow,
  type IntervalRow,
  type SeriesLabel,
  type SpiderAreaRow,
} from "./chart-rows";

const END_COLOUR = CHART_COLOURS.later;
const START_COLOUR = CHART_COLOURS.earlier;

/** The hatching of a hidden count ("<5"): diagonal ink lines on white, so it reads as "there, but not shown", never as 0. */
const HATCH_ID = "evaluation-hidden-hatch";
const HATCH = `url(#${HATCH_ID})`;
function HatchDefs() {
  return (
    <defs>
      <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width={7} height={7} patternTransform="rotate(45)">
        <rect width={7} height={7} fill="#ffffff" />
        <line x1={0} y1={0} x2={0} y2={7} stroke={CHART_INK} strokeWidth={2.5} />
      </pattern>
    </defs>
  );
}

/** Long option texts wrap on the axis instead of being cut ("Hverken enig eller uenig"). */
const CATEGORY_WIDTH = 170;
const HAIR = 0.001;

/**
 * The seed's chart: per answer option a start bar and an end bar, in percent of each
 * occasion's own respondents. A hidden cell draws no bar; its marker is printed instead.
 */
export function DistributionChart({ rows, series }: { rows: readonly DistributionRow[]; series: readonly SeriesLabel[] }) {
  // Zero-width bars lose their label in recharts; a hair's width keeps "0 %" printed. A hidden
  // cell ("<5") is a hatched bar to the most it could be.
  const data = rows.map((r) => ({ ...r, start: r.start || HAIR, end: r.end || HAIR }));
  // The printed texts, not the drawn values: a hidden cell says "<5", never the hair's width.
  const tooltip = (props: ChartTooltipProps) => {
    const row = tooltipRow<DistributionRow>(props);
    return row ? <ChartTooltipBox title={row.label} lines={series.map((s) => `${s.name}: ${s.key === "start" ? row.startText : row.endText}`)} /> : null;
  };
  return (
    <ResponsiveContainer width="100%" height={distributionChartHeight(rows, series.length)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 4 }} barCategoryGap={8} accessibilityLayer={false}>
        <CartesianGrid {...chartGrid} horizontal={false} />
        <XAxis {...chartAxis} type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" />
        <YAxis {...chartAxis} type="category" dataKey="label" width={CATEGORY_WIDTH} interval={0} />
        <HatchDefs />
        <Legend {...chartLegend} />
        <Tooltip content={tooltip} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.key === "start" ? START_COLOUR : END_COLOUR} {...NO_ANIMATION} barSize={20}>
            {rows.map((r) => {
              const hidden = s.key === "start" ? r.startHidden : r.endHidden;
              return <Cell key={r.key} fill={hidden ? HATCH : s.key === "start" ? START_COLOUR : END_COLOUR} stroke={hidden ? CHART_INK : undefined} />;
            })}
            <LabelList dataKey={s.key === "start" ? "startText" : "endText"} position="right" {...chartValueLabel} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Round axis steps (1, 2, 2.5 or 5 × 10^k) so the change axis reads -20, -10, 0, 10, 20. */
function niceTicks(reach: number): number[] {
  const raw = reach / 3;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const top = Math.ceil(reach / step) * step;
  const ticks: number[] = [];
  for (let v = -top; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/**
 * Mean change as a bar from zero, its 95% confidence interval as an error bar, against the
 * minimal important change (dashed lines), on the scale's own units.
 */
export function ChangeIntervalChart({ row, mic, unitLabel }: { row: IntervalRow; mic: number | null; unitLabel: string }) {
  const ticks = niceTicks(Math.max(Math.abs(row.low), Math.abs(row.high), mic ?? 0, 0.5) * 1.1);
  const edge = ticks[ticks.length - 1] as number;
  const data = [{ label: row.label, change: row.change, error: [row.change - row.low, row.high - row.change] as [number, number] }];
  return (
    <ResponsiveContainer width="100%" height={CHANGE_INTERVAL_HEIGHT}>
      <ComposedChart data={data} layout="vertical" margin={{ top: 22, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid {...chartGrid} horizontal={false} />
        <XAxis
          {...chartAxis}
          type="number"
          domain={[-edge, edge]}
          ticks={ticks}
          tickFormatter={(v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0")}
          label={{ value: unitLabel, position: "bottom", offset: 4, ...chartAxisLabel }}
        />
        <YAxis type="category" dataKey="label" hide />
        {mic ? (
          <ReferenceLine x={mic} stroke={START_COLOUR} strokeWidth={2} strokeDasharray="6 4" label={{ value: "MIC", position: "top", ...chartAxisLabel }} />
        ) : null}
        {mic ? (
          <ReferenceLine x={-mic} stroke={START_COLOUR} strokeWidth={2} strokeDasharray="6 4" label={{ value: "−MIC", position: "top", ...chartAxisLabel }} />
        ) : null}
        <Bar dataKey="change" fill={END_COLOUR} fillOpacity={0.35} stroke={END_COLOUR} barSize={26} {...NO_ANIMATION}>
          <ErrorBar dataKey="error" direction="x" width={16} strokeWidth={3} stroke={CHART_INK} />
        </Bar>
        <ReferenceLine x={0} stroke={CHART_INK} strokeWidth={2} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/**
 * The cohort's mean score per area at the first and the latest review; first dashed, so colour is
 * not the only difference. On a scale with a 0 inside it (the -5..+5 model's "as at the start") a
 * dark dotted ring marks 0, so a mean below it reads as below the start, as on a participant's spider.
 */
export function CohortSpiderChart({
  rows,
  range,
  firstLabel,
  latestLabel,
  zeroLabel,
}: {
  rows: readonly SpiderAreaRow[];
  range: { min: number; max: number };
  firstLabel: string;
  latestLabel: string;
  /** The legend's words for the zero ring ("0 = som ved start"). */
  zeroLabel: string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const hasZero = range.min < 0 && range.max > 0;
  const data = rows.map((row) => ({ ...row, zero: 0 }));
  // On a phone the area names need room beside the web (they were cut off at 390 px): a smaller
  // web and names wrapped into the room they have, as on a participant's spider.
  const outerRadius = width > 0 && width < 560 ? Math.max(64, width / 2 - 6 * chartTick.fontSize) : "75%";
  return (
    <div ref={ref}>
      <ResponsiveContainer width="100%" height={COHORT_SPIDER_HEIGHT}>
        <RadarChart data={data} outerRadius={outerRadius} accessibilityLayer={false}>
          <PolarGrid stroke={chartGrid.stroke} />
          <PolarAngleAxis dataKey="label" tick={(props: SpiderTickProps) => <SpiderTick {...props} />} />
          <PolarRadiusAxis
            domain={[range.min, range.max]}
            // Min, 0 and max on a scale around 0, so the zero ring has its number; else up to six rings.
            tickCount={hasZero ? 3 : Math.min(6, range.max - range.min + 1)}
            tick={chartSmallTick}
            angle={60}
          />
          {hasZero ? (
            <Radar
              name={zeroLabel}
              dataKey="zero"
              stroke={CHART_INK}
              strokeDasharray="2 3"
              strokeWidth={1.5}
              fill="none"
              dot={false}
              legendType="plainline"
              tooltipType="none"
              {...NO_ANIMATION}
            />
          ) : null}
          <Radar name={firstLabel} dataKey="first" {...earlierSeries} {...NO_ANIMATION} />
          <Radar name={latestLabel} dataKey="latest" {...laterSeries} {...NO_ANIMATION} />
          <Legend {...chartLegend} />
          <Tooltip content={SeriesTooltip} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * One bar per row (statuses, contact kinds, a change per group), value printed beside it;
 * `signed` for changes, so a group that got worse draws to the left of zero.
 */
export function SimpleBarChart({ rows, unit, max, signed = false }: { rows: readonly BarRow[]; unit?: string; max?: number; signed?: boolean }) {
  const tooltip = (props: ChartTooltipProps) => {
    const row = tooltipRow<BarRow>(props);
    return row ? <ChartTooltipBox title={row.label} lines={[row.text]} /> : null;
  };
  return (
    <ResponsiveContainer width="100%" height={simpleBarChartHeight(rows)}>
      {/* Room on the right for "93 % (80 / 86)": a share with its count beside it. */}
      <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 104, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid {...chartGrid} horizontal={false} />
        <XAxis {...chartAxis} type="number" domain={[signed ? (low: number) => Math.min(0, low) : 0, max ?? "auto"]} unit={unit} />
        <YAxis {...chartAxis} type="category" dataKey="label" width={CATEGORY_WIDTH} interval={0} />
        <HatchDefs />
        <Tooltip content={tooltip} />
        <Bar dataKey="value" fill={END_COLOUR} {...NO_ANIMATION} barSize={22}>
          {rows.map((r) => (
            <Cell key={r.key} fill={r.hidden ? HATCH : END_COLOUR} stroke={r.hidden ? CHART_INK : undefined} />
          ))}
          <LabelList dataKey="text" position="right" {...chartValueLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
