import { DataTable } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import type { AreaSeries, ChartLabels, SpiderRow } from "./chart-data";

/** The spider chart's numbers in real units, for screen readers, print and anyone who prefers a table. */
export function SpiderTable({ rows, labels, caption, rowHeader }: { rows: readonly SpiderRow[]; labels: ChartLabels; caption: string; rowHeader: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      compact
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { key: "label", header: rowHeader, rowHeader: true, cell: (row) => row.label },
        { key: "from", header: labels.from, cell: (row) => row.fromText },
        { key: "to", header: labels.to, cell: (row) => row.toText },
        { key: "change", header: t("charts.change"), cell: (row) => row.changeText },
      ]}
    />
  );
}

type Point = AreaSeries["points"][number];

/** Every review's score per area: dates down, areas across, as the line charts show them. */
export function AreaLinesTable({ series, caption, format }: { series: readonly AreaSeries[]; caption: string; format: (point: Point) => string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      compact
      // A row per review date; each area's column reads the point at the same index.
      rows={series[0]?.points ?? []}
      rowKey={(point, index) => `${point.date}-${index}`}
      columns={[
        { key: "date", header: t("charts.date"), rowHeader: true, cell: (point) => point.label },
        ...series.map((area) => ({
          key: area.key,
          header: area.label,
          cell: (_: Point, index: number) => {
            const point = area.points[index];
            return point ? format(point) : "";
          },
        })),
      ]}
    />
  );
}
