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
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslation } from "react-i18next";
// Sizes, colours, grid, axes, legend and tooltip: the staff app's one chart theme.
import {
  CHART_AXIS,
  CHART_COLOURS,
  CHART_INK,
  CHART_TEXT,
  chartAxis,
  chartAxisLabel,
  chartGrid,
  chartLegend,
  chartTick,
  earlierSeries,
  laterSeries,
  NO_ANIMATION,
} from "../../lib/chart-theme";
import { ChartTooltipBox, tooltipRow, type ChartTooltipProps } from "../../lib/chart-tooltip";
import { hasZeroLine, scaleTicks, timeDomain, timeTicks, type AreaSeries, type ChartLabels, type LinePoint, type SpiderRow } from "./chart-data";
import { SpiderTick, type SpiderTickProps } from "./spider-tick";
import { useElementWidth } from "./use-element-width";

const TO_COLOUR = CHART_COLOURS.later;
const PARTICIPANT_COLOUR = CHART_COLOURS.participant;

/** Real units in the tooltip: the chart's 0..100 is only for drawing. */
function SpiderTooltip({ labels, ...props }: ChartTooltipProps & { labels: ChartLabels }) {
  const row = tooltipRow<SpiderRow>(props);
  return row ? <ChartTooltipBox title={row.label} lines={[`${labels.from}: ${row.fromText}`, `${labels.to}: ${row.toText}`]} /> : null;
}

/**
 * Two reviews (or start and end) as two outlines; the earlier one dashed, so colour is not the
 * only difference. A skipped area has no dot: the outline goes straight on to the next area that
 * has a score (an outline broken open read as a fault), the spoke's label carries a hollow ring and
 * "ikke vurderet ved <dato>", and the text under the chart names the areas. On a scale with a 0
 * ("as at the start") a dark dotted ring marks it.
 */
