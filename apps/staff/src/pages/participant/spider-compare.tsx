import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { ChartFigure, LazySpiderChart } from "./chart-figure";
import { SpiderTable } from "./chart-tables";
import { spiderRows, spiderSummary } from "./progression-rows";
import { SpiderSkippedNote } from "./spider-skipped-note";
import { useLang } from "../../i18n/use-lang";
import type { ReviewList } from "./use-workspace";

/** Any two reviews side by side on the spider chart; the first and the latest unless the mentor picks others. */
export function SpiderCompare({ list }: { list: ReviewList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { reviews, model, plan } = list;
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const first = reviews[0];
  const latest = reviews.at(-1);
  if (!first || !latest) return null;
  const from = reviews.find((r) => r.id === fromId) ?? first;
  const to = reviews.find((r) => r.id === toId) ?? latest;
  const day = (value: string) => formatDay(value, lang);
  // Two reviews on the same day would get the same legend text; their number tells them apart.
  const optionLabel = (index: number, reviewedOn: string) => t("charts.reviewOption", { number: index + 1, date: day(reviewedOn) });
  const labels = { from: optionLabel(reviews.indexOf(from), from.reviewedOn), to: optionLabel(reviews.indexOf(to), to.reviewedOn) };
  const rows = spiderRows(model, plan, from, to, lang, t);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("charts.compareTitle")}</h3>
      {reviews.length === 1 ? <p className="hint">{t("charts.onlyOne")}</p> : null}
      <div className="form-row compare-selects">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-from`}>
            {t("charts.compareFrom")}
          </label>
          <select id={`${id}-from`} value={from.id} onChange={(event) => setFromId(event.target.value)}>
            {reviews.map((review, index) => (
              <option key={review.id} value={review.id}>
                {optionLabel(index, review.reviewedOn)}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-to`}>
            {t("charts.compareTo")}
          </label>
          <select id={`${id}-to`} value={to.id} onChange={(event) => setToId(event.target.value)}>
            {reviews.map((review, index) => (
              <option key={review.id} value={review.id}>
                {optionLabel(index, review.reviewedOn)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ChartFigure
        caption={
          <>
            {t("charts.spiderCaption", { from: labels.from, to: labels.to })} <span className="hint">{t("charts.outwardsBetter")}</span>
          </>
        }
        summary={t("charts.spiderSummary", { rows: spiderSummary(rows, t) })}
        chart={<LazySpiderChart rows={rows} labels={labels} />}
        table={
          <SpiderTable rows={rows} labels={labels} caption={t("charts.spiderCaption", { from: labels.from, to: labels.to })} rowHeader={t("review.area")} />
        }
      />
      <SpiderSkippedNote rows={rows} fromOn={from.reviewedOn} toOn={to.reviewedOn} />
    </section>
  );
}
