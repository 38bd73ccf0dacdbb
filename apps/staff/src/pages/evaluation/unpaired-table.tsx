import { CsvDownloadButton } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { ModelTable } from "./model-table";
import { formatCount, formatDecimal } from "./masked";
import { scaleName, type Questionnaires } from "./question-text";
import { tableCsv, type TableModel } from "./table-model";

/**
 * Everyone with a score at each occasion, paired or not. Labelled loudly: the two groups
 * are different people once some drop out, so this is not a change estimate.
 */
export function UnpairedTable({ data }: { data: Questionnaires }) {
  const { t } = useTranslation();
  const lang = useLang();
  const table: TableModel = {
    caption: t("evaluation.unpaired.caption"),
    columns: [
      t("evaluation.change.scale"),
      t("evaluation.unpaired.nStart"),
      t("evaluation.unpaired.meanStart"),
      t("evaluation.unpaired.sdStart"),
      t("evaluation.unpaired.nEnd"),
      t("evaluation.unpaired.meanEnd"),
      t("evaluation.unpaired.sdEnd"),
    ],
    rows: data.change.map((c) => ({
      key: `${c.instrumentId}/${c.scaleId}`,
      header: scaleName(data, c.instrumentId, c.scaleId, lang),
      cells: [
        formatCount(c.unpaired.start.n, lang),
        formatDecimal(c.unpaired.start.mean, lang),
        formatDecimal(c.unpaired.start.sd, lang),
        formatCount(c.unpaired.end.n, lang),
        formatDecimal(c.unpaired.end.mean, lang),
        formatDecimal(c.unpaired.end.sd, lang),
      ],
    })),
  };
  return (
    <section aria-labelledby="evaluation-unpaired">
      <h3 id="evaluation-unpaired">{t("evaluation.unpaired.title")}</h3>
      <p className="notice">{t("evaluation.unpaired.warning")}</p>
      <ModelTable model={table} captionVisible />
      <CsvDownloadButton {...tableCsv(t, table)} />
    </section>
  );
}
