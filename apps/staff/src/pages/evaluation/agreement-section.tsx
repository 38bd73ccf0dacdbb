import { CsvDownloadButton, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useTRPC } from "../../trpc";
import { formatCount, formatDecimal, formatSigned, isMasked, type MaybeMasked } from "./masked";
import { ModelTable } from "./model-table";
import { tableCsv, type TableModel } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";

/**
 * How far the participant's own progression score and the mentor's agree, per area: mean
 * difference with limits of agreement, and a weighted kappa with its interval. Star Online
 * reports only the worker's score; this shows where the two views part.
 */
export function AgreementSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const result = useQuery(trpc.evaluation.agreement.queryOptions(input));
  const to = t("evaluation.change.to");
  const pair = (a: MaybeMasked, b: MaybeMasked, f: (v: MaybeMasked) => string) =>
    isMasked(a) ? a : a === null || a === undefined ? "–" : `${f(a)} ${to} ${f(b)}`;
  return (
    <section aria-labelledby="evaluation-agreement">
      <h3 id="evaluation-agreement">{t("evaluation.agreement.title")}</h3>
      <p className="hint">{t("evaluation.agreement.help")}</p>
      <QueryState query={result} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {({ model, agreement }) => {
          if (agreement.participants === "<5" && agreement.areas.every((a) => a.n === "<5")) return <p>{t("evaluation.agreement.none")}</p>;
          const label = (id: string | null) => (id === null ? t("evaluation.agreement.all") : (model.areas.find((a) => a.id === id)?.label[lang] ?? id));
          const table: TableModel = {
            caption: t("evaluation.agreement.caption"),
            columns: [
              t("evaluation.agreement.area"),
              t("evaluation.agreement.n"),
              t("evaluation.agreement.meanDifference"),
              t("evaluation.agreement.limits"),
              t("evaluation.agreement.kappa"),
            ],
            rows: [...agreement.areas, agreement.cohort].map((row) => ({
              key: row.areaId ?? "all",
              header: label(row.areaId),
              cells: [
                formatCount(row.n, lang),
                formatSigned(row.meanDifference, lang),
                pair(row.lower, row.upper, (v) => formatSigned(v, lang)),
                row.kappa === null
                  ? "–"
                  : isMasked(row.kappa)
                    ? row.kappa
                    : `${formatDecimal(row.kappa, lang, 2)}${row.ci95 ? ` (${formatDecimal(row.ci95[0], lang, 2)} ${to} ${formatDecimal(row.ci95[1], lang, 2)})` : ""}`,
              ],
            })),
          };
          return (
            <>
              <ModelTable model={table} captionVisible />
              <CsvDownloadButton {...tableCsv(t, table)} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
