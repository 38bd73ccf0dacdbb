import { zodResolver } from "@hookform/resolvers/zod";
import { validateReview } from "@skridt/instruments/client";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorKey, reviewProblems, type ReviewProblem } from "../../errors";
import { today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { ReviewAreaFieldset } from "./review-area-fieldset";
import { asksParticipant, reviewFormSchema, scoresFromValues, valuesFromScores, type ReviewMode, type ReviewValues } from "./review-form-schema";
import { ReviewShareField } from "./review-share";
import { useFocusHeading } from "./use-focus-heading";
import { useRefreshWorkspace, type Review, type ReviewList } from "./use-workspace";

/**
 * Mentor and participant score each area together, on a tablet between them. The same
 * form makes a new review, edits one within its first 24 hours, and amends one later
 * (then with a reason, which the API keeps with the before and after).
 */
export function ReviewForm({
  participantId,
  list,
  mode,
  review,
  onDone,
  onCancel,
}: {
  participantId: string;
  list: ReviewList;
  mode: ReviewMode;
  review?: Review;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshWorkspace();
  const create = useMutation(trpc.review.create.mutationOptions());
  const update = useMutation(trpc.review.update.mutationOptions());
  const amend = useMutation(trpc.review.amend.mutationOptions());
  const [localProblems, setLocalProblems] = useState<ReviewProblem[]>([]);
  const [sharedWithParticipant, setShared] = useState(review?.sharedWithParticipant ?? false);
  const { model, plan } = list;
  const withParticipant = asksParticipant(model);

  const schema = useMemo(
    () =>
      reviewFormSchema(model, plan, mode, {
        chooseScore: t("review.chooseScore"),
        chooseParticipant: t("review.chooseParticipant"),
        nothingScored: t("review.nothingScored"),
      }),
    [model, plan, mode, t],
  );
  const form = useForm<ReviewValues>({
    resolver: zodResolver(schema),
    defaultValues: review ? valuesFromScores(plan, review.scores, review.reviewedOn, review.note) : valuesFromScores(plan, null, today(), ""),
  });
  const { errors } = form.formState;
  const areas = form.watch("areas");
  // "Score at least one area" belongs to the areas as a whole (the record's own message).
  const areasError = typeof errors.areas?.message === "string" ? errors.areas.message : undefined;

  useFocusHeading("review-form-title");

  const mutation = mode === "create" ? create : mode === "edit" ? update : amend;
  const problems = [...localProblems, ...reviewProblems(mutation.error)];
  const problemFor = (areaId: string) => {
    const found = problems.find((p) => p.areaId === areaId);
    return found ? t(`review.problem_${found.kind}`, { defaultValue: t("review.problem_invalid") }) : null;
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const scores = scoresFromValues(plan, values);
    // The shared rules the API applies too: a mismatch shows here before anything is sent.
    const checked = validateReview(model, plan, scores);
    setLocalProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    try {
      if (mode === "create")
        await create.mutateAsync({ organisationId, participantId, reviewedOn: values.reviewedOn, scores, note: values.note, sharedWithParticipant });
      else if (mode === "edit" && review)
        await update.mutateAsync({ organisationId, reviewId: review.id, reviewedOn: values.reviewedOn, scores, note: values.note, sharedWithParticipant });
      else if (review)
        await amend.mutateAsync({ organisationId, reviewId: review.id, scores, note: values.note, reason: values.reason, sharedWithParticipant });
    } catch {
      // The mutation's error is shown above the buttons.
      return;
    }
    await refresh("review");
    onDone(t(mode === "create" ? "review.created" : mode === "edit" ? "review.updated" : "review.amended"));
  });

  const title = mode === "create" ? t("review.newTitle") : mode === "edit" ? t("review.editTitle") : t("review.amendTitle");

  return (
    <Card className="review-form" headingId="review-form-title" title={title} headingLevel={3}>
      <p className="hint">{mode === "amend" ? t("review.amendIntro") : t("review.intro")}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
        {mode === "amend" ? (
          <FormField label={t("review.reason")} description={t("review.reasonHelp")} error={errors.reason?.message}>
            {(field) => <input {...field} {...form.register("reason")} required autoComplete="off" />}
          </FormField>
        ) : (
          <FormField label={t("review.reviewedOn")} error={errors.reviewedOn?.message}>
            {(field) => <input {...field} {...form.register("reviewedOn")} type="date" required />}
          </FormField>
        )}
        {areasError ? (
          <p className="ui-field__error" role="alert">
            {areasError}
          </p>
        ) : null}
        {plan.areaIds.map((areaId) => {
          const area = model.areas.find((a) => a.id === areaId);
          if (!area) return null;
          return (
            <ReviewAreaFieldset
              key={areaId}
              model={model}
              area={area}
              values={areas[areaId]}
              register={form.register}
              errors={errors}
              withParticipant={withParticipant}
              problem={problemFor(areaId)}
            />
          );
        })}
        <FormField
          label={
            <>
              {t("review.note")} <span className="hint">{t("common.optional")}</span>
            </>
          }
          error={errors.note?.message}
        >
          {(field) => <textarea {...field} {...form.register("note")} rows={3} />}
        </FormField>
        <ReviewShareField checked={sharedWithParticipant} onChange={setShared} />
        {mutation.error ? (
          <Alert tone="error">
            <p>{t(`errors.${errorKey(mutation.error)}`)}</p>
          </Alert>
        ) : null}
        {localProblems.length > 0 && problems.every((p) => !p.areaId) ? (
          <Alert tone="error">
            <p>{t("errors.review_invalid")}</p>
          </Alert>
        ) : null}
        <div className="form-actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {mode === "create" ? t("review.submitCreate") : mode === "edit" ? t("review.submitEdit") : t("review.submitAmend")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
