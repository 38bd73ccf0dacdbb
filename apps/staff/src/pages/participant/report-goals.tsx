import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import type { ProgressReport } from "./use-workspace";

/** Goals in the report: the reached ones in full, then what was still open or dropped. */
export function ReportGoals({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const area = (areaId: string) => localized(report.model.areas.find((a) => a.id === areaId)?.label, lang) || areaId;
  const byStatus = (status: string) => report.goals.filter((goal) => goal.status === status);
  const reached = byStatus("reached");
  const others = [...byStatus("open"), ...byStatus("dropped")];

  return (
    <section aria-labelledby="report-goals">
      <h2 id="report-goals">{t("goals.title")}</h2>
      <p>{t("report.goalsLine", { reached: reached.length, total: report.goals.length })}</p>
      {reached.length > 0 ? (
        <>
          <h3>{t("report.goalsReached")}</h3>
          <ul className="report__list">
            {reached.map((goal, index) => (
              <li key={`${goal.title}-${index}`}>
                <strong>{goal.title}</strong> ({area(goal.areaId)})
                {goal.closedOn ? ` – ${t("report.reachedOn", { date: formatDay(goal.closedOn, lang) })}` : ""}
                {goal.actions ? <span className="cell-note">{t("report.goalActions", { text: goal.actions })}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3>{t("report.goalsOther")}</h3>
          <ul className="report__list">
            {others.map((goal, index) => (
              <li key={`${goal.title}-${index}`}>
                {goal.title} ({area(goal.areaId)}) – {t(`goals.status_${goal.status}`, { defaultValue: goal.status })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
