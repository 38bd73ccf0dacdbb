import { useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDay } from "../format";
import { QueryError } from "../shell/query-error";
import { ParticipantSurveys } from "./participant-surveys";
import { useParticipant } from "./use-participant";

/** One participant for their mentor: who they are, and their questionnaires. */
export function ParticipantPage() {
  const { t, i18n } = useTranslation();
  const { participantId = "" } = useParams();
  const { participant, isPending, error } = useParticipant(participantId);
  useDocumentTitle(participant ? (participant.name ?? participant.code) : t("participant.facts"));

  return (
    <>
      <p className="back-link">
        <Link to="/participants">{t("participant.back")}</Link>
      </p>
      <QueryError error={error} />
      {isPending ? <p role="status">{t("common.loading")}</p> : null}
      {!isPending && !error && !participant ? (
        <>
          <h1>{t("participant.facts")}</h1>
          <p role="alert">{t("participant.notFound")}</p>
        </>
      ) : null}
      {participant ? (
        <>
          <h1>{participant.name ?? participant.code}</h1>
          <dl className="facts facts--text">
            <div>
              <dt>{t("participant.code")}</dt>
              <dd className="code">{participant.code}</dd>
            </div>
            <div>
              <dt>{t("participant.programme")}</dt>
              <dd>
                {participant.programme.name}
                <Link className="cell-note" to={`/programmes/${participant.programme.id}/plan`}>
                  {t("participant.seePlan")}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t("participant.enrolled")}</dt>
              <dd>{formatDay(participant.enrolledOn, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t("participant.mentor")}</dt>
              <dd>{participant.mentor?.name ?? t("participants.noMentor")}</dd>
            </div>
            <div>
              <dt>{t("participant.status")}</dt>
              <dd>{participant.endedOn ? t("participants.ended", { date: formatDay(participant.endedOn, i18n.language) }) : t("participants.active")}</dd>
            </div>
          </dl>
          <ParticipantSurveys participantId={participant.id} programmeId={participant.programme.id} />
        </>
      ) : null}
    </>
  );
}
