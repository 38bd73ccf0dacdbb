import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
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
      <QueryState query={organisation} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <h2>{t("organisation.facts")}</h2>
            <dl className="facts">
              <div>
                <dt>{t("organisation.kind")}</dt>
                {/* An unknown kind shows as stored rather than as a text key. */}
                <dd>{t(`organisation.kind_${data.kind}`, { defaultValue: data.kind })}</dd>
              </div>
              <div>
                <dt>{t("organisation.staff")}</dt>
                <dd>{data.staff}</dd>
              </div>
              <div>
                <dt>{t("organisation.participants")}</dt>
                <dd>{data.participants}</dd>
              </div>
              <div>
                <dt>{t("organisation.programmes")}</dt>
                <dd>{data.programmes}</dd>
              </div>
              <div>
                <dt>{t("organisation.created")}</dt>
                <dd>{formatDay(String(data.createdAt), lang)}</dd>
              </div>
            </dl>
            <RenameOrganisationForm key={data.id} currentName={data.name} />
          </>
        )}
      </QueryState>
    </>
  );
}
