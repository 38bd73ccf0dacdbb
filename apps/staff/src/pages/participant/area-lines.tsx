import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { dayOfNumber } from "./chart-data";
import { ChartFigure, LazyAreaLines } from "./chart-figure";
import { AreaLinesTable } from "./chart-tables";
import { areaSeries } from "./progression-rows";
import { asksParticipant } from "./review-form-schema";
import { formatScore } from "./labels";
import { useLang } from "../../i18n/use-lang";
import type { ReviewList } from "./use-workspace";

/** The path of each area over all reviews: one small line chart per area, the same numbers as a table. */
export function AreaLinesSection({ list }: { list: ReviewList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { model, plan, reviews } = list;
  if (reviews.length === 0) return null;
  const series = areaSeries(model, plan, reviews, lang, (day) => formatDay(day, lang));
  // The participant's own line wherever there are own scores to draw (also on a model that asks for them only sometimes).
  const withParticipant = asksParticipant(model) || reviews.some((review) => review.summary.some((area) => area.participant !== null));
  const format = (point: { mentor: number | null; participant: number | null }) => {
    const mentor = point.mentor === null ? t("review.skipped") : formatScore(model, point.mentor);
    return withParticipant && point.participant !== null
      ? t("charts.mentorAndParticipant", { mentor, participant: formatScore(model, point.participant) })
      : mentor;
  };
  const summary = series.map((area) => `${area.label}: ${area.points.map((p) => format(p)).join(", ")}`).join("; ");

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("charts.linesTitle")}</h3>
      <ChartFigure
        caption={
          <>
            {t(withParticipant ? "charts.linesCaptionBoth" : "charts.linesCaption", {
              min: formatScore(model, model.range.min),
              max: formatScore(model, model.range.max),
            })}{" "}
            <span className="hint">{t("charts.timeAxis")}</span>
          </>
        }
        summary={summary}
        chart={
          <LazyAreaLines
            series={series}
            range={model.range}
            mentorLabel={t("review.mentorScoreShort")}
            participantLabel={withParticipant ? t("review.participantScoreShort") : null}
            formatTick={(day) => shortDay(dayOfNumber(day), lang)}
            notScored={t("charts.notScoredShort")}
            notScoredOn={(days) => t("charts.notScoredOn", { dates: days.join(` ${t("charts.and")} `) })}
          />
        }
        table={<AreaLinesTable series={series} caption={t("charts.linesTitle")} format={format} />}
      />
    </section>
  );
}

/** A short date for the time axis ("3. feb." / "3 Feb"); the tooltip and the table give the year. */
function shortDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "da-DK", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
