import type { ReactNode } from "react";

/**
 * The one tooltip look of the staff app's charts (class "chart-tooltip"): a bold title and
 * one line per series, the numbers as the page prints them (units, "<5"), not raw values.
 */
export function ChartTooltipBox({ title, lines }: { title: ReactNode; lines: readonly ReactNode[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

interface TooltipEntry {
  name?: ReactNode;
  value?: unknown;
  payload?: unknown;
}

/** Recharts' tooltip props as far as the charts use them. */
export interface ChartTooltipProps {
  active?: boolean;
  label?: ReactNode;
  payload?: readonly TooltipEntry[];
}

/** The row a tooltip points at (recharts passes the data row on each entry). */
export function tooltipRow<T>(props: ChartTooltipProps): T | undefined {
  return props.active ? (props.payload?.[0]?.payload as T | undefined) : undefined;
}

/** A number as the page's language writes it, to one decimal (a mean score of 2.3333 reads 2,3). */
function formatValue(value: unknown): string {
  if (typeof value !== "number") return String(value);
  return value.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
}

/** Series name and value per line, for charts whose values are plain scores. */
export function SeriesTooltip(props: ChartTooltipProps) {
  if (!props.active || !props.payload?.length) return null;
  return (
    <ChartTooltipBox
      title={props.label}
      lines={props.payload
        .filter((entry) => entry.value !== null && entry.value !== undefined)
        .map((entry) => `${String(entry.name ?? "")}: ${formatValue(entry.value)}`)}
    />
  );
}
