export type TChartView = "chart" | "table";

export interface ChartViewLabels {
  /** Names the pair of buttons ("Visning" / "View"). */
  group: string;
  /** "Diagram" / "Chart". */
  chart: string;
  /** "Tabel" / "Table". */
  table: string;
}

export interface ChartViewSwitchProps {
  value: TChartView;
  onChange: (view: TChartView) => void;
  labels: ChartViewLabels;
  /** Ids of the two views, so each button says what it shows (aria-controls). */
  chartId: string;
  tableId: string;
}

/** Two toggle buttons (aria-pressed): one tap or key press, and a screen reader hears which view is on. */
export function ChartViewSwitch({ value, onChange, labels, chartId, tableId }: ChartViewSwitchProps) {
  const options = [
    { view: "chart", label: labels.chart, controls: chartId },
    { view: "table", label: labels.table, controls: tableId },
  ] as const;
  return (
    <div role="group" aria-label={labels.group} className="ui-chart-frame__switch">
      {options.map((option) => (
        <button
          key={option.view}
          type="button"
          className="ui-chart-frame__switch-option"
          aria-pressed={option.view === value}
          aria-controls={option.controls}
          onClick={() => option.view !== value && onChange(option.view)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
