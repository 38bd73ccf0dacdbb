import { Card, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
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
    <Card title={t("charts.questionnaireTitle")} headingLevel={2} variant="plain">
      <QueryState query={report} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(data) => <QuestionnaireFigure changes={data.questionnaireChange} />}
      </QueryState>
    </Card>
  );
}
