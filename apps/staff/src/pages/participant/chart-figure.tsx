import { lazy, Suspense, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

// One chunk for all charts; each lazy component resolves from the same import.
export const LazySpiderChart = lazy(() => import("./charts").then((m) => ({ default: m.SpiderChart })));
export const LazyAreaLines = lazy(() => import("./charts").then((m) => ({ default: m.AreaLines })));

/**
 * A chart with words around it: a caption, a summary as the drawing's accessible name
 * (the SVG itself says nothing useful to a screen reader), and the same numbers as a
 * table behind "Vis som tabel" (open when printing, see print.css).
 */
export function ChartFigure({
  caption,
  summary,
  chart,
  table,
  tableOpen = false,
}: {
  caption: ReactNode;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-figure__caption">
        {caption}
      </figcaption>
      <div className="chart-figure__chart" role="img" aria-label={summary}>
        <Suspense fallback={<p className="hint">{t("charts.loading")}</p>}>{chart}</Suspense>
      </div>
      <details className="table-toggle" open={tableOpen}>
        <summary>{t("charts.showTable")}</summary>
        {table}
      </details>
    </figure>
  );
}
