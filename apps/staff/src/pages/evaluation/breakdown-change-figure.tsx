import { useTranslation } from "react-i18next";
import { groupRowLabel, type Breakdown, type ScaleColumn } from "./breakdown-table";
import { EvaluationFigure } from "./evaluation-figure";
import { LazySimpleBarChart } from "./lazy-charts";
import { simpleBarChartHeight } from "./chart-rows";
import { drawable, formatCount, formatSigned } from "./masked";
import type { TableModel } from "./table-model";
import { useLang } from "../../i18n/use-lang";

/** The scale to draw: WHO-5 when the programme measures it (the headline wellbeing measure), else the first. */
export function chartScale(scales: readonly ScaleColumn[]): ScaleColumn | undefined {
  return scales.find((s) => s.instrumentId === "who5") ?? scales[0];
}

/** Mean paired change on one scale per group, as bars; hidden groups keep their marker and draw no bar. */
export function BreakdownChangeFigure({ data, scale }: { data: Breakdown; scale: ScaleColumn }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = data.groups.map((group) => {
    const change = group.change.find((c) => c.instrumentId === scale.instrumentId && c.scaleId === scale.scaleId);
    return { key: group.key, label: groupRowLabel(t, data.by, group), change: change?.meanChange, n: change?.n };
  });
  const table: TableModel = {
    caption: t("evaluation.breakdown.chartCaption", { scale: scale.label }),
    columns: [t(`evaluation.breakdown.by_${data.by}`), t("evaluation.change.meanChange"), "n"],
    rows: rows.map((r) => ({ key: r.key, header: r.label, cells: [formatSigned(r.change, lang), formatCount(r.n, lang)] })),
  };
  const bars = rows.map((r) => ({ key: r.key, label: r.label, value: drawable(r.change) ?? 0, text: formatSigned(r.change, lang) }));
  return (
    <EvaluationFigure
      caption={table.caption}
      summary={t("evaluation.breakdown.chartSummary", {
        list: rows.map((r) => `${r.label}: ${formatSigned(r.change, lang)} (n = ${formatCount(r.n, lang)})`).join("; "),
      })}
      chart={<LazySimpleBarChart rows={bars} signed />}
      chartHeight={simpleBarChartHeight(bars)}
      table={table}
    />
  );
}
