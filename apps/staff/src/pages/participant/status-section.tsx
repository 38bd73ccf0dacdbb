import { Alert, Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { StatusPeriodsTable } from "./status-periods-table";
import { statusLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useRefreshWorkspace, useStatusEvents } from "./use-workspace";
import { useSuccessNotice } from "../../shell/use-success-notice";

// The form checks with the API's own ZStatusEvent, which only the full @skridt/instruments
// entry exports (with every built-in questionnaire): loaded with this tab, not with the app.
const StatusForm = lazy(() => import("./status-form").then((m) => ({ default: m.StatusForm })));

/** Status: where the participant stands now, the periods derived from the events, and the events themselves. */
export function StatusSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const status = useStatusEvents(participantId);
  const refresh = useRefreshWorkspace();
  const remove = useMutation(trpc.statusEvent.remove.mutationOptions());
  const notice = useSuccessNotice();
  const data = status.data;

  const onRemove = async (eventId: string, description: string) => {
    if (!window.confirm(t("status.confirmRemove", { event: description }))) return;
    try {
      await remove.mutateAsync({ organisationId, eventId });
    } catch {
      return;
    }
    await refresh("statusEvent");
    notice.show(t("status.removed", { event: description }));
  };

  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t("status.title")}</h2>
      <QueryError error={status.error} />
      {status.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {notice.element}
      {remove.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(remove.error)}`)}</p>
        </Alert>
      ) : null}
      {data ? (
        <p className="status-now">
          {data.current
            ? t("status.now", { status: statusLabel(data.current.status, lang), date: formatDay(data.current.from, lang), count: data.current.days })
            : t("status.noneYet")}
        </p>
      ) : null}
      <Suspense fallback={<p role="status">{t("common.loading")}</p>}>
        <StatusForm participantId={participantId} onSaved={notice.show} />
      </Suspense>
      {data && data.periods.length > 0 ? (
        <>
          <h3>{t("status.periodsTitle")}</h3>
          <StatusPeriodsTable periods={data.periods} />
        </>
      ) : null}
      {data && data.events.length > 0 ? (
        <>
          <h3>{t("status.eventsTitle")}</h3>
          <div className="table-wrap" role="region" aria-label={t("status.eventsTitle")} tabIndex={0}>
            <table className="table">
              <caption className="ui-visually-hidden">{t("status.eventsTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("status.from")}</th>
                  <th scope="col">{t("status.status")}</th>
                  <th scope="col" className="numeric">
                    {t("status.hoursPerWeek")}
                  </th>
                  <th scope="col">{t("status.note")}</th>
                  <th scope="col">
                    <span className="ui-visually-hidden">{t("contacts.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...data.events].reverse().map((event) => {
                  const description = `${statusLabel(event.status, lang)} ${formatDay(event.occurredOn, lang)}`;
                  return (
                    <tr key={event.id}>
                      <th scope="row">{formatDay(event.occurredOn, lang)}</th>
                      <td>
                        {statusLabel(event.status, lang)}
                        {event.inProcess ? <span className="cell-note">{t("status.inProcessShort")}</span> : null}
                      </td>
                      <td className="numeric">{event.hoursPerWeek ?? t("common.dash")}</td>
                      <td>{event.note}</td>
                      <td>
                        <Button variant="link" onClick={() => void onRemove(event.id, description)} aria-label={t("status.removeFor", { event: description })}>
                          {t("contacts.remove")}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
