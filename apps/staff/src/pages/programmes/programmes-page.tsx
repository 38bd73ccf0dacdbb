import { useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CreateProgrammeForm } from "./create-programme-form";

/** Programmes with participant counts; evaluators read, administrators also create. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  useDocumentTitle(t("programmes.title"));

  return (
    <>
      <h1>{t("programmes.title")}</h1>
      <QueryError error={programmes.error} />
      {programmes.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {programmes.data?.length === 0 ? <p>{t("programmes.empty")}</p> : null}
      {programmes.data && programmes.data.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t("programmes.caption")} tabIndex={0}>
          <table className="table">
            <caption className="ui-visually-hidden">{t("programmes.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("programmes.name")}</th>
                <th scope="col">{t("programmes.reviewInterval")}</th>
                <th scope="col" className="numeric">
                  {t("programmes.participants")}
                </th>
                <th scope="col" className="numeric">
                  {t("programmes.active")}
                </th>
                <th scope="col">{t("plan.link")}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/programmes/${p.id}/evaluation`} aria-label={t("evaluation.openFor", { name: p.name })}>
                      {p.name}
                    </Link>
                    {p.description ? <span className="cell-note">{p.description}</span> : null}
                  </th>
                  <td>{t("programmes.reviewEvery", { count: p.reviewIntervalDays })}</td>
                  <td className="numeric">{p.participants}</td>
                  <td className="numeric">{p.active}</td>
                  <td>
                    <Link to={`/programmes/${p.id}/plan`} aria-label={t("plan.linkFor", { name: p.name })}>
                      {t("plan.link")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {roles.includes("admin") ? <CreateProgrammeForm /> : null}
    </>
  );
}
