// Loaded lazily (React.lazy in chart-figure.tsx): recharts is large and only these
// pages need it. Recharts sets its sizes through React style props, i.e. the CSSOM,
// which the Content-Security-Policy allows (it forbids only inline <style> and style="").
import { CartesianGrid, Legend, Line, LineChart, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AreaSeries, ChartLabels, SpiderRow } from "./chart-data";

const TO_COLOUR = "#1f5c4a";
const FROM_COLOUR = "#8a4b00";
const PARTICIPANT_COLOUR = "#1f4f7a";

interface TooltipEntry {
  payload?: SpiderRow;
}

/** Real units in the tooltip: the chart's 0..100 is only for drawing. */
function SpiderTooltip({ active, payload, labels }: { active?: boolean; payload?: readonly TooltipEntry[]; labels: ChartLabels }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      <p>
        {labels.from}: {row.fromText}
      </p>
      <p>
        {labels.to}: {row.toText}
      </p>
    </div>
  );
}

/** Two reviews (or start and end) as two outlines; the earlier one dashed, so colour is not the only difference. */
export function SpiderChart({ rows, labels }: { rows: readonly SpiderRow[]; labels: ChartLabels }) {
  return (
    <ResponsiveContainer width="100%" height={380}>
      <RadarChart data={[...rows]} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 14, fill: "#1c1c1c" }} />
        <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
        <Radar name={labels.from} dataKey="from" stroke={FROM_COLOUR} strokeDasharray="6 4" strokeWidth={2} fill={FROM_COLOUR} fillOpacity={0.08} isAnimationActive={false} />
        <Radar name={labels.to} dataKey="to" stroke={TO_COLOUR} strokeWidth={3} fill={TO_COLOUR} fillOpacity={0.2} isAnimationActive={false} />
        <Legend />
        <Tooltip content={(props) => <SpiderTooltip active={props.active} payload={props.payload as readonly TooltipEntry[] | undefined} labels={labels} />} />
      </RadarChart>
    </ResponsiveContainer>
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
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis domain={[range.min, range.max]} ticks={ticks} width={32} tick={{ fontSize: 12 }} allowDecimals={false} />
              <Tooltip />
              <Line type="monotone" dataKey="mentor" name={mentorLabel} stroke={TO_COLOUR} strokeWidth={3} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
              {participantLabel ? (
                <Line type="monotone" dataKey="participant" name={participantLabel} stroke={PARTICIPANT_COLOUR} strokeDasharray="6 4" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
              ) : null}
            </LineChart>
          </ResponsiveContainer>
        </div>
      ))}
    </div>
  );
}
