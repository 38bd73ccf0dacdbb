import { useDocumentTitle } from "@skridt/ui";
import { preloadQuestionForm, QuestionnaireFlow } from "@skridt/questionnaire";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Credential } from "../credential";
import { LinkProblemPage } from "./link-problem-page";
import { ThankYouPage } from "./thank-you-page";
import { useSurvey } from "./use-survey";
import { position } from "./position";

/** /a/<token> and the code route: load the questionnaire, then the flow, or a page saying why not. */
export function QuestionnairePage({ credential, navigate }: { credential: Credential; navigate: (to: string) => void }) {
  const { t } = useTranslation();
  const survey = useSurvey(credential);
  const { load } = survey;
  const positionStore = useMemo(() => position(credential), [credential]);
  // The form of number, text and date questions is fetched once the questionnaire shows (the
  // first question, a choice, never waits for it), when the phone is idle: before, it would
  // share a slow line with what the first question needs.
  const ready = load.status === "ready";
  useEffect(() => (ready ? whenIdle(preloadQuestionForm) : undefined), [ready]);
  // Recorded audio (when an instrument has it) goes into the offline cache, also once idle; the
  // code for it is a chunk of its own, so the first question never waits for it.
  const instruments = load.status === "ready" ? load.survey.instruments : null;
  useEffect(
    () =>
      instruments
        ? whenIdle(() => {
            void import("../offline/recorded-audio").then(({ cacheRecordedAudio, recordedAudioUrls }) =>
              cacheRecordedAudio(recordedAudioUrls(instruments, location.origin)),
            );
          })
        : undefined,
    [instruments],
  );
  const external = load.status === "ready" && load.survey.respondent !== "participant";
  useDocumentTitle(
    load.status === "ready"
      ? external
        ? t(`survey.external.${load.survey.respondent}.title`)
        : t(`survey.titles.${load.survey.occasion}`)
      : load.status === "problem"
        ? t(`link.${load.problem}.title`)
        : t("survey.loading"),
  );

  if (load.status === "loading") {
    return (
      <h1 tabIndex={-1} role="status" className="loading">
        {t("survey.loading")}
      </h1>
    );
  }
  if (load.status === "problem") {
    if (load.problem === "submitted" && load.occasion)
      return (
        <ThankYouPage
          occasion={load.occasion}
          credential={credential}
          title={t("link.submitted.title")}
          showChange={(load.respondent ?? "participant") === "participant"}
          expiresAt={load.expiresAt ?? null}
        />
      );
    return <LinkProblemPage problem={load.problem} onRetry={survey.retry} navigate={navigate} />;
  }
  if (survey.submitted)
    return <ThankYouPage occasion={load.survey.occasion} credential={credential} afterSubmit showChange={!external} expiresAt={survey.expiresAt} />;
  return (
    <QuestionnaireFlow
      survey={load.survey}
      position={positionStore}
      answers={survey.answers}
      onAnswer={survey.answer}
      status={survey.status}
      submit={survey.submit}
      startWithQuestion={!external}
    />
  );
}

/** Runs `task` when the browser has nothing else to do (soon after, where idle callbacks are missing); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
