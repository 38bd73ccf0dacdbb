import { useTranslation } from "react-i18next";
import { ChartFigure, LazySpiderChart } from "./chart-figure";
import { SpiderTable } from "./chart-tables";
import { spiderSummary } from "./progression-rows";
import { questionnaireRows } from "./questionnaire-rows";
import { useLang } from "../../i18n/use-lang";
import type { ProgressReport } from "./use-workspace";

/** The spider chart of questionnaire scales at start and end, with the table in real units. */
export function QuestionnaireFigure({ changes, showBoth = false }: { changes: ProgressReport["questionnaireChange"]; showBoth?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (changes.length === 0) return <p>{t("charts.noQuestionnaireChange")}</p>;
  const rows = questionnaireRows(changes, lang, t);
  const labels = { from: t("surveys.occasion_start"), to: t("surveys.occasion_end") };
  const table = <SpiderTable rows={rows} labels={labels} caption={t("charts.questionnaireCaption")} rowHeader={t("charts.scale")} />;
  // A spider needs three spokes to be a shape; with fewer scales the table says it better.
  if (rows.length < 3) return table;
  return (
    <ChartFigure
      caption={
        <>
          {t("charts.questionnaireCaption")} <span className="hint">{t("charts.outwardsBetter")}</span>
        </>
      }
      summary={t("charts.spiderSummary", { rows: spiderSummary(rows, t) })}
      chart={<LazySpiderChart rows={rows} labels={labels} />}
      table={table}
      showBoth={showBoth}
    />
  );
}
