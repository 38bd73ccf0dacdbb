import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { CsvDownloadButton } from "./csv-download-button";
import { DataTable } from "./data-table";
import { formatCount, formatDecimal, formatSigned } from "./masked";
import { scaleName, type Questionnaires } from "./question-text";
import type { TableModel } from "./table-model";

/** Were those who answered at the end different at the start? Descriptive, not a test. */
export function AttritionTable({ data }: { data: Questionnaires }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const l = i18n.language;
  const table: TableModel = {
    caption: t("evaluation.attrition.caption"),
    columns: [
      t("evaluation.change.scale"),
      t("evaluation.attrition.nAnswered"),
      t("evaluation.attrition.meanAnswered"),
      t("evaluation.attrition.nNot"),
      t("evaluation.attrition.meanNot"),
      t("evaluation.attrition.difference"),
      t("evaluation.attrition.standardised"),
    ],
    rows: data.attrition.map((a) => ({
      key: `${a.instrumentId}/${a.scaleId}`,
      header: scaleName(data, a.instrumentId, a.scaleId, lang),
      cells: [
        formatCount(a.answeredEnd.n, l),
        formatDecimal(a.answeredEnd.mean, l),
        formatCount(a.didNotAnswerEnd.n, l),
        formatDecimal(a.didNotAnswerEnd.mean, l),
        formatSigned(a.difference, l),
        formatDecimal(a.standardisedDifference, l, 2),
      ],
    })),
  };
  return (
    <section aria-labelledby="evaluation-attrition">
      <h3 id="evaluation-attrition">{t("evaluation.attrition.title")}</h3>
      <p>{t("evaluation.attrition.help")}</p>
      <DataTable model={table} captionVisible />
      <CsvDownloadButton model={table} />
    </section>
  );
}
