// Loaded lazily (React.lazy in chart-figure.tsx): recharts is large and only these
// pages need it. Recharts sets its sizes through React style props, i.e. the CSSOM,
// which the Content-Security-Policy allows (it forbids only inline <style> and style="").
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
// Sizes, colours, grid, axes, legend and tooltip: the staff app's one chart theme.
import { CHART_COLOURS, chartAxis, chartGrid, chartLegend, chartTick, earlierSeries, laterSeries, NO_ANIMATION } from "../../lib/chart-theme";
import { ChartTooltipBox, SeriesTooltip, tooltipRow, type ChartTooltipProps } from "../../lib/chart-tooltip";
import type { AreaSeries, ChartLabels, SpiderRow } from "./chart-data";
import { SpiderTick, type SpiderTickProps } from "./spider-tick";
import { useElementWidth } from "./use-element-width";

const TO_COLOUR = CHART_COLOURS.later;
const PARTICIPANT_COLOUR = CHART_COLOURS.participant;

/** Real units in the tooltip: the chart's 0..100 is only for drawing. */
function SpiderTooltip({ labels, ...props }: ChartTooltipProps & { labels: ChartLabels }) {
  const row = tooltipRow<SpiderRow>(props);
  return row ? <ChartTooltipBox title={row.label} lines={[`${labels.from}: ${row.fromText}`, `${labels.to}: ${row.toText}`]} /> : null;
}

/** Two reviews (or start and end) as two outlines; the earlier one dashed, so colour is not the only difference. */
export function SpiderChart({ rows, labels }: { rows: readonly SpiderRow[]; labels: ChartLabels }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  // On a phone the labels need room beside the web: a smaller web, about 6 em of label each side.
  const outerRadius = width > 0 && width < 560 ? Math.max(64, width / 2 - 6 * chartTick.fontSize) : "70%";
  return (
    <div ref={ref} className="spider-chart">
      <ResponsiveContainer width="100%" height={380}>
        <RadarChart data={[...rows]} outerRadius={outerRadius} accessibilityLayer={false}>
          <PolarGrid stroke={chartGrid.stroke} />
          <PolarAngleAxis dataKey="label" tick={(props: SpiderTickProps) => <SpiderTick {...props} />} />
          <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
          <Radar name={labels.from} dataKey="from" {...earlierSeries} {...NO_ANIMATION} />
          <Radar name={labels.to} dataKey="to" {...laterSeries} {...NO_ANIMATION} />
          <Legend {...chartLegend} />
          <Tooltip content={(props) => <SpiderTooltip active={props.active} payload={props.payload as ChartTooltipProps["payload"]} labels={labels} />} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One small line chart per area, on the model's own scale (real units, so no tooltip translation is needed). */
export function AreaLines({
  series,
  range,
  mentorLabel,
  participantLabel,
}: {
  series: readonly AreaSeries[];
  range: { min: number; max: number };
  mentorLabel: string;
  participantLabel: string | null;
}) {
  // Every whole value: the 0 (status quo) of the relative model must be on the axis.
  const ticks: number[] = [];
  for (let v = range.min; v <= range.max; v++) ticks.push(v);
  return (
    <div className="area-lines">
      {series.map((area) => (
        <div key={area.key} className="area-lines__item">
          <p className="area-lines__title">{area.label}</p>
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={[...area.points]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid {...chartGrid} />
              <XAxis {...chartAxis} dataKey="label" />
              <YAxis {...chartAxis} domain={[range.min, range.max]} ticks={ticks} width={36} allowDecimals={false} />
              <Tooltip content={SeriesTooltip} />
              <Line type="monotone" dataKey="mentor" name={mentorLabel} stroke={TO_COLOUR} strokeWidth={3} dot={{ r: 4 }} connectNulls {...NO_ANIMATION} />
              {participantLabel ? (
                <Line
                  type="monotone"
                  dataKey="participant"
                  name={participantLabel}
                  stroke={PARTICIPANT_COLOUR}
                  strokeDasharray="6 4"
                  strokeWidth={2}
                  dot={{ r: 4 }}
                  connectNulls
                  {...NO_ANIMATION}
                />
              ) : null}
            </LineChart>
          </ResponsiveContainer>
        </div>
      ))}
    </div>
  );
}
