import "@skridt/questionnaire/styles.css";
import "./entry.css";
import "./questionnaire-texts";
import type { TEntryMode } from "@skridt/validators";
import { preloadQuestionForm, QuestionnaireFlow, sessionPosition } from "@skridt/questionnaire";
import { useDocumentTitle } from "@skridt/ui";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { NotFoundPage } from "../../shell/not-found-page";
import { EntryContext } from "./entry-context";
import { asEntryMode } from "./entry-mode";
import { EntryProblem } from "./entry-problem";
import { PaperEntry } from "./paper-entry";
import { useAfterSubmit } from "./use-after-submit";
import { useEntrySurvey } from "./use-entry-survey";

/**
 * /participants/:participantId/surveys/:surveyId/fill/:mode: a mentor fills in the
 * participant's questionnaire here. Beside the participant or on the phone it is the
 * participant app's own flow, one question per screen; a paper form is typed in on one page.
 */
export function FillInPage() {
  const { participantId = "", surveyId = "", mode: modeParam } = useParams();
  const mode = asEntryMode(modeParam);
  if (!mode) return <NotFoundPage />;
  return <FillIn key={`${surveyId}-${mode}`} participantId={participantId} surveyId={surveyId} mode={mode} />;
}

function FillIn({ participantId, surveyId, mode }: { participantId: string; surveyId: string; mode: TEntryMode }) {
  const { t } = useTranslation();
  const survey = useEntrySurvey(surveyId, mode);
  const { load } = survey;
  const position = useMemo(() => sessionPosition(`skridt.staff-entry.position.${surveyId}`), [surveyId]);
  useEffect(preloadQuestionForm, []);
  useAfterSubmit(survey.submitted, participantId, load.status === "ready" ? load.survey.occasion : null);
  useDocumentTitle(
    load.status === "ready"
      ? `${t(`entry.mode_${mode}`)} – ${t(`surveys.occasion_${load.survey.occasion}`)}`
      : load.status === "problem"
        ? t("entry.problemTitle")
        : t("entry.loading"),
  );

  let content;
  if (load.status === "loading") {
    content = (
      <h1 tabIndex={-1} role="status">
        {t("entry.loading")}
      </h1>
    );
  } else if (load.status === "problem") {
    content = <EntryProblem problem={load.problem} participantId={participantId} onRetry={survey.retry} />;
  } else if (mode === "paper") {
    content = <PaperEntry survey={load.survey} answers={survey.answers} onAnswer={survey.answer} status={survey.status} submit={survey.submit} />;
  } else {
    content = (
      <>
        <p className="hint entry-help">{t("entry.assistedHelp")}</p>
        <QuestionnaireFlow
          survey={load.survey}
          position={position}
          answers={survey.answers}
          onAnswer={survey.answer}
          status={survey.status}
          submit={survey.submit}
        />
      </>
    );
  }

  return (
    <>
      <EntryContext participantId={participantId} mode={mode} />
      <div className={mode === "paper" ? "entry entry--paper" : "entry"}>{content}</div>
    </>
  );
}
