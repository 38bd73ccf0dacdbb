import { Button, Card, combineQueries, QueryState } from "@skridt/ui";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
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
  const order = { open: 0, reached: 1, dropped: 2 } as const;

  return (
    <Card
      title={t("goals.title")}
      headingLevel={2}
      variant="plain"
      actions={
        <>
          {/* A goal belongs to an area of the programme's model: the button waits for it. */}
          {reviews.data && !editing ? (
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
        </>
      }
    >
      {notice.element}
      <QueryState query={combineQueries({ goals, list: reviews })} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {({ goals: all, list }) => (
          <>
            {editing ? (
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
            {all.length === 0 ? <p>{t("goals.empty")}</p> : null}
            {list.plan.areaIds.map((areaId) => {
              const inArea = all.filter((goal) => goal.areaId === areaId).sort((a, b) => order[a.status] - order[b.status]);
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
        )}
      </QueryState>
    </Card>
  );
}
