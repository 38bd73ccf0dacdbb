import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { distributionChartHeight, hiddenSharePercent, type DistributionRow, type SeriesLabel } from "./chart-rows";
import { EvaluationFigure } from "./evaluation-figure";
import { occasionLabel } from "./labels";
import { LazyDistributionChart } from "./lazy-charts";

import { drawable, formatCount, formatShare, isMasked } from "./masked";
import { useShareDigits } from "./share-digits";
import type { Item, Questionnaires } from "./question-text";
import type { TableModel } from "./table-model";

type Distribution = Questionnaires["distributions"][number];

/**
 * One question as in the seed's report: per answer option the share at start and at end,
 * each occasion with its own n (they are not the same people: some left, some never answered).
 */
export function ItemDistributionFigure({ item, distribution }: { item: Item; distribution: Distribution }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  // An occasion nobody answered (background is asked only at the start) is left out.
  const occasions = distribution.occasions.filter((o) => o.n !== 0 && (o.occasion === "start" || o.occasion === "end"));
  if (occasions.length === 0) return null;
  const byOccasion = (key: "start" | "end") => occasions.find((o) => o.occasion === key);
  const start = byOccasion("start");
  const end = byOccasion("end");
  const optionLabel = (value: number | string) => item.options.find((o) => o.code === value)?.label[lang] ?? String(value);
  // Every declared option in the questionnaire's order, chosen or not (a filtered cohort may
  // leave an option out of the API's cells); then any code the definition does not know.
  const seen = occasions.flatMap((o) => o.cells.map((c) => c.value));
  const values = [...item.options.map((o) => o.code), ...[...new Set(seen)].filter((v) => !item.options.some((o) => o.code === v))];
  const cellOf = (o: (typeof occasions)[number] | undefined, value: number | string) =>
    o ? (o.cells.find((c) => c.value === value) ?? { value, count: 0, share: 0 }) : undefined;

  const rows: DistributionRow[] = values.map((value) => {
    const s = cellOf(start, value);
    const e = cellOf(end, value);
    const pct = (share: unknown) => {
      const v = drawable(share as number | string | null);
      return v === null ? null : Math.round(v * 1000) / 10;
    };
    // A hidden cell is drawn hatched to the most it could be (4 of n), so it never reads as 0 %.
    const startHidden = !!s && isMasked(s.share);
    const endHidden = !!e && isMasked(e.share);
    return {
      key: String(value),
      label: optionLabel(value),
      start: startHidden ? hiddenSharePercent(start?.n) : s ? pct(s.share) : null,
      end: endHidden ? hiddenSharePercent(end?.n) : e ? pct(e.share) : null,
      startHidden,
      endHidden,
      startText: s ? formatShare(s.share, lang, digits) : "",
      endText: e ? formatShare(e.share, lang, digits) : "",
    };
  });
  const series: SeriesLabel[] = occasions.map((o) => ({
    key: o.occasion as "start" | "end",
    name: t("evaluation.questionnaires.seriesName", { occasion: occasionLabel(t, o.occasion), n: formatCount(o.n, lang) }),
  }));

  const prompt = item.prompt[lang];
  const columns = [t("evaluation.questionnaires.option")];
  for (const o of occasions) {
    columns.push(
      t("evaluation.questionnaires.countAt", { occasion: occasionLabel(t, o.occasion) }),
      t("evaluation.questionnaires.shareAt", { occasion: occasionLabel(t, o.occasion) }),
    );
  }
  const table: TableModel = {
    caption: t("evaluation.questionnaires.itemCaption", { prompt }),
    columns,
    rows: values.map((value) => ({
      key: String(value),
      header: optionLabel(value),
      cells: occasions.flatMap((o) => {
        const cell = cellOf(o, value);
        return [formatCount(cell?.count, lang), formatShare(cell?.share, lang, digits)];
      }),
    })),
  };
  const nLine = occasions.map((o) => `${occasionLabel(t, o.occasion)}: n = ${formatCount(o.n, lang)}`).join(" · ");
  const summary = t("evaluation.questionnaires.itemSummary", {
    prompt,
    n: nLine,
    list: rows
      .map(
        (r) =>
          `${r.label}: ${[start ? `${occasionLabel(t, "start")} ${r.startText}` : null, end ? `${occasionLabel(t, "end")} ${r.endText}` : null].filter(Boolean).join(", ")}`,
      )
      .join("; "),
  });

  return (
    <EvaluationFigure
      caption={prompt}
      note={
        <>
          {nLine}
          {item.type === "multiple-choice" ? ` ${t("evaluation.questionnaires.multiNote")}` : ""}
        </>
      }
      summary={summary}
      chart={<LazyDistributionChart rows={rows} series={series} />}
      chartHeight={distributionChartHeight(rows, series.length)}
      table={table}
    />
  );
}
