import type { RouterOutputs } from "@skridt/api";
import { DataTable } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { ReportChart } from "./report-chart";

type TReport = RouterOutputs["report"]["generate"];

/** A cell that holds a figure ("124", "91 %", "<5", "2,7 til 4,2", "–"), right-aligned so the digits line up; words ("alle tilmeldte") read from the left. */
const isFigure = (cell: string) => /^[-−–<\d]/.test(cell.trim()) || cell.trim() === "";

/** The report as a page: what the Word document holds, and what the browser prints. */
export function ReportView({ report }: { report: TReport }) {
  const { t } = useTranslation();
  return (
    <article className="report-document" aria-labelledby="report-title">
      <h2 id="report-title" className="report-document__title">
        {report.title}: {report.programme}
      </h2>
      <p className="report-document__meta">{t("evaluationReport.generated", { period: report.period, date: report.generatedOn })}</p>
      {report.sections.map((section) => (
        <section key={section.id} className="report-section" aria-labelledby={`report-${section.id}`}>
          <h3 id={`report-${section.id}`}>{section.title}</h3>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {section.charts.map((chart, i) => (
            <ReportChart key={i} chart={chart} />
          ))}
          {section.tables.map((table, i) => (
            <div key={i} className="report-table">
              <DataTable
                caption={table.caption}
                captionVisible
                compact
                rows={table.rows}
                rowKey={(_row, r) => String(r)}
                columns={table.columns.map((header, c) => ({
                  key: String(c),
                  header,
                  rowHeader: c === 0,
                  align: c > 0 && table.rows.every((row) => isFigure(row[c] ?? "")) ? ("end" as const) : ("start" as const),
                  cell: (row: string[]) => row[c] ?? "",
                }))}
              />
              {table.note ? <p className="report-table__note">{table.note}</p> : null}
            </div>
          ))}
        </section>
      ))}
      <p className="report-table__note">{t("evaluationReport.hiddenNote")}</p>
    </article>
  );
}
