import type { TStatusPeriod } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { statusLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";

/** Periods derived from the status events: from, to (both days counted), days, hours. Also used by the report. */
export function StatusPeriodsTable({ periods }: { periods: readonly TStatusPeriod[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-wrap" role="region" aria-label={t("status.periodsTitle")} tabIndex={0}>
      <table className="table table--compact">
        <caption className="ui-visually-hidden">{t("status.periodsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("status.status")}</th>
            <th scope="col">{t("status.from")}</th>
            <th scope="col">{t("status.to")}</th>
            <th scope="col" className="numeric">
              {t("status.daysColumn")}
            </th>
            <th scope="col" className="numeric">
              {t("status.hoursPerWeek")}
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={`${period.status}-${period.from}`}>
              <th scope="row">
                {statusLabel(period.status, lang)}
                {period.inProcess ? <span className="cell-note">{t("status.inProcessShort")}</span> : null}
              </th>
              <td>{formatDay(period.from, lang)}</td>
              <td>{formatDay(period.to, lang)}</td>
              <td className="numeric">{period.days}</td>
              <td className="numeric">{period.hoursPerWeek ?? t("common.dash")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
