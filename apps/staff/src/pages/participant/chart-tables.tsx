import { useTranslation } from "react-i18next";
import type { AreaSeries, ChartLabels, SpiderRow } from "./chart-data";

/** The spider chart's numbers in real units, for screen readers, print and anyone who prefers a table. */
export function SpiderTable({ rows, labels, caption, rowHeader }: { rows: readonly SpiderRow[]; labels: ChartLabels; caption: string; rowHeader: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table table--compact">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">{labels.from}</th>
            <th scope="col">{labels.to}</th>
            <th scope="col">{t("charts.change")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.fromText}</td>
              <td>{row.toText}</td>
              <td>{row.changeText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every review's score per area: dates down, areas across, as the line charts show them. */
export function AreaLinesTable({ series, caption, format }: { series: readonly AreaSeries[]; caption: string; format: (point: AreaSeries["points"][number]) => string }) {
  const { t } = useTranslation();
  const dates = series[0]?.points ?? [];
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table table--compact">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("charts.date")}</th>
            {series.map((area) => (
              <th key={area.key} scope="col">
                {area.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dates.map((point, index) => (
            <tr key={`${point.date}-${index}`}>
              <th scope="row">{point.label}</th>
              {series.map((area) => {
                const p = area.points[index];
                return <td key={area.key}>{p ? format(p) : ""}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
