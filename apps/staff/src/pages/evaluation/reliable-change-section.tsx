import type { RouterOutputs } from "@skridt/api";
import { QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useTRPC } from "../../trpc";
import { hiddenSharePercent, simpleBarChartHeight, type BarRow } from "./chart-rows";
import { EvaluationFigure } from "./evaluation-figure";
import { JtPlot } from "./jt-plot";
import { LazySimpleBarChart } from "./lazy-charts";
import { drawable, formatCount, formatCountShare, formatDecimal, formatShare, isMasked } from "./masked";
import { useShareDigits } from "./share-digits";
import type { TableModel } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";

type ChangeData = RouterOutputs["evaluation"]["change"];
type ScaleChange = ChangeData["scales"][number];

/**
 * Reliable change (Jacobson-Truax) per scale with a norm: how many in the cohort changed more
 * than the measurement error, and how many crossed the cut-off, beside the field's rule of
 * thumb; the start-end plot as a protected, binned density. The norms' sources are listed.
 */
export function ReliableChangeSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const result = useQuery(trpc.evaluation.change.queryOptions(input));
  return (
    <section aria-labelledby="evaluation-reliable">
      <h3 id="evaluation-reliable" tabIndex={-1}>
        {t("evaluation.reliable.title")}
      </h3>
      <p>{t("evaluation.reliable.help")}</p>
      <QueryState query={result} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) =>
          data.scales.length === 0 ? (
            <p>{t("evaluation.reliable.none")}</p>
          ) : (
            data.scales.map((s) => <ScaleReliableChange key={`${s.figures.instrumentId}/${s.figures.scaleId}`} scale={s} />)
          )
        }
      </QueryState>
    </section>
  );
}

