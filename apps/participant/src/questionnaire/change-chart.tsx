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
/** Height of a label's second line, and how many characters of 14 px bold fit in the chart's 320 units. */
const LINE = 17;
const LABEL_CHARS = 36;

/**
 * One simple chart: per scale, a bar at the start and a bar now, each as a share of the
 * scale's range. The same figures are written out above it, so the chart is decoration
 * for screen readers and a picture for everyone else.
 */
export function ChangeChart({ rows }: { rows: readonly ChangeRow[] }) {
  const { t } = useTranslation();
  const text = useLocalized();
  // A long label ("Rolig og afslappet (1-5, enkeltspørgsmål)") wraps onto a second line instead of running off the edge.
  const laidOut = rows.reduce<{ row: ChangeRow; lines: string[]; y: number }[]>((acc, row) => {
    const previous = acc.at(-1);
    const y = previous ? previous.y + ROW + (previous.lines.length - 1) * LINE : 30;
    return [...acc, { row, lines: wrapLabel(text(row.label), LABEL_CHARS), y }];
  }, []);
  const last = laidOut.at(-1);
  const height = last ? last.y + ROW + (last.lines.length - 1) * LINE : 30;
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
        {laidOut.map(({ row, lines, y: top }) => {
          const y = top + (lines.length - 1) * LINE;
          return (
            <g key={`${row.instrumentId}/${row.scaleId}`}>
              <text x="0" y={top + 16} className="change-chart__text change-chart__label">
                {lines.map((line, i) => (
                  <tspan key={i} x="0" dy={i === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
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

/** Words onto lines of at most `max` characters (a single longer word keeps its own line). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const current = lines.at(-1);
    if (current !== undefined && `${current} ${word}`.length <= max) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [label];
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}
