import { Button } from "@skridt/ui";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryError } from "../../shell/query-error";
import { GoalCard } from "./goal-card";
import { GoalForm } from "./goal-form";
import { localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useGoals, useReviews, type Goal } from "./use-workspace";
import { useSuccessNotice } from "../../shell/use-success-notice";

type Editing = { goal?: Goal; areaId?: string } | null;

/** Sub-goals per progression area, open ones first, with the printable action plan one click away. */
export function GoalsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const goals = useGoals(participantId);
  const reviews = useReviews(participantId);
  const [editing, setEditing] = useState<Editing>(null);
  const notice = useSuccessNotice();
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const list = reviews.data;

  const order = { open: 0, reached: 1, dropped: 2 } as const;

  return (
    <section aria-labelledby="goals-title">
      <div className="section-heading">
        <h2 id="goals-title">{t("goals.title")}</h2>
        <div className="form-actions">
          {list && !editing ? (
            <Button
              ref={newButtonRef}
              onClick={() => {
                notice.clear();
                setEditing({});
              }}
            >
              {t("goals.new")}
            </Button>
          ) : null}
          <Link className="ui-button ui-button--secondary" to={`/participants/${participantId}/action-plan`}>
            {t("actionPlan.open")}
          </Link>
        </div>
      </div>
      <QueryError error={goals.error ?? reviews.error} />
      {goals.isPending || reviews.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {notice.element}
      {list && editing ? (
        <GoalForm
          key={editing.goal?.id ?? "new"}
          participantId={participantId}
          list={list}
          {...(editing.goal ? { goal: editing.goal } : {})}
          {...(editing.areaId ? { areaId: editing.areaId } : {})}
          onCancel={() => {
            setEditing(null);
            requestAnimationFrame(() => newButtonRef.current?.focus());
          }}
          onDone={(message) => {
            setEditing(null);
            notice.show(message);
          }}
        />
      ) : null}
      {goals.data && list ? (
        <>
          {goals.data.length === 0 ? <p>{t("goals.empty")}</p> : null}
          {list.plan.areaIds.map((areaId) => {
            const inArea = goals.data.filter((goal) => goal.areaId === areaId).sort((a, b) => order[a.status] - order[b.status]);
            if (inArea.length === 0) return null;
            const label = localized(list.model.areas.find((a) => a.id === areaId)?.label, lang) || areaId;
            return (
              <section key={areaId} aria-labelledby={`goals-${areaId}`}>
                <h3 id={`goals-${areaId}`}>{label}</h3>
                <ul className="survey-list">
                  {inArea.map((goal) => (
                    <li key={goal.id}>
                      <GoalCard
                        goal={goal}
                        list={list}
                        onEdit={(g) => {
                          notice.clear();
                          setEditing({ goal: g });
                          window.scrollTo({ top: 0 });
                        }}
                        onChanged={notice.show}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}
    </section>
  );
}
