import { combineQueries, CsvDownloadButton, QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { errorKey } from "../../errors";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";
import { BreakdownBySelect } from "./breakdown-by-select";
import { BreakdownChangeFigure, chartScale } from "./breakdown-change-figure";
import { useShareDigits } from "./share-digits";
import { breakdownTable, scaleKeys, type Breakdown } from "./breakdown-table";
import { ModelTable } from "./model-table";
import { scaleName, type Questionnaires } from "./question-text";
import { tableCsv } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";
import { DEFAULT_BREAKDOWN, breakdownFromSearch, withViewParam } from "./view-params";

/** "Grupper": the key figures side by side per organisation, gender, age band or enrolment year. */
export function BreakdownPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const [search, setSearch] = useSearchParams();
  const by = breakdownFromSearch(search);
  const result = useQuery(trpc.evaluation.breakdown.queryOptions({ ...input, by }));
  // Only for the scales' names; the questionnaire section asks the same query, so it is cached.
  const questionnaires = useQuery(trpc.evaluation.questionnaires.queryOptions(input));
  // The page waits for both, but the names are not needed to show the figures: a failed
  // questionnaires query counts as done without them (null), and only the breakdown's error is said.
  const query = combineQueries({
    breakdown: result,
    questionnaires: {
      isPending: questionnaires.isPending,
      isError: false,
      error: null,
      data: questionnaires.isPending ? undefined : (questionnaires.data ?? null),
    },
  });
  useDocumentTitle(t("evaluation.sections.breakdown"));

  return (
    <section aria-labelledby="evaluation-breakdown">
      <h2 id="evaluation-breakdown">{t("evaluation.sections.breakdown")}</h2>
      <p>{t("evaluation.breakdown.help")}</p>
      <BreakdownBySelect value={by} onChange={(next) => setSearch(withViewParam(search, "by", next === DEFAULT_BREAKDOWN ? undefined : next))} />
      <QueryState query={query} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <BreakdownBody data={data.breakdown} questionnaires={data.questionnaires} />}
      </QueryState>
    </section>
  );
}

function BreakdownBody({ data, questionnaires }: { data: Breakdown; questionnaires: Questionnaires | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  if (data.groups.length === 0) return <p>{t("evaluation.breakdown.none")}</p>;
  // Without the questionnaire definitions (an error there), a scale is named by its ids.
  const scales = scaleKeys(data.groups).map((s) => ({
    ...s,
    label: questionnaires ? scaleName(questionnaires, s.instrumentId, s.scaleId, lang) : `${s.instrumentId} ${s.scaleId}`,
  }));
  const table = breakdownTable(t, data, scales, lang, digits);
  const charted = chartScale(scales);
  return (
    <>
      <ModelTable model={table} captionVisible className="breakdown-table" />
      {scales.length > 0 ? <p className="hint">{t("evaluation.breakdown.changeHelp")}</p> : null}
      <CsvDownloadButton {...tableCsv(t, table)} />
      {charted ? <BreakdownChangeFigure data={data} scale={charted} /> : null}
    </>
  );
}
