import type { RouterOutputs } from "@skridt/api";
import { Alert, Button } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { asMode, asOccasion, type ClearLink, type Occasion } from "../../lib/survey-link";
import { useTRPC } from "../../trpc";
import { SurveyScores } from "./survey-scores";
import { entryPath } from "../survey-entry/entry-mode";
import { useLang } from "../../i18n/use-lang";

export type Survey = RouterOutputs["survey"]["listForParticipant"][number];

/** One survey: where it stands, how much is answered, its results, and what the mentor can do with it. */
export function SurveyCard({
  survey,
  participantId,
  onLink,
  onWithdrawn,
}: {
  survey: Survey;
  participantId: string;
  onLink: (link: ClearLink) => void;
  onWithdrawn: (occasion: Occasion) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const renew = useMutation(trpc.survey.renewLink.mutationOptions());
  const withdraw = useMutation(trpc.survey.withdraw.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const theNoun = t(`surveys.theNoun_${survey.occasion}`);
  const answered = survey.instruments.reduce((sum, instrument) => sum + instrument.answered, 0);
  // Submitted and withdrawn surveys are closed; an expired one can still get a new link.
  const changeable = survey.state === "open" || survey.state === "expired";
  const titleId = `survey-${survey.id}-title`;
  const lang = useLang();

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.survey.listForParticipant.pathKey() });

  const onRenew = async () => {
    try {
      const renewed = await renew.mutateAsync({ organisationId, surveyId: survey.id });
      onLink({ ...renewed, surveyId: survey.id, occasion: asOccasion(survey.occasion), mode: asMode(survey.mode) });
      await refresh();
    } catch {
      // renew.error is shown in the card.
    }
  };

  const onWithdraw = async () => {
    try {
      await withdraw.mutateAsync({ organisationId, surveyId: survey.id });
    } catch {
      return;
    }
    setConfirming(false);
    onWithdrawn(asOccasion(survey.occasion));
    await refresh();
  };

  const error = renew.error ?? withdraw.error;

  return (
    <article className={`survey-card survey-card--${survey.state}`} aria-labelledby={titleId}>
      <div className="survey-card__heading">
        <h3 id={titleId}>{t(`surveys.occasion_${survey.occasion}`)}</h3>
        <p className={`badge badge--${survey.state}`}>{t(`surveys.state_${survey.state}`)}</p>
      </div>
      <dl className="survey-card__facts">
        <div>
          <dt>{t("surveys.mode")}</dt>
          <dd>{t(`surveys.mode_${survey.mode}`)}</dd>
        </div>
        <div>
          <dt>{t("surveys.created")}</dt>
          <dd>{formatDay(survey.createdAt, lang)}</dd>
        </div>
        <div>
          <dt>{t("surveys.answers")}</dt>
          <dd>{t("surveys.answerCount", { count: answered })}</dd>
        </div>
        {survey.submittedAt ? (
          <div>
            <dt>{t("surveys.submitted")}</dt>
            <dd>{formatDay(survey.submittedAt, lang)}</dd>
          </div>
        ) : null}
        {survey.state === "open" ? (
          <div>
            <dt>{t("surveys.expires")}</dt>
            <dd>{formatDay(survey.expiresAt, lang)}</dd>
          </div>
        ) : null}
      </dl>
      {survey.state === "submitted" ? (
        <>
          <SurveyScores instruments={survey.instruments} />
          {/* Each questionnaire's answers can be read and corrected on their own page. */}
          <div className="survey-answers">
            <p className="survey-scores__title">{t("surveys.answersTitle")}</p>
            <ul>
              {survey.instruments.map((instrument) => (
                <li key={instrument.assessmentId}>
                  <Link to={`/participants/${participantId}/answers/${instrument.assessmentId}`}>
                    {t("surveys.seeAnswers", { instrument: instrument.title[lang] })}
                  </Link>
                  {instrument.corrected ? <span className="badge badge--corrected">{t("surveys.corrected")}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : (
        <p className="hint">
          {t("surveys.instruments")}: {survey.instruments.map((instrument) => instrument.title[lang]).join(", ")}
        </p>
      )}

      {error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(error)}`)}</p>
        </Alert>
      ) : null}

      {changeable ? (
        // The mentor fills it in here: beside the participant (or on the phone, if so planned), or from a paper form.
        <div className="form-actions survey-card__fill" role="group" aria-label={t("surveys.fillActions", { theNoun })}>
          <Link
            className="ui-button ui-button--primary"
            to={entryPath(participantId, survey.id, survey.mode === "phone" ? "phone" : "assisted")}
            aria-describedby={`${titleId}-fill-help`}
          >
            {t(survey.mode === "phone" ? "surveys.fillInPhone" : "surveys.fillIn")}
          </Link>
          <Link className="ui-button ui-button--secondary" to={entryPath(participantId, survey.id, "paper")}>
            {t("surveys.enterPaper")}
          </Link>
          <p className="hint survey-card__help" id={`${titleId}-fill-help`}>
            {t("surveys.fillInHelp")}
          </p>
        </div>
      ) : null}

      {changeable && !confirming ? (
        // The group's name says which survey the short button texts act on.
        <div className="form-actions" role="group" aria-label={t("surveys.actions", { theNoun })}>
          <Button variant="secondary" busy={renew.isPending} onClick={() => void onRenew()} aria-describedby={`${titleId}-renew-help`}>
            {t("surveys.renew")}
          </Button>
          <Button
            ref={withdrawRef}
            variant="danger"
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmRef.current?.focus());
            }}
          >
            {t("surveys.withdraw")}
          </Button>
          <p className="hint survey-card__help" id={`${titleId}-renew-help`}>
            {t("surveys.renewHelp")}
          </p>
        </div>
      ) : null}

      {changeable && confirming ? (
        // The confirm step replaces the buttons and takes focus, so it cannot be missed or clicked past.
        <div className="confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{t("surveys.confirmWithdraw", { theNoun })}</p>
          <div className="form-actions">
            <Button variant="danger" busy={withdraw.isPending} onClick={() => void onWithdraw()}>
              {t("surveys.confirmWithdrawYes")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                withdraw.reset();
                requestAnimationFrame(() => withdrawRef.current?.focus());
              }}
            >
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
