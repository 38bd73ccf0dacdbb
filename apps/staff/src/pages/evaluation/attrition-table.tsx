import { CsvDownloadButton } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { ModelTable } from "./model-table";
import { formatCount, formatDecimal, formatSigned } from "./masked";
import { scaleName, type Questionnaires } from "./question-text";
import { tableCsv, type TableModel } from "./table-model";

/** Were those who answered at the end different at the start? Descriptive, not a test. */
export function AttritionTable({ data }: { data: Questionnaires }) {
  const { t } = useTranslation();
  const lang = useLang();
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
        formatCount(a.answeredEnd.n, lang),
        formatDecimal(a.answeredEnd.mean, lang),
        formatCount(a.didNotAnswerEnd.n, lang),
        formatDecimal(a.didNotAnswerEnd.mean, lang),
        formatSigned(a.difference, lang),
        formatDecimal(a.standardisedDifference, lang, 2),
      ],
    })),
  };
  return (
    <section aria-labelledby="evaluation-attrition">
      <h3 id="evaluation-attrition">{t("evaluation.attrition.title")}</h3>
      <p>{t("evaluation.attrition.help")}</p>
      <ModelTable model={table} captionVisible />
      <CsvDownloadButton {...tableCsv(t, table)} />
    </section>
  );
}
