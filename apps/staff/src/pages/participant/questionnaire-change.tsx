import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { QuestionnaireFigure } from "./questionnaire-figure";

/**
 * Start vs end on the questionnaire scales. The survey list carries no scale ranges, so
 * this reads the progress report's start-to-end change (without identity).
 */
export function QuestionnaireChange({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const report = useQuery(trpc.caseload.progressReport.queryOptions({ organisationId, participantId, includeIdentity: false }, { staleTime: 60_000 }));
  return (
    <section aria-labelledby="questionnaire-change-title">
      <h2 id="questionnaire-change-title">{t("charts.questionnaireTitle")}</h2>
      <QueryError error={report.error} />
      {report.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {report.data ? <QuestionnaireFigure changes={report.data.questionnaireChange} /> : null}
    </section>
  );
}
