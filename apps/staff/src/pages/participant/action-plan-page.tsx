import { combineQueries, QueryState, useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDay, today } from "../../lib/format";
import { errorKey } from "../../errors";
import { PrintButton } from "./print-button";
import { localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useGoals, useParticipantDetails, useReviews, type Goal } from "./use-workspace";

/** What the plan lists: the open sub-goals, soonest first, those without a date last. */
function openGoals(goals: readonly Goal[]): Goal[] {
  return goals.filter((goal) => goal.status === "open").sort((a, b) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
}

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
  const mentor = participant.data?.mentor?.name ?? null;

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
      {/* The sheet is printed whole: it waits for the goals, the areas' names and the mentor's. */}
      <QueryState
        query={combineQueries({ participant, goals, reviews })}
        loadingText={t("common.loading")}
        errorText={(error) => t(`errors.${errorKey(error)}`)}
        isEmpty={(data) => openGoals(data.goals).length === 0}
        empty={t("actionPlan.empty")}
      >
        {(data) => (
          <ol className="action-plan__goals">
            {openGoals(data.goals).map((goal) => {
              const area = localized(data.reviews.model.areas.find((a) => a.id === goal.areaId)?.label, lang);
              return (
                <li key={goal.id} className="action-plan__goal">
                  <h2>{goal.title}</h2>
                  {area ? <p className="hint">{t("actionPlan.area", { area })}</p> : null}
                  <dl>
                    <dt>{t("actionPlan.iDo")}</dt>
                    <dd>{goal.actions || t("actionPlan.notAgreed")}</dd>
                    <dt>{mentor ? t("actionPlan.mentorDoes", { name: mentor }) : t("actionPlan.yourMentorDoes")}</dt>
                    <dd>{goal.support || t("actionPlan.notAgreed")}</dd>
                    <dt>{t("actionPlan.when")}</dt>
                    <dd>{goal.dueOn ? formatDay(goal.dueOn, lang) : t("actionPlan.noDate")}</dd>
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
      {mentor ? <p className="action-plan__footer">{t("actionPlan.footer", { name: mentor })}</p> : null}
    </div>
  );
}
