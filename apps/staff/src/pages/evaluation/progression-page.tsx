import type { RouterOutputs } from "@skridt/api";
import { CsvDownloadButton, QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";
import { AgreementSection } from "./agreement-section";
import { COHORT_SPIDER_HEIGHT, type SpiderAreaRow } from "./chart-rows";
import { ModelTable } from "./model-table";
import { EvaluationFigure } from "./evaluation-figure";
import { LazyCohortSpiderChart } from "./lazy-charts";

import { formatCount, formatCountShare, formatSigned } from "./masked";
import { useShareDigits } from "./share-digits";
import { tableCsv, type TableModel } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";

type Progression = RouterOutputs["evaluation"]["progression"];

/** The cohort spider chart: mean score per area at each participant's first and latest review. */
export function ProgressionPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const result = useQuery(trpc.evaluation.progression.queryOptions(input));
  useDocumentTitle(t("evaluation.sections.progression"));
  return (
    <section aria-labelledby="evaluation-progression">
      <h2 id="evaluation-progression">{t("evaluation.sections.progression")}</h2>
      <QueryState query={result} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <ProgressionBody data={data} />}
      </QueryState>
    </section>
  );
}

function ProgressionBody({ data }: { data: Progression }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  const { model, spider } = data;
  const areaLabel = (id: string) => model.areas.find((a) => a.id === id)?.label[lang] ?? id;
  const firstLabel = t("evaluation.progression.first");
  const latestLabel = t("evaluation.progression.latest");

  // Areas whose means are hidden (fewer than 5 scored twice) are left out of the drawing.
  const rows: SpiderAreaRow[] = spider.areas.flatMap((a) =>
    typeof a.meanFirst === "number" && typeof a.meanLatest === "number"
      ? [{ key: a.areaId, label: areaLabel(a.areaId), first: a.meanFirst, latest: a.meanLatest }]
      : [],
  );
  const hidden = spider.areas.length - rows.length;

  const table: TableModel = {
    caption: t("evaluation.progression.tableCaption", { model: model.title[lang] }),
    columns: [t("review.area"), "n", firstLabel, latestLabel, t("charts.change")],
    rows: spider.areas.map((a) => ({
      key: a.areaId,
      header: areaLabel(a.areaId),
      cells: [formatCount(a.n, lang), formatSigned(a.meanFirst, lang), formatSigned(a.meanLatest, lang), formatSigned(a.meanChange, lang)],
    })),
  };
  const summary = t("evaluation.progression.summary", {
    list: rows.map((r) => `${r.label}: ${formatSigned(r.first, lang)} → ${formatSigned(r.latest, lang)}`).join("; "),
  });

  // The distribution of individual changes: how many moved how far, per area.
  const changeValues = [...new Set(spider.areas.flatMap((a) => (Array.isArray(a.changes) ? a.changes.map((c) => c.change as number) : [])))].sort(
    (x, y) => x - y,
  );
  const changes: TableModel = {
    caption: t("evaluation.progression.changesCaption"),
    columns: [t("review.area"), ...changeValues.map((v) => formatSigned(v, lang, 0))],
    rows: spider.areas.map((a) => ({
      key: a.areaId,
      header: areaLabel(a.areaId),
      cells: changeValues.map((v) => {
        const cell = Array.isArray(a.changes) ? a.changes.find((c) => c.change === v) : undefined;
        return cell ? formatCountShare(cell.count, cell.share, lang, digits) : formatCount(0, lang);
      }),
    })),
  };

  return (
    <>
      <p>
        {t("evaluation.progression.help", {
          model: model.title[lang],
          min: formatSigned(model.range.min, lang, 0),
          max: formatSigned(model.range.max, lang, 0),
          n: formatCount(spider.participantsWithTwoReviews, lang),
        })}
      </p>
      <EvaluationFigure
        caption={t("evaluation.progression.caption")}
        note={hidden > 0 ? t("evaluation.progression.hiddenAreas", { count: hidden }) : t("charts.outwardsBetter")}
        summary={summary}
        chart={<LazyCohortSpiderChart rows={rows} range={model.range} firstLabel={firstLabel} latestLabel={latestLabel} zeroLabel={t("charts.zeroLine")} />}
        chartHeight={COHORT_SPIDER_HEIGHT}
        table={table}
      />
      <h3>{t("evaluation.progression.changesTitle")}</h3>
      <p className="hint">{t("evaluation.progression.changesHelp")}</p>
      <ModelTable model={changes} captionVisible />
      <CsvDownloadButton {...tableCsv(t, changes)} />
      <AgreementSection />
    </>
  );
}
