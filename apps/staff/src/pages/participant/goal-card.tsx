import { Alert, Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { formatDay, today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useRefreshWorkspace, type Goal, type ReviewList } from "./use-workspace";
import { useLang } from "../../i18n/use-lang";

/** One sub-goal with who does what and by when; reaching or reopening it is one button. */
export function GoalCard({
  goal,
  list,
  onEdit,
  onChanged,
}: {
  goal: Goal;
  list: ReviewList;
  onEdit: (goal: Goal) => void;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshWorkspace();
  const update = useMutation(trpc.goal.update.mutationOptions());
  const titleId = `goal-${goal.id}-title`;
  const review = goal.reviewId ? list.reviews.find((r) => r.id === goal.reviewId) : undefined;
  const overdue = goal.status === "open" && goal.dueOn !== null && goal.dueOn < today();

  const setStatus = async (status: Goal["status"]) => {
    try {
      await update.mutateAsync({ organisationId, goalId: goal.id, title: goal.title, actions: goal.actions, support: goal.support, dueOn: goal.dueOn, status });
    } catch {
      return;
    }
    await refresh("goal");
    onChanged(t(`goals.changed_${status}`, { title: goal.title }));
  };

  return (
    <article className={`goal-card goal-card--${goal.status}`} aria-labelledby={titleId}>
      <div className="survey-card__heading">
        <h4 id={titleId}>{goal.title}</h4>
        <p className={`badge badge--goal-${goal.status}`}>{t(`goals.status_${goal.status}`)}</p>
      </div>
      <dl className="survey-card__facts">
        <div>
          <dt>{t("goals.actionsShort")}</dt>
          <dd>{goal.actions || t("common.dash")}</dd>
        </div>
        <div>
          <dt>{t("goals.supportShort")}</dt>
          <dd>{goal.support || t("common.dash")}</dd>
        </div>
        <div>
          <dt>{t("goals.dueOn")}</dt>
          <dd>
            {goal.dueOn ? formatDay(goal.dueOn, lang) : t("goals.noDue")}
            {overdue ? <strong className="overdue"> {t("goals.overdue")}</strong> : null}
          </dd>
        </div>
        {goal.closedOn ? (
          <div>
            <dt>{t("goals.closedOn")}</dt>
            <dd>{formatDay(goal.closedOn, lang)}</dd>
          </div>
        ) : null}
        {review ? (
          <div>
            <dt>{t("goals.review")}</dt>
            <dd>{t("charts.reviewOf", { date: formatDay(review.reviewedOn, lang) })}</dd>
          </div>
        ) : null}
      </dl>
      {update.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(update.error)}`)}</p>
        </Alert>
      ) : null}
      <div className="form-actions" role="group" aria-label={t("goals.actionsFor", { title: goal.title })}>
        {goal.status === "open" ? (
          <Button variant="secondary" busy={update.isPending} onClick={() => void setStatus("reached")}>
            {t("goals.markReached")}
          </Button>
        ) : (
          <Button variant="secondary" busy={update.isPending} onClick={() => void setStatus("open")}>
            {t("goals.reopen")}
          </Button>
        )}
        <Button variant="link" onClick={() => onEdit(goal)}>
          {t("goals.edit")}
        </Button>
      </div>
    </article>
  );
}
