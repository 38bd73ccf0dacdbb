import { useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "./companies.css";
import { useLang } from "../../i18n/use-lang";

const percent = (share: number | string | null, lang: string) =>
  typeof share === "number" ? new Intl.NumberFormat(lang === "en" ? "en-GB" : "da-DK", { style: "percent", maximumFractionDigits: 0 }).format(share) : (share ?? "–");

/** The evaluator's view of employers' and volunteer mentors' answers: per item, with n, small cells hidden. */
export function ResultsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const [programmeId, setProgrammeId] = useState("");
  const firstProgramme = programmes.data?.[0]?.id;
  useEffect(() => {
    if (!programmeId && firstProgramme) setProgrammeId(firstProgramme);
  }, [programmeId, firstProgramme]);
  const results = useQuery({ ...trpc.externalSurvey.results.queryOptions({ organisationId, programmeId }), enabled: programmeId !== "" });
  const selectId = useId();
  const lang = useLang();
  useDocumentTitle(t("companies.results.title"));

  return (
    <>
      <p className="back-link">
        <Link to="/companies">{t("companies.title")}</Link>
      </p>
      <h1>{t("companies.results.title")}</h1>
      <p>{t("companies.results.intro")}</p>
      <QueryError error={programmes.error ?? results.error} />
      {programmes.data && programmes.data.length > 1 ? (
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={selectId}>
            {t("companies.results.programme")}
          </label>
          <select id={selectId} value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
            {programmes.data.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {results.isPending && programmeId ? <p role="status">{t("common.loading")}</p> : null}
      {results.data?.respondents.map((r) => (
        <section key={r.respondentType} className="results-type" aria-labelledby={`results-${r.respondentType}`}>
          <h2 id={`results-${r.respondentType}`}>{t(`companies.results.${r.respondentType}`)}</h2>
          <p>{t("companies.results.counts", { sent: r.sent, answered: r.answered })}</p>
          {r.answered === 0 ? <p>{t("companies.results.none")}</p> : null}
          {r.answered !== 0
            ? r.instruments.flatMap((instrument) =>
                instrument.items.map((item) => {
                  const distribution = r.distributions.find((d) => d.instrumentId === instrument.id && d.itemId === item.id);
                  const occasion = distribution?.occasions[0];
                  if (!occasion) return null;
                  const caption = `${item.prompt[lang]} (${t("companies.results.n", { n: occasion.n })})`;
                  return (
                    <div key={`${instrument.id}/${item.id}`} className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
                      <table className="table">
                        <caption>{caption}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t("companies.results.option")}</th>
                            <th scope="col" className="numeric">{t("companies.results.count")}</th>
                            <th scope="col" className="numeric">{t("companies.results.share")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {occasion.cells.map((cell) => (
                            <tr key={String(cell.value)}>
                              <th scope="row">{item.options.find((o) => o.code === cell.value)?.label[lang] ?? String(cell.value)}</th>
                              <td className="numeric">{cell.count}</td>
                              <td className="numeric">{percent(cell.share, lang)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  );
                }),
              )
            : null}
        </section>
      ))}
    </>
  );
}