export function SpiderChart({ rows, labels }: { rows: readonly SpiderRow[]; labels: ChartLabels }) {
  const { t } = useTranslation();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const hasGap = rows.some((row) => !!row.gapNote);
  const hasZero = rows.some((row) => typeof row.zero === "number");
  // On a phone the labels need room beside the web: a smaller web, about 6 em of label each side
  // (a little less when a spoke also carries its "not scored" line).
  const outerRadius = width > 0 && width < 560 ? Math.max(64, width / 2 - 6 * chartTick.fontSize) : hasGap ? "62%" : "70%";
  const notes = new Map(rows.map((row) => [row.label, row.gapNote]));
  return (
    <div ref={ref} className="spider-chart">
      <ResponsiveContainer width="100%" height={hasGap ? 420 : 380}>
        <RadarChart data={[...rows]} outerRadius={outerRadius} accessibilityLayer={false}>
          <PolarGrid stroke={chartGrid.stroke} />
          <PolarAngleAxis
            dataKey="label"
            tick={(props: SpiderTickProps) => <SpiderTick {...props} note={notes.get(String(props.payload?.value ?? "")) ?? null} />}
          />
          <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
          {hasZero ? (
            <Radar
              name={t("charts.zeroLine")}
              dataKey="zero"
              stroke={CHART_INK}
              strokeDasharray="2 3"
              strokeWidth={1.5}
              fill="none"
              dot={false}
              legendType="plainline"
              {...NO_ANIMATION}
            />
          ) : null}
          <Radar name={labels.from} dataKey="from" {...earlierSeries} dot={{ r: 3 }} connectNulls {...NO_ANIMATION} />
          <Radar name={labels.to} dataKey="to" {...laterSeries} dot={{ r: 3 }} connectNulls {...NO_ANIMATION} />
          <Legend {...chartLegend} />
          <Tooltip content={(props) => <SpiderTooltip active={props.active} payload={props.payload as ChartTooltipProps["payload"]} labels={labels} />} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A point's day written out, then each series' score; the axis itself is in day numbers. */
function LineTooltip(props: ChartTooltipProps & { notScored: string }) {
  const point = tooltipRow<LinePoint>(props);
  if (!point) return null;
  const lines = (props.payload ?? []).filter((entry) => typeof entry.value === "number").map((entry) => `${String(entry.name ?? "")}: ${String(entry.value)}`);
  return <ChartTooltipBox title={point.label} lines={lines.length > 0 ? lines : [props.notScored]} />;
}

/**
 * One small line chart per area, on the model's own scale (real units). The x axis is time:
 * reviews stand as far apart as the days between them, so a long pause looks long. Segments are
 * straight (a curve would draw scores between reviews that nobody gave); the mentor's line
 * breaks where the area was skipped, with a dashed mark and a "not scored" label on that day.
 * A relative model's 0 ("as at the start") is a solid line across.
 */
export function AreaLines({
  series,
  range,
  mentorLabel,
  participantLabel,
  formatTick,
  notScored,
  notScoredOn,
}: {
  series: readonly AreaSeries[];
  range: { min: number; max: number };
  mentorLabel: string;
  participantLabel: string | null;
  /** A day number as a short date on the axis ("3. feb."). */
  formatTick: (day: number) => string;
  notScored: string;
  /** "ikke vurderet ved 3. feb. 2026" for the days given, written out. */
  notScoredOn: (days: readonly string[]) => string;
}) {
  const yTicks = scaleTicks(range);
  const domain = timeDomain(series);
  const xTicks = timeTicks(series);
  const zero = hasZeroLine(range);
  return (
    <div className="area-lines">
      {series.map((area) => (
        <div key={area.key} className="area-lines__item">
          <p className="area-lines__title">{area.label}</p>
          <ResponsiveContainer width="100%" height={participantLabel ? 240 : 210}>
            <LineChart data={[...area.points]} margin={{ top: 8, right: 20, bottom: 4, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid {...chartGrid} />
              {/* Day numbers on a plain number axis: a linear scale of days is a time scale. */}
              <XAxis
                {...chartAxis}
                dataKey="day"
                type="number"
                domain={domain}
                ticks={xTicks}
                tickFormatter={formatTick}
                interval="preserveStartEnd"
                minTickGap={12}
              />
              <YAxis {...chartAxis} domain={[range.min, range.max]} ticks={yTicks} width={36} allowDecimals={false} interval={0} />
              {zero ? <ReferenceLine y={0} stroke={CHART_INK} strokeWidth={1.5} ifOverflow="extendDomain" /> : null}
              {area.skipped.map((gap) => (
                <ReferenceLine
                  key={gap.day}
                  x={gap.day}
                  stroke={CHART_AXIS}
                  strokeDasharray="4 4"
                  // On the side with room: left of the line in the chart's right half, so it is not cut off.
                  label={{
                    value: notScored,
                    position: gap.day > (domain[0] + domain[1]) / 2 ? "insideTopRight" : "insideTopLeft",
                    ...chartAxisLabel,
                    fontSize: CHART_TEXT.small,
                  }}
                />
              ))}
              <Tooltip
                content={(props) => <LineTooltip active={props.active} payload={props.payload as ChartTooltipProps["payload"]} notScored={notScored} />}
              />
              <Line
                type="linear"
                dataKey="mentor"
                name={mentorLabel}
                stroke={TO_COLOUR}
                strokeWidth={3}
                dot={{ r: 4 }}
                connectNulls={false}
                {...NO_ANIMATION}
              />
              {participantLabel ? (
                // The participant's own score is asked at some reviews only: a missing one is not a skipped area, so the line joins across.
                <Line
                  type="linear"
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
              {participantLabel ? <Legend {...chartLegend} /> : null}
            </LineChart>
          </ResponsiveContainer>
          {/* Under the chart, so the charts in the grid keep their axes level. */}
          {area.skipped.length > 0 ? <p className="hint">{notScoredOn(area.skipped.map((s) => s.label))}</p> : null}
        </div>
      ))}
    </div>
  );
}
