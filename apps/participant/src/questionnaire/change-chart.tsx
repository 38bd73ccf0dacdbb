import type { TLocalizedText } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { useLocalized } from "@skridt/questionnaire";

export interface ChangeRow {
  instrumentId: string;
  scaleId: string;
  label: TLocalizedText;
  range: { min: number; max: number };
  higherIsBetter: boolean;
  start: number;
  end: number;
  change: "improved" | "unchanged" | "worse" | null;
  /** The plain sentence for this scale (packages/instruments describeChange): every scale has one. */
  sentence: "improved" | "unchanged" | "worse" | "much_worse" | "towards_better" | "towards_worse" | "same";
}

const WIDTH = 320;
const BAR = 18;
const ROW = 86;

/**
 * One simple chart: per scale, a bar at the start and a bar now, each as a share of the
 * scale's range. The same figures are written out above it, so the chart is decoration
 * for screen readers and a picture for everyone else.
 */
export function ChangeChart({ rows }: { rows: readonly ChangeRow[] }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const height = rows.length * ROW + 30;
  const share = (row: ChangeRow, v: number) => Math.max(0, Math.min(1, (v - row.range.min) / (row.range.max - row.range.min || 1)));
  const barWidth = WIDTH - 60;
  return (
    <figure className="change-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
        <rect x="0" y="4" width="14" height="14" className="change-chart__start" />
        <text x="20" y="16" className="change-chart__text">
          {t("thanks.startLabel")}
        </text>
        <rect x="130" y="4" width="14" height="14" className="change-chart__end" />
        <text x="150" y="16" className="change-chart__text">
          {t("thanks.endLabel")}
        </text>
        {rows.map((row, i) => {
          const y = 30 + i * ROW;
          return (
            <g key={`${row.instrumentId}/${row.scaleId}`}>
              <text x="0" y={y + 16} className="change-chart__text change-chart__label">
                {text(row.label)}
              </text>
              <rect x="0" y={y + 24} width={Math.max(2, share(row, row.start) * barWidth)} height={BAR} className="change-chart__start" />
              <text x={Math.max(2, share(row, row.start) * barWidth) + 6} y={y + 38} className="change-chart__text">
                {round(row.start)}
              </text>
              <rect x="0" y={y + 24 + BAR + 6} width={Math.max(2, share(row, row.end) * barWidth)} height={BAR} className="change-chart__end" />
              <text x={Math.max(2, share(row, row.end) * barWidth) + 6} y={y + 38 + BAR + 6} className="change-chart__text">
                {round(row.end)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}
