import { useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDay, today } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { PrintButton } from "./print-button";
import { localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useGoals, useParticipantDetails, useReviews } from "./use-workspace";

/**
 * The action plan (indsatsplan) the participant takes home: the open sub-goals, each with
 * what they do, what the mentor does and by when, in plain words and large type on paper.
 */
export function ActionPlanPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { participantId = "" } = useParams();
  const participant = useParticipantDetails(participantId);
  const goals = useGoals(participantId);
  const reviews = useReviews(participantId);
  useDocumentTitle(t("actionPlan.title"));
  const open = (goals.data ?? []).filter((goal) => goal.status === "open").sort((a, b) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
  const mentor = participant.data?.mentor?.name ?? null;
  const areaLabel = (areaId: string) => localized(reviews.data?.model.areas.find((a) => a.id === areaId)?.label, lang);

  return (
    <div className="print-page action-plan">
      <p className="back-link no-print">
        <Link to={`/participants/${participantId}?tab=goals`}>{t("actionPlan.back")}</Link>
      </p>
      <h1>{participant.data?.name ? t("actionPlan.titleFor", { name: participant.data.name }) : t("actionPlan.title")}</h1>
      <p>{t("actionPlan.intro", { date: formatDay(today(), lang) })}</p>
      <div className="no-print form-actions">
        <PrintButton />
      </div>
      <QueryError error={participant.error ?? goals.error ?? reviews.error} />
      {goals.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {goals.data && open.length === 0 ? <p>{t("actionPlan.empty")}</p> : null}
      <ol className="action-plan__goals">
        {open.map((goal) => (
          <li key={goal.id} className="action-plan__goal">
            <h2>{goal.title}</h2>
            {areaLabel(goal.areaId) ? <p className="hint">{t("actionPlan.area", { area: areaLabel(goal.areaId) })}</p> : null}
            <dl>
              <dt>{t("actionPlan.iDo")}</dt>
              <dd>{goal.actions || t("actionPlan.notAgreed")}</dd>
              <dt>{mentor ? t("actionPlan.mentorDoes", { name: mentor }) : t("actionPlan.yourMentorDoes")}</dt>
              <dd>{goal.support || t("actionPlan.notAgreed")}</dd>
              <dt>{t("actionPlan.when")}</dt>
              <dd>{goal.dueOn ? formatDay(goal.dueOn, lang) : t("actionPlan.noDate")}</dd>
            </dl>
          </li>
        ))}
      </ol>
      {mentor ? <p className="action-plan__footer">{t("actionPlan.footer", { name: mentor })}</p> : null}
    </div>
  );
}
