import { ChartFrame } from "@skridt/ui";
import { lazy, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

// One chunk for all charts; each lazy component resolves from the same import.
export const LazySpiderChart = lazy(() => import("./charts").then((m) => ({ default: m.SpiderChart })));
export const LazyAreaLines = lazy(() => import("./charts").then((m) => ({ default: m.AreaLines })));

/**
 * The workspace's charts in a ChartFrame: on screen the chart, with "Vis som tabel" one press
 * away; on the report, meant for paper, chart and table one after the other (`showBoth`).
 * The class "chart-figure" is the workspace's name for its figures (print rules, tests).
 */
export function ChartFigure({
  caption,
  summary,
  chart,
  table,
  showBoth = false,
}: {
  caption: ReactNode;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  showBoth?: boolean;
}) {
  const { t } = useTranslation();
  const common = { className: "chart-figure", caption, summary, chart, table, chartFallback: <p className="hint">{t("charts.loading")}</p> };
  if (showBoth) return <ChartFrame {...common} showBoth />;
  return <ChartFrame {...common} viewLabels={{ group: t("charts.view"), chart: t("charts.showChart"), table: t("charts.showTable") }} />;
}
