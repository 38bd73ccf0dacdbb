import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";

type TChart = RouterOutputs["report"]["generate"]["sections"][number]["charts"][number];

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 150;
const PAD = 10;
const COLOURS = ["#2b6cb0", "#c05621"];

/**
 * The cohort spider: one spoke per area, the mean at the first and latest review as two
 * rings (positions 0..1 on the model's scale, the zero line dashed). An area whose mean is
 * hidden is named below instead of being drawn as 0, and its spoke is left without a point.
 */
export function ReportSpider({ chart }: { chart: TChart }) {
  const { t } = useTranslation();
  const areas = chart.series[0]?.bars.map((b) => b.label) ?? [];
  const angle = (i: number) => (Math.PI * 2 * i) / Math.max(1, areas.length) - Math.PI / 2;
  const at = (i: number, r: number) => [CENTRE + Math.cos(angle(i)) * r * RADIUS, CENTRE + Math.sin(angle(i)) * r * RADIUS] as const;
  const ring = (r: number) => areas.map((_, i) => at(i, r).join(",")).join(" ");
  const hidden = chart.series.flatMap((s) => s.bars.filter((b) => b.hidden || b.value === null).map((b) => `${s.name}: ${b.label}`));
  return (
    <figure className="report-chart report-spider">
      <figcaption className="report-chart__caption">{chart.caption}</figcaption>
      <svg viewBox={`${-PAD} ${-PAD} ${SIZE + 2 * PAD} ${SIZE + 2 * PAD}`} className="report-spider__svg" role="img" aria-label={chart.caption}>
        {[0.25, 0.75, 1].map((r) => (
          <polygon key={r} points={ring(r)} fill="none" stroke="#cbd5e0" />
        ))}
        {/* The zero line of a −5..+5 model: half way out. */}
        <polygon points={ring(0.5)} fill="none" stroke="#4a5568" strokeDasharray="4 3" />
        {/* Spokes are numbered; the names are listed under the chart, legible at any width. */}
        {areas.map((label, i) => {
          const [x, y] = at(i, 1);
          const [lx, ly] = at(i, 1.14);
          return (
            <g key={label}>
              <line x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#cbd5e0" />
              <text x={lx} y={ly} fontSize="20" fontWeight="600" textAnchor="middle" dominantBaseline="middle">
                {i + 1}
              </text>
            </g>
          );
        })}
        {chart.series.map((series, s) => {
          const points = series.bars.flatMap((b, i) => (b.value === null || b.hidden ? [] : [at(i, b.value).join(",")]));
          const whole = points.length === areas.length;
          const colour = COLOURS[s % COLOURS.length];
          return whole ? (
            <polygon key={series.name} points={points.join(" ")} fill={colour} fillOpacity={0.12} stroke={colour} strokeWidth={2} />
          ) : (
            <polyline key={series.name} points={points.join(" ")} fill="none" stroke={colour} strokeWidth={2} />
          );
        })}
      </svg>
      <ol className="report-spider__areas">
        {areas.map((label, i) => (
          <li key={label}>
            {label}: {chart.series.map((series) => `${series.name.toLowerCase()} ${series.bars[i]?.text ?? "–"}`).join(", ")}
          </li>
        ))}
      </ol>
      <ul className="report-spider__legend">
        {chart.series.map((series, s) => (
          <li key={series.name}>
            <span className={`report-spider__swatch report-chart__bar--s${s % 2}`} aria-hidden="true" /> {series.name}
          </li>
        ))}
      </ul>
      {hidden.length > 0 ? <p className="report-chart__axis">{t("evaluationReport.spiderHidden", { areas: hidden.join("; ") })}</p> : null}
      <p className="report-chart__axis">{t("evaluationReport.spiderAxis", { axis: chart.axis })}</p>
    </figure>
  );
}
