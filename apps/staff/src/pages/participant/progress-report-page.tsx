import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDay } from "../../lib/format";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { ReportProgression } from "./report-progression";
import { ReportGoals } from "./report-goals";
import { PrintButton } from "./print-button";
import { QuestionnaireFigure } from "./questionnaire-figure";
import { StatusPeriodsTable } from "./status-periods-table";
import { contactKindLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { CONTACT_KIND_CODES } from "@skridt/instruments/client";

/**
 * The progress description (progressionsbeskrivelse) for the job centre when a participant
 * leaves: printable, pseudonymous by default; name and contact details only when the
 * mentor ticks the box (the API then returns them, and audits that it did).
 */
export function ProgressReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { participantId = "" } = useParams();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const [includeIdentity, setIncludeIdentity] = useState(false);
  const report = useQuery(
    trpc.caseload.progressReport.queryOptions({ organisationId, participantId, includeIdentity }, { placeholderData: (previous) => previous }),
  );
  useDocumentTitle(t("report.title"));
  const day = (value: string) => formatDay(value, lang);

  return (
    <div className="print-page report">
      <p className="back-link no-print">
        <Link to={`/participants/${participantId}`}>{t("report.back")}</Link>
      </p>
      <h1>{t("report.title")}</h1>
      <div className="no-print report__tools">
        <label className="ui-choice">
          <input type="checkbox" checked={includeIdentity} onChange={(event) => setIncludeIdentity(event.target.checked)} />
          {t("report.includeIdentity")}
        </label>
        <PrintButton />
      </div>
      <QueryState query={report} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(data) => (
          <>
            <dl className="report__facts">
              {data.participant.identity ? (
                <>
                  <div>
                    <dt>{t("report.name")}</dt>
                    <dd>{data.participant.identity.fullName}</dd>
                  </div>
                  {data.participant.identity.email ? (
                    <div>
                      <dt>{t("newParticipant.email")}</dt>
                      <dd>{data.participant.identity.email}</dd>
                    </div>
                  ) : null}
                  {data.participant.identity.phone ? (
                    <div>
                      <dt>{t("newParticipant.phone")}</dt>
                      <dd>{data.participant.identity.phone}</dd>
                    </div>
                  ) : null}
                </>
              ) : null}
              <div>
                <dt>{t("participant.code")}</dt>
                <dd className="code">{data.participant.code}</dd>
              </div>
              <div>
                <dt>{t("participant.programme")}</dt>
                <dd>{data.participant.programme}</dd>
              </div>
              <div>
                <dt>{t("participant.mentor")}</dt>
                <dd>{data.participant.mentor ?? t("participants.noMentor")}</dd>
              </div>
              <div>
                <dt>{t("report.period")}</dt>
                <dd>
                  {data.participant.endedOn
                    ? t("workspace.enrolledUntil", { from: day(data.participant.enrolledOn), to: day(data.participant.endedOn) })
                    : t("workspace.enrolledSince", { date: day(data.participant.enrolledOn) })}
                </dd>
              </div>
              <div>
                <dt>{t("report.generatedOn")}</dt>
                <dd>{day(data.generatedOn)}</dd>
              </div>
            </dl>

            <ReportProgression report={data} />
            <ReportGoals report={data} />

            <section aria-labelledby="report-questionnaires">
              <h2 id="report-questionnaires">{t("charts.questionnaireTitle")}</h2>
              <QuestionnaireFigure changes={data.questionnaireChange} showBoth />
            </section>

            <section aria-labelledby="report-contacts">
              <h2 id="report-contacts">{t("contacts.title")}</h2>
              <p>{t("report.contactsLine", { count: data.contacts.total, minutes: data.contacts.minutes })}</p>
              {data.contacts.total > 0 ? (
                <ul className="report__list">
                  {CONTACT_KIND_CODES.filter((kind) => data.contacts.byKind[kind] > 0).map((kind) => (
                    <li key={kind}>
                      {contactKindLabel(kind, lang)}: {data.contacts.byKind[kind]}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>

            <section aria-labelledby="report-status">
              <h2 id="report-status">{t("status.historyTitle")}</h2>
              {data.statusPeriods.length === 0 ? <p>{t("status.noneYet")}</p> : <StatusPeriodsTable periods={data.statusPeriods} />}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
