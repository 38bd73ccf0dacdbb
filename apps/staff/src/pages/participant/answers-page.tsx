import { Alert, QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";
import { AnswersForm, type CorrectedState } from "./answers-form";

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
  const organisationId = useOrganisationId();
  const location = useLocation();
  const answers = useQuery(trpc.survey.answers.queryOptions({ organisationId, assessmentId }));
  const successRef = useRef<HTMLDivElement>(null);
  const corrected = (location.state as CorrectedState | null)?.corrected === true;
  const title = answers.data ? t("answers.titleFor", { instrument: answers.data.definition.title[lang] }) : t("answers.title");
  useDocumentTitle(title);

  useEffect(() => {
    if (corrected) requestAnimationFrame(() => successRef.current?.focus());
  }, [corrected]);

  return (
    <div className="answers-page">
      <p className="back-link">
        <Link to={`/participants/${participantId}?tab=surveys`}>{t("answers.back")}</Link>
      </p>
      <h1>{title}</h1>
      {corrected ? (
        <Alert tone="success" ref={successRef}>
          <p>{t("answers.saved")}</p>
        </Alert>
      ) : null}
      <QueryState query={answers} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(data) => (
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
            {data.status === "submitted" ? (
              <p>{data.definition.items.some((item) => item.type !== "single-choice") ? t("answers.introWithReadOnly") : t("answers.intro")}</p>
            ) : (
              <Alert tone="info">
                <p>{t("answers.notCurrent")}</p>
              </Alert>
            )}
            <AnswersForm participantId={participantId} data={data} />
          </>
        )}
      </QueryState>
    </div>
  );
}
