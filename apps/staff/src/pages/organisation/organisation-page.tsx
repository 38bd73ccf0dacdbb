import { useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { RenameOrganisationForm } from "./rename-organisation-form";
import { useLang } from "../../i18n/use-lang";

export function OrganisationPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const organisation = useQuery(trpc.organisation.get.queryOptions({ organisationId }));
  useDocumentTitle(t("organisation.title"));

  return (
    <>
      <h1>{organisation.data?.name ?? t("organisation.title")}</h1>
      <QueryError error={organisation.error} />
      {organisation.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {organisation.data ? (
        <>
          <h2>{t("organisation.facts")}</h2>
          <dl className="facts">
            <div>
              <dt>{t("organisation.kind")}</dt>
              <dd>{organisation.data.kind}</dd>
            </div>
            <div>
              <dt>{t("organisation.staff")}</dt>
              <dd>{organisation.data.staff}</dd>
            </div>
            <div>
              <dt>{t("organisation.participants")}</dt>
              <dd>{organisation.data.participants}</dd>
            </div>
            <div>
              <dt>{t("organisation.programmes")}</dt>
              <dd>{organisation.data.programmes}</dd>
            </div>
            <div>
              <dt>{t("organisation.created")}</dt>
              <dd>{formatDay(String(organisation.data.createdAt), lang)}</dd>
            </div>
          </dl>
          <RenameOrganisationForm key={organisation.data.id} currentName={organisation.data.name} />
        </>
      ) : null}
    </>
  );
}
