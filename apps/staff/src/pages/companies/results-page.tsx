import type { RouterOutputs } from "@skridt/api";
import { Card, DataTable, QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { useLang, type Lang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { ProgrammeSelect, useProgrammeChoice } from "../external/programme-select";
import "./companies.css";

type TRespondentResults = RouterOutputs["externalSurvey"]["results"]["respondents"][number];
type TCell = NonNullable<TRespondentResults["distributions"][number]["occasions"][number]>["cells"][number];

const percent = (share: number | string | null, lang: string) =>
  typeof share === "number"
    ? new Intl.NumberFormat(lang === "en" ? "en-GB" : "da-DK", { style: "percent", maximumFractionDigits: 0 }).format(share)
    : (share ?? "–");

/** The evaluator's view of employers' and volunteer mentors' answers: per item, with n, small cells hidden. */
export function ResultsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const [programmeId, setProgrammeId] = useProgrammeChoice(programmes.data);
  const results = useQuery({ ...trpc.externalSurvey.results.queryOptions({ organisationId, programmeId }), enabled: programmeId !== "" });
  useDocumentTitle(t("companies.results.title"));
  const errorText = (e: unknown) => t(`errors.${errorKey(e)}`);

  return (
    <>
      <p className="back-link">
        <Link to="/companies">{t("companies.title")}</Link>
      </p>
      <h1>{t("companies.results.title")}</h1>
      <p>{t("companies.results.intro")}</p>
      <QueryState query={programmes} loadingText={t("common.loading")} errorText={errorText}>
        {(list) =>
          list.length > 1 ? <ProgrammeSelect label={t("companies.results.programme")} programmes={list} value={programmeId} onChange={setProgrammeId} /> : null
        }
      </QueryState>
      {/* Asked only once there is a programme to ask about. */}
      <QueryState query={{ ...results, isPending: results.isPending && programmeId !== "" }} loadingText={t("common.loading")} errorText={errorText}>
        {(data) => data.respondents.map((r) => <RespondentResults key={r.respondentType} results={r} />)}
      </QueryState>
    </>
  );
}

/** One kind of respondent (companies or volunteer mentors): how many answered, and a table per question. */
function RespondentResults({ results: r }: { results: TRespondentResults }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card title={t(`companies.results.${r.respondentType}`)} headingLevel={2} variant="plain" className="results-type">
      <p>{t("companies.results.counts", { sent: r.sent, answered: r.answered })}</p>
      {r.answered === 0 ? (
        <p>{t("companies.results.none")}</p>
      ) : typeof r.answered === "string" ? (
        // "<5" (none or a few; the protected count does not say which): every answer would be "<5" too.
        <p>{t("companies.results.fewAnswered")}</p>
      ) : (
        r.instruments.flatMap((instrument) =>
          instrument.items.map((item) => {
            const occasion = r.distributions.find((d) => d.instrumentId === instrument.id && d.itemId === item.id)?.occasions[0];
            if (!occasion) return null;
            return (
              <DataTable
                key={`${instrument.id}/${item.id}`}
                caption={`${item.prompt[lang]} (${t("companies.results.n", { n: occasion.n })})`}
                captionVisible
                rows={occasion.cells}
                rowKey={(cell) => String(cell.value)}
                columns={[
                  { key: "option", header: t("companies.results.option"), rowHeader: true, cell: (cell: TCell) => optionLabel(item.options, cell.value, lang) },
                  { key: "count", header: t("companies.results.count"), align: "end", cell: (cell: TCell) => cell.count },
                  { key: "share", header: t("companies.results.share"), align: "end", cell: (cell: TCell) => percent(cell.share, lang) },
                ]}
              />
            );
          }),
        )
      )}
    </Card>
  );
}

function optionLabel(options: readonly { code: unknown; label: Record<Lang, string> }[], value: unknown, lang: Lang): string {
  return options.find((o) => o.code === value)?.label[lang] ?? String(value);
}
