import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, FormField, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang, type Lang } from "../../i18n/use-lang";

type Answers = RouterOutputs["survey"]["answers"];
type Item = Answers["definition"]["items"][number];

const REASON_MIN = 3;
const REASON_MAX = 500;

/** Set on navigation to the corrected version, so the page can say the correction was saved. */
interface CorrectedState {
  corrected?: boolean;
}

function itemPrompt(item: Item, lang: Lang): string {
  return item.stem ? `${item.stem[lang]} ${item.prompt[lang]}` : item.prompt[lang];
}

/** The API's answers_invalid problems, as the items they concern. */
function invalidItemIds(error: unknown): string[] {
  if (!(error instanceof TRPCClientError)) return [];
  const detail = (error.data as { detail?: unknown } | undefined)?.detail;
  if (!detail || typeof detail !== "object" || !("problems" in detail)) return [];
  const problems = (detail as { problems: unknown }).problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) => (p && typeof p === "object" && "itemId" in p && typeof p.itemId === "string" ? [p.itemId] : []));
}

/** A read-only answer in words: option labels rather than codes, dates and units as people write them. */
function answerText(item: Item, value: unknown, lang: Lang, notAnswered: string): string {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return notAnswered;
  switch (item.type) {
    case "single-choice":
      return item.options.find((o) => o.code === value)?.label[lang] ?? String(value);
    case "multiple-choice":
      return (Array.isArray(value) ? value : [value]).map((code) => item.options.find((o) => o.code === code)?.label[lang] ?? String(code)).join(", ");
    case "number":
      return item.unit ? `${String(value)} ${item.unit[lang]}` : String(value);
    case "date":
      return typeof value === "string" ? formatDay(value, lang) : String(value);
    case "text":
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/**
 * One submitted questionnaire's answers, for a mentor to read and correct (a misread paper
 * form, a wrong tap). Single-choice answers can be changed here; the original is kept and the
 * correction, with its reason, becomes a new version.
 */
export function AnswersPage() {
  const { participantId = "", assessmentId = "" } = useParams();
  // A new version (after saving) starts afresh from its own answers.
  return <AnswersView key={assessmentId} participantId={participantId} assessmentId={assessmentId} />;
}

function AnswersView({ participantId, assessmentId }: { participantId: string; assessmentId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const location = useLocation();
  const answers = useQuery(trpc.survey.answers.queryOptions({ organisationId, assessmentId }));
  const correct = useMutation(trpc.survey.correct.mutationOptions());
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const corrected = (location.state as CorrectedState | null)?.corrected === true;
  const title = answers.data ? t("answers.titleFor", { instrument: answers.data.definition.title[lang] }) : t("answers.title");
  useDocumentTitle(title);

  useEffect(() => {
    if (corrected) requestAnimationFrame(() => successRef.current?.focus());
  }, [corrected]);

  const data = answers.data;
  const editable = data?.status === "submitted";
  const items = data?.definition.items ?? [];
  const hasReadOnly = items.some((item) => item.type !== "single-choice");
  const current = (item: Item): unknown => (item.id in draft ? draft[item.id] : data?.answers[item.id]);
  const changes = Object.fromEntries(Object.entries(draft).filter(([itemId, value]) => data?.answers[itemId] !== value));
  const invalid = new Set(invalidItemIds(correct.error));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!data) return;
    const trimmed = reason.trim();
    const reasonProblem =
      trimmed.length === 0
        ? t("validation.required")
        : trimmed.length < REASON_MIN
          ? t("validation.tooShort", { count: REASON_MIN })
          : trimmed.length > REASON_MAX
            ? t("validation.tooLong", { count: REASON_MAX })
            : null;
    setReasonError(reasonProblem);
    const nothing = Object.keys(changes).length === 0;
    setFormError(nothing ? t("errors.nothing_changed") : null);
    if (nothing) {
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    if (reasonProblem) {
      reasonRef.current?.focus();
      return;
    }
    try {
      const result = await correct.mutateAsync({ organisationId, assessmentId: data.id, changes, reason: trimmed });
      await queryClient.invalidateQueries({ queryKey: trpc.survey.listForParticipant.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.survey.answers.pathKey() });
      const state: CorrectedState = { corrected: true };
      void navigate(`/participants/${participantId}/answers/${result.assessmentId}`, { replace: true, state });
    } catch {
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  return (
    <div className="answers-page">
      <p className="back-link">
        <Link to={`/participants/${participantId}?tab=surveys`}>{t("answers.back")}</Link>
      </p>
      <h1>{title}</h1>
      <QueryError error={answers.error} />
      {answers.isPending ? <p role="status">{t("common.loading")}</p> : null}

      {corrected ? (
        <Alert tone="success" ref={successRef}>
          <p>{t("answers.saved")}</p>
        </Alert>
      ) : null}

      {data ? (
        <>
          <dl className="survey-card__facts answers-page__facts">
            {data.submittedAt ? (
              <div>
                <dt>{data.mode === "correction" ? t("answers.correctedAt") : t("surveys.submitted")}</dt>
                <dd>{formatDay(data.submittedAt, lang)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("answers.version")}</dt>
              <dd>{data.mode === "correction" ? t("answers.versionCorrected") : t("answers.versionOriginal")}</dd>
            </div>
          </dl>
          {editable ? (
            <p>{hasReadOnly ? t("answers.introWithReadOnly") : t("answers.intro")}</p>
          ) : (
            <Alert tone="info">
              <p>{t("answers.notCurrent")}</p>
            </Alert>
          )}

          <form className="form answers-form" onSubmit={(event) => void onSubmit(event)} noValidate>
            {items.map((item) => {
              const prompt = itemPrompt(item, lang);
              if (item.type === "single-choice" && editable) {
                const changed = item.id in changes;
                const problemId = `answer-${item.id}-problem`;
                return (
                  <fieldset
                    key={item.id}
                    className={`choice-group answers-form__item${changed ? " answers-form__item--changed" : ""}`}
                    aria-describedby={invalid.has(item.id) ? problemId : undefined}
                  >
                    <legend>{prompt}</legend>
                    {invalid.has(item.id) ? (
                      <p className="ui-field__error" id={problemId}>
                        {t("answers.itemInvalid")}
                      </p>
                    ) : null}
                    {item.options.map((option) => (
                      <label key={option.code} className="ui-choice">
                        <input
                          type="radio"
                          name={`answer-${item.id}`}
                          value={option.code}
                          checked={current(item) === option.code}
                          onChange={() => setDraft((before) => ({ ...before, [item.id]: option.code }))}
                        />
                        {option.label[lang]}
                      </label>
                    ))}
                    {changed ? (
                      <p className="hint">
                        {t("answers.was", { answer: answerText(item, data.answers[item.id], lang, t("answers.notAnswered")) })}
                      </p>
                    ) : null}
                  </fieldset>
                );
              }
              return (
                <div key={item.id} className="answers-form__item answers-form__item--read-only">
                  <p className="answers-form__prompt">{prompt}</p>
                  <p className="answers-form__answer">{answerText(item, data.answers[item.id], lang, t("answers.notAnswered"))}</p>
                  {editable ? <p className="hint">{t("answers.readOnly")}</p> : null}
                </div>
              );
            })}

            {editable ? (
              <>
                <FormField label={t("answers.reason")} description={t("answers.reasonHelp")} error={reasonError ?? undefined} required>
                  {(control) => (
                    <textarea
                      {...control}
                      ref={reasonRef}
                      name="reason"
                      rows={3}
                      maxLength={REASON_MAX}
                      required
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                    />
                  )}
                </FormField>
                {formError || correct.error ? (
                  <Alert tone="error" ref={errorRef}>
                    <p>{formError ?? t(`errors.${errorKey(correct.error)}`)}</p>
                  </Alert>
                ) : null}
                <div className="form-actions">
                  <Button type="submit" busy={correct.isPending}>
                    {t("answers.save")}
                  </Button>
                  <Link className="ui-button ui-button--secondary" to={`/participants/${participantId}?tab=surveys`}>
                    {t("common.cancel")}
                  </Link>
                </div>
              </>
            ) : null}
          </form>
        </>
      ) : null}
    </div>
  );
}
