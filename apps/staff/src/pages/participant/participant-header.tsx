import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay, today, daysFrom } from "../../lib/format";
import { statusLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useMediaQuery } from "./use-media-query";
import { useStatusEvents, type Participant } from "./use-workspace";
import { endReasonLabel } from "./end-reason";
import { useParticipationControls } from "./participation-controls";

/** Phone width (the stylesheets' 40rem): the facts fold away so the tabs are near the top. */
const PHONE = "(max-width: 40rem)";

/** Who the participant is and where they stand: the facts a mentor checks before a meeting. */
export function ParticipantHeader({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useStatusEvents(participant.id);
  const current = status.data?.current ?? null;
  const until = participant.endedOn ?? today();
  // Counting both the first and the last day, as the status periods do.
  const days = Math.max(0, daysFrom(participant.enrolledOn, until) + 1);
  const phone = useMediaQuery(PHONE);
  const controls = useParticipationControls(participant);
  const reason = endReasonLabel(participant.endReason, lang);
  const statusText = status.isPending ? t("common.loading") : current ? statusLabel(current.status, lang) : t("status.none");

  const facts = (
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
        <dt>{t("workspace.daysInProgramme")}</dt>
        <dd>
          {t("workspace.days", { count: days })}
          <span className="cell-note">
            {participant.endedOn
              ? t("workspace.enrolledUntil", { from: formatDay(participant.enrolledOn, lang), to: formatDay(participant.endedOn, lang) })
              : t("workspace.enrolledSince", { date: formatDay(participant.enrolledOn, lang) })}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t("workspace.currentStatus")}</dt>
        <dd>
          {statusText}
          {current ? (
            <span className="cell-note">
              {current.inProcess ? `${t("status.inProcessShort")} · ` : ""}
              {current.hoursPerWeek !== null ? `${t("status.hours", { count: current.hoursPerWeek })} · ` : ""}
              {t("status.since", { date: formatDay(current.from, lang) })}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t("participant.mentor")}</dt>
        <dd>{participant.mentor?.name ?? t("participants.noMentor")}</dd>
      </div>
      {participant.endedOn ? (
        <div>
          <dt>{t("participant.status")}</dt>
          <dd>
            {reason
              ? t("lifecycle.endedWithReason", { date: formatDay(participant.endedOn, lang), reason })
              : t("participants.ended", { date: formatDay(participant.endedOn, lang) })}
          </dd>
        </div>
      ) : null}
    </dl>
  );

  return (
    <>
      <div className="page-heading participant-heading">
        <h1>{participant.name ?? participant.code}</h1>
        <div className="form-actions">
          <Link className="ui-button ui-button--secondary" to={`/participants/${participant.id}/action-plan`}>
            {t("actionPlan.open")}
          </Link>
          <Link className="ui-button ui-button--secondary" to={`/participants/${participant.id}/report`}>
            {t("report.open")}
          </Link>
          <Link className="ui-button ui-button--secondary" to={`/participants/${participant.id}/privacy`}>
            {t("privacy.open")}
          </Link>
          {controls.buttons}
        </div>
      </div>
      {phone ? (
        // At 390 px the tabs started over 1,000 px down: on a phone the facts are one line
        // (the code and the status now) until the mentor opens them.
        <details className="participant-facts">
          <summary>
            {t("participant.facts")}: <span className="code">{participant.code}</span> · {statusText}
          </summary>
          {facts}
        </details>
      ) : (
        facts
      )}
      {controls.below}
    </>
  );
}
