import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";
import { ReportSpider } from "./report-spider";

type TChart = RouterOutputs["report"]["generate"]["sections"][number]["charts"][number];

/**
 * A chart of the report as horizontal bars, the same drawing as the Word document's: a
 * bar's length is its share of the axis, a hidden figure a hatched bar with its words
 * (never an empty bar that reads as 0). The figure's table follows in the section.
 */
export function ReportChart({ chart }: { chart: TChart }) {
  const { t } = useTranslation();
  if (chart.kind === "spider") return <ReportSpider chart={chart} />;
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__caption">{chart.caption}</figcaption>
      {chart.series.map((series, s) => (
        <div key={`${series.name}-${s}`} className="report-chart__series">
          {chart.series.length > 1 ? <p className="report-chart__series-name">{series.name}</p> : null}
          <ul className="report-chart__bars">
            {series.bars.map((bar, i) => (
              <li key={`${bar.label}-${i}`} className="report-chart__row">
                <span className="report-chart__label">{bar.label}</span>
                <span className="report-chart__track" aria-hidden="true">
                  {bar.hidden ? (
                    <span className="report-chart__bar report-chart__bar--hidden" title={t("evaluationReport.hiddenBar")} />
                  ) : (
                    <span className={`report-chart__bar report-chart__bar--s${s % 2}`} style={{ width: `${Math.round((bar.value ?? 0) * 1000) / 10}%` }} />
                  )}
                </span>
                <span className="report-chart__value">{bar.text}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="report-chart__axis">{t("evaluationReport.axis", { axis: chart.axis })}</p>
    </figure>
  );
}
