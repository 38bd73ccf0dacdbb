import { useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { QueryError } from "../../../../shell/query-error";
import { useOrganisationId } from "../../../../shell/session-context";
import { useTRPC } from "../../../../trpc";
import { QuestionnaireBuilder } from "./questionnaire-builder";

/** programmes/:programmeId/instruments/new: an administrator builds the programme's own questionnaire in a form. */
export function QuestionnaireBuilderPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { programmeId = "" } = useParams();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const name = programmes.data?.find((p) => p.id === programmeId)?.name ?? "";
  const title = name ? t("questionnaireBuilder.titleFor", { name }) : t("questionnaireBuilder.title");
  useDocumentTitle(title);

  return (
    <>
      <p className="back-link">
        <Link to={`/programmes/${programmeId}/plan`}>{t("questionnaireBuilder.back")}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("questionnaireBuilder.intro")}</p>
      <QueryError error={programmes.error} />
      {/* Keyed by programme: another programme starts an empty form. */}
      <QuestionnaireBuilder key={programmeId} programmeId={programmeId} />
    </>
  );
}
