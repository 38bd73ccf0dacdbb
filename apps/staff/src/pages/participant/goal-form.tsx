import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { GOAL_STATUSES, ZGoalForm, type TGoalForm } from "@skridt/validators";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { localized } from "./labels";
import { useFocusHeading } from "./use-focus-heading";
import { useLang } from "../../i18n/use-lang";
import { useRefreshWorkspace, type Goal, type ReviewList } from "./use-workspace";

/**
 * A sub-goal (delmål) as agreed at the meeting: what, what the participant does, what the
 * mentor does ("hvem gør hvad"), by when. New goals can be tied to the review they came from.
 */
export function GoalForm({
  participantId,
  list,
  goal,
  areaId,
  onDone,
  onCancel,
}: {
  participantId: string;
  list: ReviewList;
  goal?: Goal;
  areaId?: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshWorkspace();
  const create = useMutation(trpc.goal.create.mutationOptions());
  const update = useMutation(trpc.goal.update.mutationOptions());
  const latest = list.reviews.at(-1);
  const form = useForm<TGoalForm>({
    resolver: zodResolver(ZGoalForm),
    defaultValues: goal
      ? {
          areaId: goal.areaId,
          title: goal.title,
          actions: goal.actions,
          support: goal.support,
          dueOn: goal.dueOn ?? "",
          reviewId: goal.reviewId ?? "",
          status: goal.status,
        }
      : // A goal is usually agreed right after a review: link the latest one unless the mentor says otherwise.
        { areaId: areaId ?? list.plan.areaIds[0] ?? "", title: "", actions: "", support: "", dueOn: "", reviewId: latest?.id ?? "", status: "open" },
  });
  const { errors } = form.formState;
  const optional = t("common.optional");
  const mutation = goal ? update : create;

  useFocusHeading("goal-form-title");

  const onSubmit = form.handleSubmit(async (values) => {
    const dueOn = values.dueOn === "" ? null : values.dueOn;
    try {
      if (goal) {
        await update.mutateAsync({
          organisationId,
          goalId: goal.id,
          title: values.title,
          actions: values.actions,
          support: values.support,
          dueOn,
          status: values.status,
        });
      } else {
        await create.mutateAsync({
          organisationId,
          participantId,
          areaId: values.areaId,
          title: values.title,
          actions: values.actions,
          support: values.support,
          dueOn,
          reviewId: values.reviewId || null,
        });
      }
    } catch {
      return;
    }
    await refresh("goal");
    onDone(t(goal ? "goals.updated" : "goals.created", { title: values.title }));
  });

  return (
    <Card headingId="goal-form-title" title={goal ? t("goals.editTitle") : t("goals.newTitle")} headingLevel={3}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
        {goal ? null : (
          <div className="form-row">
            <FormField label={t("goals.area")} error={errors.areaId?.message}>
              {(field) => (
                <select {...field} {...form.register("areaId")} required>
                  {list.plan.areaIds.map((id) => (
                    <option key={id} value={id}>
                      {localized(list.model.areas.find((a) => a.id === id)?.label, lang) || id}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={
                <>
                  {t("goals.review")} <span className="hint">{optional}</span>
                </>
              }
              error={errors.reviewId?.message}
            >
              {(field) => (
                <select {...field} {...form.register("reviewId")}>
                  <option value="">{t("goals.noReview")}</option>
                  {[...list.reviews].reverse().map((review) => (
                    <option key={review.id} value={review.id}>
                      {t("charts.reviewOf", { date: formatDay(review.reviewedOn, lang) })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
        )}
        <FormField label={t("goals.what")} description={t("goals.whatHelp")} error={errors.title?.message}>
          {(field) => <input {...field} {...form.register("title")} required autoComplete="off" />}
        </FormField>
        <div className="form-row">
          <FormField
            label={
              <>
                {t("goals.actions")} <span className="hint">{optional}</span>
              </>
            }
            description={t("goals.actionsHelp")}
            error={errors.actions?.message}
          >
            {(field) => <textarea {...field} {...form.register("actions")} rows={3} />}
          </FormField>
          <FormField
            label={
              <>
                {t("goals.support")} <span className="hint">{optional}</span>
              </>
            }
            description={t("goals.supportHelp")}
            error={errors.support?.message}
          >
            {(field) => <textarea {...field} {...form.register("support")} rows={3} />}
          </FormField>
        </div>
        <FormField
          label={
            <>
              {t("goals.dueOn")} <span className="hint">{optional}</span>
            </>
          }
          error={errors.dueOn?.message}
        >
          {(field) => <input {...field} {...form.register("dueOn")} type="date" />}
        </FormField>
        {goal ? (
          <fieldset className="filters__scope">
            <legend>{t("goals.status")}</legend>
            {GOAL_STATUSES.map((status) => (
              <label key={status} className="ui-choice">
                <input type="radio" value={status} {...form.register("status")} />
                {t(`goals.status_${status}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {mutation.error ? (
          <Alert tone="error">
            <p>{t(`errors.${errorKey(mutation.error)}`)}</p>
          </Alert>
        ) : null}
        <div className="form-actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {goal ? t("goals.save") : t("goals.submit")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