function ScaleReliableChange({ scale }: { scale: ScaleChange }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  const f = scale.figures;
  const norm = scale.norm;
  const name = scale.label[lang];
  const n = formatCount(f.n, lang);
  const cut = norm.cutOff ? formatDecimal(norm.cutOff.value, lang, 0) : "";
  const categories = ["improved", "unchanged", "worse"] as const;

  // Whose figures decided it (issue 15): "programmets egen norm: <source>" where the programme set its own.
  const plainSource = norm.reliableChange?.source.short ?? norm.reliableChange?.source.citation ?? "";
  const ownSource = `${t("evaluation.reliable.ownNorm").toLocaleLowerCase(lang)}: ${plainSource}`;
  const threshold =
    f.threshold === null
      ? null
      : norm.reliableChange?.kind === "reliability" && norm.reliableChange.sd === null
        ? t("evaluation.reliable.thresholdCohort", {
            points: formatDecimal(f.threshold, lang),
            r: formatDecimal(norm.reliableChange.reliability, lang, 2),
            sd: formatDecimal(f.cohortSd, lang),
          })
        : t("evaluation.reliable.threshold", {
            points: formatDecimal(f.threshold, lang),
            source: norm.own ? ownSource : plainSource,
          });

  const columns = [t("evaluation.reliable.category"), "RCI"];
  if (f.convention) columns.push(t("evaluation.reliable.convention", { points: formatDecimal(f.convention.points, lang, 0) }));
  const rows: TableModel["rows"][number][] = categories.map((k) => {
    const cells = [f.reliable ? formatCountShare(f.reliable[k], f.reliable[`${k}Share`], lang, digits) : "–"];
    if (f.convention) cells.push(formatCountShare(f.convention[k], f.convention[`${k}Share`], lang, digits));
    return { key: k, header: t(`evaluation.reliable.${k}`), cells };
  });
  if (f.recovered) {
    const cells = [formatCountShare(f.recovered.count, f.recovered.share, lang, digits)];
    if (f.convention) cells.push("");
    rows.push({ key: "recovered", header: t("evaluation.reliable.recovered", { cut }), cells });
  }
  const table: TableModel = { caption: t("evaluation.reliable.caption", { scale: name, n }), columns, rows };

  const bars: BarRow[] = f.reliable
    ? categories.map((k) => {
        const share = f.reliable![`${k}Share`];
        const hidden = isMasked(share);
        return {
          key: k,
          label: t(`evaluation.reliable.${k}`),
          value: hidden ? hiddenSharePercent(f.n) : (drawable(share) ?? 0) * 100,
          hidden,
          text: hidden ? `${share}` : `${formatShare(share, lang, digits)} (${formatCount(f.reliable![k], lang)})`,
        };
      })
    : [];

  const plotTable: TableModel | null = f.plot
    ? {
        caption: t("evaluation.reliable.plotCaption", { scale: name }),
        columns: [`${t("evaluation.reliable.plotEnd")} \\ ${t("evaluation.reliable.plotStart")}`, ...bandLabels(f.plot.edges)],
        rows: bandLabels(f.plot.edges)
          .map((label, end) => ({
            key: String(end),
            header: label,
            cells: bandLabels(f.plot!.edges).map((_, start) => formatCount(f.plot!.cells.find((c) => c.start === start && c.end === end)?.count, lang)),
          }))
          .reverse(),
      }
    : null;
  const hiddenCells = f.plot ? f.plot.cells.filter((c) => isMasked(c.count)).length : 0;

  return (
    <section aria-labelledby={`reliable-${f.instrumentId}-${f.scaleId}`} className="reliable-change">
      <h4 id={`reliable-${f.instrumentId}-${f.scaleId}`}>{name}</h4>
      {threshold ? (
        <p>
          {threshold}
          {/* The cohort-SD wording names no source: say the programme's, where it set its own. */}
          {norm.own && norm.reliableChange?.kind === "reliability" && norm.reliableChange.sd === null
            ? ` ${t("evaluation.reliable.ownNorm")}: ${plainSource}.`
            : null}
        </p>
      ) : (
        <p>{t("evaluation.reliable.noRci")}</p>
      )}
      {norm.reason ? <p className="hint">{norm.reason[lang]}</p> : null}
      {f.reliable ? (
        <EvaluationFigure
          caption={table.caption}
          note={f.convention ? t("evaluation.reliable.conventionHelp") : undefined}
          summary={t("evaluation.reliable.summary", { list: bars.map((b) => `${b.label}: ${b.text}`).join("; ") })}
          chart={<LazySimpleBarChart rows={bars} unit=" %" max={100} />}
          chartHeight={simpleBarChartHeight(bars)}
          table={table}
        />
      ) : f.convention ? (
        <EvaluationFigure
          caption={t("evaluation.reliable.conventionCaption", { scale: name, points: formatDecimal(f.convention.points, lang, 0), n })}
          summary={t("evaluation.reliable.summary", { list: rows.map((r) => `${r.header}: ${r.cells[r.cells.length - 1]}`).join("; ") })}
          chart={<LazySimpleBarChart rows={conventionBars(f.convention, f.n, t, lang, digits)} unit=" %" max={100} />}
          chartHeight={simpleBarChartHeight(conventionBars(f.convention, f.n, t, lang, digits))}
          table={{
            ...table,
            columns: [columns[0]!, columns[2]!],
            rows: rows.filter((r) => r.key !== "recovered").map((r) => ({ ...r, cells: [r.cells[1]!] })),
          }}
        />
      ) : null}
      {f.recovered && typeof f.recovered.startDysfunctional !== "string" ? (
        <p className="hint">
          {t("evaluation.reliable.recoveredOf", { count: formatCount(f.recovered.count, lang), of: formatCount(f.recovered.startDysfunctional, lang), cut })}
        </p>
      ) : null}
      {f.reliable ? (
        plotTable && f.plot ? (
          <>
            <h5>{t("evaluation.reliable.plotTitle")}</h5>
            <p className="hint">{t("evaluation.reliable.plotHelp")}</p>
            <EvaluationFigure
              caption={plotTable.caption}
              summary={t("evaluation.reliable.plotSummary", { bins: f.plot.edges.length - 1, shown: f.plot.cells.length - hiddenCells, hidden: hiddenCells })}
              chart={
                <JtPlot
                  plot={f.plot}
                  threshold={f.threshold}
                  cutOff={norm.cutOff?.value ?? null}
                  higherIsBetter={f.higherIsBetter}
                  label={t("evaluation.reliable.plotSummary", { bins: f.plot.edges.length - 1, shown: f.plot.cells.length - hiddenCells, hidden: hiddenCells })}
                />
              }
              chartHeight={340}
              table={plotTable}
            />
          </>
        ) : (
          <p className="hint">{t("evaluation.reliable.plotTooSmall")}</p>
        )
      ) : null}
      <details className="reliable-change__sources">
        <summary>
          {t("evaluation.reliable.sources")}
          {norm.own ? ` (${t("evaluation.reliable.ownNorm")})` : ""}
        </summary>
        <ul>
          {[norm.reliableChange?.source, norm.cutOff?.source, norm.convention?.source]
            .filter((s): s is NonNullable<typeof s> => !!s)
            .map((s) => (
              <li key={s.citation}>
                {s.citation}
                {s.note ? ` ${s.note}` : ""}
              </li>
            ))}
        </ul>
      </details>
    </section>
  );
}

/** "0–20", "20–40" ... for the plot's bins. */
function bandLabels(edges: readonly number[]): string[] {
  const r = (v: number) => String(Math.round(v * 10) / 10);
  return edges.slice(0, -1).map((e, i) => `${r(e)}–${r(edges[i + 1] as number)}`);
}

function conventionBars(
  c: NonNullable<ScaleChange["figures"]["convention"]>,
  n: ScaleChange["figures"]["n"],
  t: (key: string) => string,
  lang: string,
  digits: 0 | 1,
): BarRow[] {
  return (["improved", "unchanged", "worse"] as const).map((k) => {
    const share = c[`${k}Share`];
    const hidden = isMasked(share);
    return {
      key: k,
      label: t(`evaluation.reliable.${k}`),
      value: hidden ? hiddenSharePercent(n) : (drawable(share) ?? 0) * 100,
      hidden,
      text: hidden ? `${share}` : `${formatShare(share, lang, digits)} (${formatCount(c[k], lang)})`,
    };
  });
}
