import type { TStatusPeriod } from "@skridt/instruments/client";
import { DataTable } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { statusLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";

/** Periods derived from the status events: from, to (both days counted), days, hours. Also used by the report. */
export function StatusPeriodsTable({ periods }: { periods: readonly TStatusPeriod[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DataTable
      caption={t("status.periodsTitle")}
      compact
      rows={periods}
      rowKey={(period) => `${period.status}-${period.from}`}
      columns={[
        {
          key: "status",
          header: t("status.status"),
          rowHeader: true,
          cell: (period) => (
            <>
              {statusLabel(period.status, lang)}
              {period.inProcess ? <span className="cell-note">{t("status.inProcessShort")}</span> : null}
            </>
          ),
        },
        { key: "from", header: t("status.from"), cell: (period) => formatDay(period.from, lang) },
        { key: "to", header: t("status.to"), cell: (period) => formatDay(period.to, lang) },
        { key: "days", header: t("status.daysColumn"), align: "end", cell: (period) => period.days },
        { key: "hours", header: t("status.hoursPerWeek"), align: "end", cell: (period) => period.hoursPerWeek ?? t("common.dash") },
      ]}
    />
  );
}
