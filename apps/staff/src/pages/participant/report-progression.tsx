import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { ChartFigure, LazySpiderChart } from "./chart-figure";
import { AreaLinesTable, SpiderTable } from "./chart-tables";
import { areaSeries, spiderRows, spiderSummary } from "./progression-rows";
import { SpiderSkippedNote } from "./spider-skipped-note";
import { formatScore, localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import type { ProgressReport } from "./use-workspace";

/** The report's progression part: the model, the spider chart of first vs latest review, and every review as a table. */
export function ReportProgression({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { model, plan, reviews } = report;
  const day = (value: string) => formatDay(value, lang);
  const first = reviews[0];
  const latest = reviews.at(-1);

  return (
    <section aria-labelledby="report-progression">
      <h2 id="report-progression">{t("report.progressionTitle")}</h2>
      <p>{t("report.modelLine", { model: localized(model.title, lang), count: reviews.length })}</p>
      {first && latest ? (
        (() => {
          const labels = { from: t("charts.reviewOf", { date: day(first.reviewedOn) }), to: t("charts.reviewOf", { date: day(latest.reviewedOn) }) };
          const rows = spiderRows(model, plan, first, latest, lang, t);
          const caption = t("charts.spiderCaption", { from: labels.from, to: labels.to });
          return (
            <>
              <ChartFigure
                caption={
                  <>
                    {caption} <span className="hint">{t("charts.outwardsBetter")}</span>
                  </>
                }
                summary={t("charts.spiderSummary", { rows: spiderSummary(rows, t) })}
                chart={<LazySpiderChart rows={rows} labels={labels} />}
                table={<SpiderTable rows={rows} labels={labels} caption={caption} rowHeader={t("review.area")} />}
                showBoth
              />
              <SpiderSkippedNote rows={rows} fromOn={first.reviewedOn} toOn={latest.reviewedOn} />
            </>
          );
        })()
      ) : (
        <p>{t("review.none")}</p>
      )}
      {reviews.length > 1 ? (
        <>
          <h3>{t("report.allReviews")}</h3>
          <AreaLinesTable
            series={areaSeries(model, plan, reviews, lang, day)}
            caption={t("report.allReviews")}
            format={(point) => (point.mentor === null ? t("review.skipped") : formatScore(model, point.mentor))}
          />
        </>
      ) : null}
    </section>
  );
}
