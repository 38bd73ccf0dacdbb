import { useTranslation } from "react-i18next";
import { CHART_INK, CHART_COLOURS } from "../../lib/chart-theme";
import { formatCount, isMasked } from "./masked";

// The Jacobson-Truax plot as evaluators may see it: start across, end up, as a binned density.
// Each cell is the perturbed count of people whose start and end fell in it; a cell under 5 is
// hatched (hidden, not empty), so no one can be placed (docs/privacy.md). The diagonal is no
// change; the two dashed lines beside it are the reliable change limits; the dotted lines the cut-off.

export interface JtPlotData {
  edges: readonly number[];
  cells: ReadonlyArray<{ start: number; end: number; count: number | string }>;
}

// Type sizes are in viewBox units: at 390 px the plot is drawn at about 0.95 of SIZE, so the
// smallest text (13) still shows at 12 px or more (issue 15: chart text at least 12 px).
const SIZE = 340;
const PAD = { left: 56, bottom: 48, top: 12, right: 12 };

export function JtPlot({
  plot,
  threshold,
  cutOff,
  higherIsBetter,
  label,
}: {
  plot: JtPlotData;
  threshold: number | null;
  cutOff: number | null;
  higherIsBetter: boolean;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const bins = plot.edges.length - 1;
  const min = plot.edges[0] as number;
  const max = plot.edges[bins] as number;
  const inner = SIZE - PAD.left - PAD.right;
  const x = (v: number) => PAD.left + ((v - min) / (max - min)) * inner;
  const y = (v: number) => PAD.top + inner - ((v - min) / (max - min)) * inner;
  const cell = inner / bins;
  const top = Math.max(1, ...plot.cells.map((c) => (typeof c.count === "number" ? c.count : 0)));
  const clip = (v: number) => Math.max(min, Math.min(max, v));
  // A limit line end = start ± threshold, clipped to the square.
  const limit = (offset: number) => {
    const a = clip(min + Math.max(0, -offset));
    const b = clip(max - Math.max(0, offset));
    return { x1: x(a), y1: y(a + offset), x2: x(b), y2: y(b + offset) };
  };
  const better = higherIsBetter ? 1 : -1;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" style={{ maxWidth: SIZE }} role="img" aria-label={label} className="jt-plot">
      <defs>
        <pattern id="jt-hidden" patternUnits="userSpaceOnUse" width={7} height={7} patternTransform="rotate(45)">
          <rect width={7} height={7} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={7} stroke={CHART_INK} strokeWidth={1.5} strokeOpacity={0.55} />
        </pattern>
      </defs>
      {plot.cells.map((c) => {
        const hidden = isMasked(c.count);
        const count = typeof c.count === "number" ? c.count : 0;
        return (
          <g key={`${c.start}-${c.end}`}>
            <rect
              x={PAD.left + c.start * cell}
              y={PAD.top + (bins - 1 - c.end) * cell}
              width={cell}
              height={cell}
              fill={hidden ? "url(#jt-hidden)" : CHART_COLOURS.later}
              fillOpacity={hidden ? 1 : 0.15 + 0.75 * (count / top)}
              stroke="#ffffff"
              strokeWidth={2}
            />
            {!hidden ? (
              <text
                x={PAD.left + c.start * cell + cell / 2}
                y={PAD.top + (bins - 1 - c.end) * cell + cell / 2 + 5}
                textAnchor="middle"
                fontSize={14}
                fontWeight={600}
                fill={count / top > 0.55 ? "#ffffff" : CHART_INK}
              >
                {formatCount(c.count, i18n.language)}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={x(min)} y1={y(min)} x2={x(max)} y2={y(max)} stroke={CHART_INK} strokeWidth={1.5} />
      {threshold !== null ? (
        <>
          <line {...limit(better * threshold)} stroke={CHART_INK} strokeWidth={2} strokeDasharray="6 4" />
          <line {...limit(-better * threshold)} stroke={CHART_INK} strokeWidth={2} strokeDasharray="6 4" />
        </>
      ) : null}
      {cutOff !== null ? (
        <>
          <line x1={x(cutOff)} y1={y(min)} x2={x(cutOff)} y2={y(max)} stroke={CHART_COLOURS.earlier} strokeWidth={2} strokeDasharray="2 3" />
          <line x1={x(min)} y1={y(cutOff)} x2={x(max)} y2={y(cutOff)} stroke={CHART_COLOURS.earlier} strokeWidth={2} strokeDasharray="2 3" />
        </>
      ) : null}
      {plot.edges.map((e) => (
        <g key={e}>
          <text x={x(e)} y={PAD.top + inner + 18} textAnchor="middle" fontSize={13} fill={CHART_INK}>
            {Math.round(e * 10) / 10}
          </text>
          <text x={PAD.left - 8} y={y(e) + 4} textAnchor="end" fontSize={13} fill={CHART_INK}>
            {Math.round(e * 10) / 10}
          </text>
        </g>
      ))}
      <text x={PAD.left + inner / 2} y={SIZE - 6} textAnchor="middle" fontSize={13} fill={CHART_INK}>
        {t("evaluation.reliable.plotStart")}
      </text>
      <text x={14} y={PAD.top + inner / 2} textAnchor="middle" fontSize={13} fill={CHART_INK} transform={`rotate(-90 14 ${PAD.top + inner / 2})`}>
        {t("evaluation.reliable.plotEnd")}
      </text>
    </svg>
  );
}
