import { CsvDownloadButton } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { ModelTable } from "./model-table";
import { EvaluationFigure } from "./evaluation-figure";
import { LazyChangeIntervalChart } from "./lazy-charts";
import { CHANGE_INTERVAL_HEIGHT } from "./chart-rows";
import { formatCount, formatDecimal, formatCountShare, formatP, formatSigned, isMasked, type MaybeMasked } from "./masked";
import { useShareDigits } from "./share-digits";
import { findScale, scaleName, type Questionnaires } from "./question-text";
import { tableCsv, type TableModel } from "./table-model";

type Change = Questionnaires["change"][number];

/** The 95% CI as "5,6 til 16,6", or the marker when it is hidden. */
function formatCi(ci: Change["paired"]["ci95"], lang: string, to: string): string {
  if (!ci) return "–";
  const [low, high] = ci;
  // A hidden CI arrives as two markers; show one.
  if (isMasked(low)) return low;
  return `${formatSigned(low, lang)} ${to} ${formatSigned(high, lang)}`;
}

/**
 * Paired change per scale: only participants with a score at both start and end, so the
 * change is measured on the same people. Each scale gets its interval chart (mean change
 * with the 95% CI against zero and the MIC) and one table holds all the figures.
 */
export function ScaleChangeSection({ data }: { data: Questionnaires }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  const to = t("evaluation.change.to");

  const table: TableModel = {
    caption: t("evaluation.change.tableCaption"),
    columns: [
      t("evaluation.change.scale"),
      "n",
      t("evaluation.change.meanStart"),
      t("evaluation.change.meanEnd"),
      t("evaluation.change.meanChange"),
      t("evaluation.change.ci"),
      t("evaluation.change.effect"),
      t("evaluation.change.wilcoxon"),
      t("evaluation.change.improved"),
      t("evaluation.change.unchanged"),
      t("evaluation.change.worse"),
    ],
    rows: data.change.map((c) => {
      const p = c.paired;
      const byMic = p.byMic;
      const share = (count: MaybeMasked, value: MaybeMasked) => (byMic ? formatCountShare(count, value, lang, digits) : t("evaluation.change.noMic"));
      return {
        key: `${c.instrumentId}/${c.scaleId}`,
        header: scaleName(data, c.instrumentId, c.scaleId, lang),
        cells: [
          formatCount(p.n, lang),
          formatDecimal(p.meanStart, lang),
          formatDecimal(p.meanEnd, lang),
          formatSigned(p.meanChange, lang),
          formatCi(p.ci95, lang, to),
          formatDecimal(p.effect, lang, 2),
          p.wilcoxon ? formatP(p.wilcoxon.p, lang) : "–",
          share(byMic?.improved, byMic?.improvedShare),
          share(byMic?.unchanged, byMic?.unchangedShare),
          share(byMic?.worse, byMic?.worseShare),
        ],
      };
    }),
  };

  return (
    <section aria-labelledby="evaluation-change">
      <h3 id="evaluation-change">{t("evaluation.change.title")}</h3>
      <p>{t("evaluation.change.help")}</p>
      {data.change.map((c) => (
        <ScaleChangeFigure key={`${c.instrumentId}/${c.scaleId}`} data={data} change={c} />
      ))}
      <ModelTable model={table} captionVisible />
      <CsvDownloadButton {...tableCsv(t, table)} />
      <p className="hint">{t("evaluation.change.statsHelp")}</p>
    </section>
  );
}

function ScaleChangeFigure({ data, change }: { data: Questionnaires; change: Change }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = change.paired;
  const scale = findScale(data, change.instrumentId, change.scaleId);
  const name = scaleName(data, change.instrumentId, change.scaleId, lang);
  const ci = Array.isArray(p.ci95) && typeof p.ci95[0] === "number" && typeof p.ci95[1] === "number" ? (p.ci95 as [number, number]) : null;
  const mean = typeof p.meanChange === "number" ? p.meanChange : null;
  const better = change.higherIsBetter ? t("evaluation.change.higherBetter") : t("evaluation.change.lowerBetter");

  const table: TableModel = {
    caption: t("evaluation.change.figureCaption", { scale: name }),
    columns: [t("evaluation.change.figure"), t("evaluation.change.value")],
    rows: [
      { key: "n", header: t("evaluation.change.pairedN"), cells: [formatCount(p.n, lang)] },
      { key: "start", header: t("evaluation.change.meanStart"), cells: [formatDecimal(p.meanStart, lang)] },
      { key: "end", header: t("evaluation.change.meanEnd"), cells: [formatDecimal(p.meanEnd, lang)] },
      { key: "change", header: t("evaluation.change.meanChange"), cells: [formatSigned(p.meanChange, lang)] },
      { key: "ci", header: t("evaluation.change.ci"), cells: [formatCi(p.ci95, lang, t("evaluation.change.to"))] },
      {
        key: "mic",
        header: t("evaluation.change.mic"),
        cells: [scale?.minimalImportantChange ? formatDecimal(scale.minimalImportantChange, lang, 0) : t("evaluation.change.noMic")],
      },
    ],
  };

  if (mean === null || ci === null) {
    return (
      <div className="scale-change">
        <h4>{name}</h4>
        <p>{isMasked(p.n as MaybeMasked) ? t("evaluation.change.tooFew") : t("evaluation.change.none")}</p>
      </div>
    );
  }
  const summary = t("evaluation.change.summary", {
    scale: name,
    n: formatCount(p.n, lang),
    start: formatDecimal(p.meanStart, lang),
    end: formatDecimal(p.meanEnd, lang),
    change: formatSigned(mean, lang),
    low: formatSigned(ci[0], lang),
    high: formatSigned(ci[1], lang),
  });
  return (
    <div className="scale-change">
      <h4>{name}</h4>
      <EvaluationFigure
        caption={t("evaluation.change.figureCaption", { scale: name })}
        note={`${summary} ${better}`}
        summary={summary}
        chart={
          <LazyChangeIntervalChart
            row={{ label: name, change: mean, low: ci[0], high: ci[1] }}
            mic={scale?.minimalImportantChange ?? null}
            unitLabel={t("evaluation.change.axis", { min: scale?.range.min ?? "", max: scale?.range.max ?? "" })}
          />
        }
        chartHeight={CHANGE_INTERVAL_HEIGHT}
        table={table}
      />
    </div>
  );
}
