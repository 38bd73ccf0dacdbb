import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { LogSection } from "./log-section";
import { StatusForm } from "./status-form";
import { StatusPeriodsTable } from "./status-periods-table";
import { statusLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useStatusEvents, type StatusList } from "./use-workspace";
import { useRefreshParticipant } from "./use-refresh-participant";

type StatusEvent = StatusList["events"][number];

/** Status: where the participant stands now, the periods derived from the events, and the events themselves. */
export function StatusSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const status = useStatusEvents(participantId);
  const remove = useMutation(trpc.statusEvent.remove.mutationOptions());
  const refreshParticipant = useRefreshParticipant();

  return (
    <LogSection
      title={t("status.title")}
      query={status}
      list="statusEvent"
      lead={(data) => (
        <p className="status-now">
          {data.current
            ? t("status.now", { status: statusLabel(data.current.status, lang), date: formatDay(data.current.from, lang), count: data.current.days })
            : t("status.noneYet")}
        </p>
      )}
      form={(onSaved) => <StatusForm participantId={participantId} onSaved={onSaved} />}
      summary={(data) =>
        data.periods.length > 0 ? (
          <>
            <h3>{t("status.periodsTitle")}</h3>
            <StatusPeriodsTable periods={data.periods} />
          </>
        ) : null
      }
      table={{
        title: t("status.eventsTitle"),
        caption: t("status.eventsTitle"),
        // Newest first, as the mentor looks for what they just logged.
        entries: (data) => [...data.events].reverse(),
        describe: (event: StatusEvent) => `${statusLabel(event.status, lang)} ${formatDay(event.occurredOn, lang)}`,
        columns: [
          { key: "from", header: t("status.from"), rowHeader: true, cell: (event) => formatDay(event.occurredOn, lang) },
          {
            key: "status",
            header: t("status.status"),
            cell: (event) => (
              <>
                {statusLabel(event.status, lang)}
                {event.inProcess ? <span className="cell-note">{t("status.inProcessShort")}</span> : null}
              </>
            ),
          },
          { key: "hours", header: t("status.hoursPerWeek"), align: "end", cell: (event) => event.hoursPerWeek ?? t("common.dash") },
          { key: "note", header: t("status.note"), cell: (event) => event.note },
        ],
      }}
      remove={{
        run: async (event) => {
          const { reopenedParticipation } = await remove.mutateAsync({ organisationId, eventId: event.id });
          // The status that ended the participation is gone: so is the ending (the header shows it active again).
          if (reopenedParticipation) await refreshParticipant();
        },
        error: remove.error,
        confirm: (event) => t("status.confirmRemove", { event }),
        removed: (event) => t("status.removed", { event }),
        buttonLabel: (event) => t("status.removeFor", { event }),
      }}
    />
  );
}
