import { Suspense, useId, useState, type ReactNode } from "react";
import { ChartViewSwitch, type ChartViewLabels, type TChartView } from "./chart-view-switch";
import { CsvDownloadButton, type CsvDownloadButtonProps } from "./csv-download-button";

interface ChartFrameBase {
  caption: ReactNode;
  /** A short text under the caption (how to read the chart, what it leaves out). */
  note?: ReactNode;
  /** The chart's message in words: the drawing's accessible name, since an SVG says nothing useful aloud. */
  summary: string;
  chart: ReactNode;
  /** The same numbers as a table, usually a DataTable. */
  table: ReactNode;
  /** Shown while a lazily loaded chart arrives; without it the nearest Suspense boundary waits. */
  chartFallback?: ReactNode;
  /** Under the views, e.g. what "<5" means. */
  footnote?: ReactNode;
  /** The numbers as a CSV file, offered beside the view switch. */
  csv?: CsvDownloadButtonProps;
  className?: string;
}

interface ChartFrameToggled extends ChartFrameBase {
  /** Only one view at a time, with a switch between them (the screen default). */
  showBoth?: false;
  viewLabels: ChartViewLabels;
  defaultView?: TChartView;
}

interface ChartFrameBoth extends ChartFrameBase {
  /** Chart and table one after the other, no switch: reports meant for paper. */
  showBoth: true;
  viewLabels?: undefined;
  defaultView?: undefined;
}

export type ChartFrameProps = ChartFrameToggled | ChartFrameBoth;

/**
 * A chart with its words: a caption that names the figure, a summary as the drawing's
 * accessible name, the same numbers as a table behind a chart/table switch, and optionally a
 * CSV download. The hidden view stays in the page (hidden), so printing can show both.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { caption, note, summary, chart, table, chartFallback, footnote, csv, className } = props;
  const id = useId();
  const [view, setView] = useState<TChartView>(props.defaultView ?? "chart");
  const both = props.showBoth === true;
  const chartId = `${id}-chart`;
  const tableId = `${id}-table`;
  return (
    <figure className={["ui-chart-frame", className].filter(Boolean).join(" ")} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="ui-chart-frame__caption">
        {caption}
      </figcaption>
      {note ? <p className="ui-chart-frame__note">{note}</p> : null}
      {!both || csv ? (
        <div className="ui-chart-frame__tools">
          {props.showBoth ? null : <ChartViewSwitch value={view} onChange={setView} labels={props.viewLabels} chartId={chartId} tableId={tableId} />}
          {csv ? <CsvDownloadButton {...csv} /> : null}
        </div>
      ) : null}
      <div id={chartId} className="ui-chart-frame__view ui-chart-frame__chart" role="img" aria-label={summary} hidden={!both && view !== "chart"}>
        {chartFallback === undefined ? chart : <Suspense fallback={chartFallback}>{chart}</Suspense>}
      </div>
      <div id={tableId} className="ui-chart-frame__view ui-chart-frame__table" hidden={!both && view !== "table"}>
        {table}
      </div>
      {footnote ? <div className="ui-chart-frame__footnote">{footnote}</div> : null}
    </figure>
  );
}
