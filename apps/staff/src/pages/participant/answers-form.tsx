import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, FormField } from "@skridt/ui";
import { CHANGE_REASON_MAX, ZChangeReason } from "@skridt/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { z } from "zod";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang, type Lang } from "../../i18n/use-lang";

type Answers = RouterOutputs["survey"]["answers"];
type Item = Answers["definition"]["items"][number];

// The API's rule for why answers are corrected (kept in the audit trail with the change).
const ZCorrection = z.object({ reason: ZChangeReason });

/** Set on navigation to the corrected version, so the page can say the correction was saved. */
export interface CorrectedState {
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
 * The answers as a form: single-choice answers can be changed while this is the current
 * version, everything else is read; saving needs a change and a reason, and opens the new version.
 */
export function AnswersForm({ participantId, data }: { participantId: string; data: Answers }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const correct = useMutation(trpc.survey.correct.mutationOptions());
  const form = useForm<z.input<typeof ZCorrection>, unknown, z.output<typeof ZCorrection>>({
    resolver: zodResolver(ZCorrection),
    defaultValues: { reason: "" },
    // Focus goes to the "nothing changed" message first when there is one (see onSubmit).
    shouldFocusError: false,
  });
  const [draft, setDraft] = useState<Record<string, number>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const editable = data.status === "submitted";
  const current = (item: Item): unknown => (item.id in draft ? draft[item.id] : data.answers[item.id]);
  const changes = Object.fromEntries(Object.entries(draft).filter(([itemId, value]) => data.answers[itemId] !== value));
  const invalid = new Set(invalidItemIds(correct.error));
  const focusError = () => requestAnimationFrame(() => errorRef.current?.focus());

  const save = async (reason: string) => {
    try {
      const result = await correct.mutateAsync({ organisationId, assessmentId: data.id, changes, reason });
      await queryClient.invalidateQueries({ queryKey: trpc.survey.listForParticipant.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.survey.answers.pathKey() });
      const state: CorrectedState = { corrected: true };
      void navigate(`/participants/${participantId}/answers/${result.assessmentId}`, { replace: true, state });
    } catch {
      focusError();
    }
  };

  // Both checks run on every press, so the mentor sees everything that is missing at once.
  const onSubmit = (event: FormEvent) => {
    const nothing = Object.keys(changes).length === 0;
    setFormError(nothing ? t("errors.nothing_changed") : null);
    return form.handleSubmit(
      (values) => (nothing ? focusError() : save(values.reason)),
      () => (nothing ? focusError() : form.setFocus("reason")),
    )(event);
  };

  return (
    <form className="form answers-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {data.definition.items.map((item) => {
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
              {changed ? <p className="hint">{t("answers.was", { answer: answerText(item, data.answers[item.id], lang, t("answers.notAnswered")) })}</p> : null}
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
          <FormField label={t("answers.reason")} description={t("answers.reasonHelp")} error={form.formState.errors.reason?.message} required>
            {(control) => <textarea {...control} {...form.register("reason")} rows={3} maxLength={CHANGE_REASON_MAX} required />}
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
  );
}
