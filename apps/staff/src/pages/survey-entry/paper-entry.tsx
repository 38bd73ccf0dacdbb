import { zodResolver } from "@hookform/resolvers/zod";
import type { TAnswerValue } from "@skridt/instruments/client";
import {
  missingAnswers,
  questionAnchor,
  SaveStatus,
  useLocalized,
  type LoadedSurvey,
  type OutboxStatus,
  type SubmitResult,
  type SurveyAnswers,
} from "@skridt/questionnaire";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { today } from "../../lib/format";
import { PaperQuestions } from "./paper-questions";

type Missing = { instrumentId: string; itemId: string }[];
type SendState = "idle" | "sending" | "offline" | "failed";

/**
 * A paper form typed in on one page: every question of the questionnaire (compact: questions
 * on one response scale as a grid, each answer saved as it is typed; PaperQuestions), then the
 * day the form was filled in and one button that sends it. Missing answers are listed with
 * links to them.
 */
export function PaperEntry({
  survey,
  answers,
  onAnswer,
  status,
  submit,
}: {
  survey: LoadedSurvey;
  answers: SurveyAnswers;
  onAnswer: (instrumentId: string, itemId: string, value: TAnswerValue | null) => void;
  status: OutboxStatus;
  submit: (filledOn?: string) => Promise<SubmitResult>;
}) {
  const { t } = useTranslation();
  const text = useLocalized();
  const [missing, setMissing] = useState<Missing>([]);
  const [send, setSend] = useState<SendState>("idle");
  const missingRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () =>
      z.object({
        // Empty means today: most forms are typed in the day they are filled in.
        filledOn: z.union([z.literal(""), z.iso.date().refine((day) => day <= today(), { message: t("entry.filledOnFuture") })]),
      }),
    [t],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { filledOn: "" } });

  const showMissing = (list: Missing) => {
    setMissing(list);
    requestAnimationFrame(() => missingRef.current?.focus());
  };

  const onSubmit = form.handleSubmit(async ({ filledOn }) => {
    const open = missingAnswers(survey.instruments, answers);
    if (open.length > 0) return showMissing(open);
    setMissing([]);
    setSend("sending");
    const result = await submit(filledOn || undefined);
    if (result.ok) return;
    if (result.reason === "incomplete") {
      setSend("idle");
      return showMissing(result.missing);
    }
    setSend(result.reason === "offline" ? "offline" : "failed");
  });

  const goTo = (instrumentId: string, itemId: string) => {
    const target = document.getElementById(questionAnchor(instrumentId, itemId));
    target?.scrollIntoView({ block: "center" });
    target?.focus();
  };

  const promptOf = (instrumentId: string, itemId: string) => {
    const instrument = survey.instruments.find((i) => i.id === instrumentId);
    const item = instrument?.items.find((i) => i.id === itemId);
    return instrument && item ? `${text(instrument.title)}: ${text(item.prompt)}` : itemId;
  };

  const message = send === "sending" ? t("entry.sending") : send === "offline" ? t("entry.offline") : send === "failed" ? t("entry.failed") : "";

  return (
    <PaperQuestions instruments={survey.instruments} answers={answers} onAnswer={onAnswer}>
      <SaveStatus status={status} />
      <form className="panel form paper-submit" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="paper-submit-title">
        <h2 id="paper-submit-title" tabIndex={-1}>
          {t("entry.submitTitle")}
        </h2>
        {missing.length > 0 ? (
          <Alert tone="error" ref={missingRef}>
            <p>{t("entry.missingTitle", { count: missing.length })}</p>
            <ul>
              {missing.map(({ instrumentId, itemId }) => (
                <li key={`${instrumentId}-${itemId}`}>
                  <a
                    href={`#${questionAnchor(instrumentId, itemId)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      goTo(instrumentId, itemId);
                    }}
                  >
                    {promptOf(instrumentId, itemId)}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <FormField label={t("entry.filledOn")} description={t("entry.filledOnHelp")} error={form.formState.errors.filledOn?.message}>
          {(field) => <input {...field} {...form.register("filledOn")} type="date" max={today()} />}
        </FormField>
        <p role="status" className="send-status">
          {message}
        </p>
        <div className="form-actions">
          <Button type="submit" busy={send === "sending"}>
            {t("entry.submitPaper")}
          </Button>
        </div>
      </form>
    </PaperQuestions>
  );
}
