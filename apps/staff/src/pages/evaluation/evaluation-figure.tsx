import { ChartFrame } from "@skridt/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { hasMarkers } from "./masked";
import { ChartPlaceholder, DeferredChart } from "./deferred-chart";
import { ModelTable } from "./model-table";
import { SuppressionNote } from "./suppression-note";
import { tableCsv, tableTexts, type TableModel } from "./table-model";

/**
 * A cohort chart with its words (ChartFrame): a caption, a text summary as the drawing's
 * accessible name, the same numbers as a table behind the chart/table switch and as a CSV
 * download, and what "<5" and "x" mean when the numbers hold them. The drawing waits until
 * the figure nears the viewport (DeferredChart) in a box of `chartHeight` px; the table and the
 * CSV are there at once.
 */
export function EvaluationFigure({
  caption,
  note,
  summary,
  chart,
  chartHeight,
  table,
}: {
  caption: ReactNode;
  note?: ReactNode;
  summary: string;
  chart: ReactNode;
  chartHeight: number;
  table: TableModel;
}) {
  const { t } = useTranslation();
  const loading = <p className="hint">{t("charts.loading")}</p>;
  return (
    <ChartFrame
      caption={caption}
      note={note}
      summary={summary}
      chart={
        <DeferredChart height={chartHeight} placeholder={loading}>
          {chart}
        </DeferredChart>
      }
      chartFallback={<ChartPlaceholder height={chartHeight}>{loading}</ChartPlaceholder>}
      table={<ModelTable model={table} showNote={false} />}
      footnote={hasMarkers(tableTexts(table)) ? <SuppressionNote /> : undefined}
      csv={tableCsv(t, table)}
      viewLabels={{ group: t("evaluation.view.group"), chart: t("evaluation.view.chart"), table: t("evaluation.view.table") }}
    />
  );
}
