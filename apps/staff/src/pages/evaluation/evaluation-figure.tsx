import { Suspense, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CsvDownloadButton } from "./csv-download-button";
import { DataTable } from "./data-table";
import { hasMarkers } from "./masked";
import { SuppressionNote } from "./suppression-note";
import { tableTexts, type TableModel } from "./table-model";

/**
 * A cohort chart with its words: a caption, a text summary as the drawing's accessible name
 * (the SVG says nothing useful to a screen reader), the numbers as a table behind
 * "Vis som tabel", and the same numbers as a CSV download.
 */
export function EvaluationFigure({
  caption,
  note,
  summary,
  chart,
  table,
}: {
  caption: ReactNode;
  note?: ReactNode;
  summary: string;
  chart: ReactNode;
  table: TableModel;
}) {
  const { t } = useTranslation();
  const id = useId();
  const masked = hasMarkers(tableTexts(table));
  return (
    <figure className="chart-figure evaluation-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-figure__caption">
        {caption}
      </figcaption>
      {note ? <p className="hint evaluation-figure__note">{note}</p> : null}
      <div className="chart-figure__chart" role="img" aria-label={summary}>
        <Suspense fallback={<p className="hint">{t("charts.loading")}</p>}>{chart}</Suspense>
      </div>
      {masked ? <SuppressionNote /> : null}
      <div className="evaluation-figure__tools">
        <details className="table-toggle">
          <summary>{t("charts.showTable")}</summary>
          <DataTable model={table} showNote={false} />
        </details>
        <CsvDownloadButton model={table} />
      </div>
    </figure>
  );
}
