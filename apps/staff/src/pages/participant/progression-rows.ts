import { compareReviews, normalise, type TAreaSummary, type TProgressionModel, type TProgressionPlan, type TReviewScores } from "@skridt/instruments/client";
import type { TFunction } from "i18next";
import { dayNumber, hasZeroLine, type AreaSeries, type SpiderRow } from "./chart-data";
import { formatScore, localized } from "./labels";
import { formatDay } from "../../lib/format";
import { type Lang } from "../../i18n/use-lang";

/** What the progression charts need of a review; the list's and the report's reviews both have it. */
export interface ReviewLike {
  reviewedOn: string;
  scores: TReviewScores;
  summary: readonly TAreaSummary[];
}

function scoreText(model: TProgressionModel, area: TAreaSummary | undefined, lang: Lang, t: TFunction): string {
  if (!area || area.value === null) return t("review.skipped");
  const meaning = localized(area.meaning, lang);
  return meaning ? `${formatScore(model, area.value)} (${meaning})` : formatScore(model, area.value);
}

/** "+2 (bedre)": the change in the model's units and in words, so direction is never colour only. */
export function changeText(delta: number | null, direction: string | null, t: TFunction): string {
  if (delta === null || direction === null) return "–";
  const signed = delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : "0";
  return `${signed} (${t(`charts.direction_${direction}`)})`;
}

/** The spokes of the spider chart comparing review `a` with review `b`, in the plan's order. */
export function spiderRows(model: TProgressionModel, plan: TProgressionPlan, a: ReviewLike, b: ReviewLike, lang: Lang, t: TFunction): SpiderRow[] {
  const comparison = compareReviews(model, plan, a.scores, b.scores);
  const zero = hasZeroLine(model.range) ? normalise(model, 0) : null;
  return plan.areaIds.map((areaId, index) => {
    const from = a.summary.find((s) => s.areaId === areaId);
    const to = b.summary.find((s) => s.areaId === areaId);
    const change = comparison[index];
    // The same review on both sides (only one review so far) is one day, said once.
    const skippedOn = [...new Set([isSkipped(from) ? a.reviewedOn : null, isSkipped(to) ? b.reviewedOn : null].filter((d): d is string => d !== null))];
    return {
      key: areaId,
      label: localized(to?.label ?? from?.label, lang) || areaId,
      from: from?.normalised ?? null,
      to: to?.normalised ?? null,
      fromText: scoreText(model, from, lang, t),
      toText: scoreText(model, to, lang, t),
      changeText: changeText(change?.delta ?? null, change?.direction ?? null, t),
      gapNote: skippedOn.length > 0 ? t("charts.notScoredOn", { dates: skippedOn.map((d) => formatDay(d, lang)).join(` ${t("charts.and")} `) }) : null,
      zero,
    };
  });
}

/** An area the review has no mentor's score for: skipped, or not in the plan when the review was made. */
function isSkipped(area: TAreaSummary | undefined): boolean {
  return !area || area.value === null;
}

/** Each area's path over all reviews, in real units. */
export function areaSeries(
  model: TProgressionModel,
  plan: TProgressionPlan,
  reviews: readonly ReviewLike[],
  lang: Lang,
  formatDate: (day: string) => string,
): AreaSeries[] {
  return plan.areaIds.map((areaId) => {
    const area = model.areas.find((a) => a.id === areaId);
    const points = reviews.map((review) => {
      const summary = review.summary.find((s) => s.areaId === areaId);
      return {
        date: review.reviewedOn,
        day: dayNumber(review.reviewedOn),
        label: formatDate(review.reviewedOn),
        mentor: summary?.value ?? null,
        participant: summary?.participant ?? null,
      };
    });
    return {
      key: areaId,
      label: localized(area?.label, lang) || areaId,
      points,
      skipped: points.filter((p) => p.mentor === null).map((p) => ({ day: p.day, label: p.label })),
    };
  });
}

/** A short sentence for the chart's accessible name: which areas moved which way. */
export function spiderSummary(rows: readonly SpiderRow[], t: TFunction): string {
  return rows.map((row) => `${row.label}: ${row.fromText} → ${row.toText}`).join("; ") || t("charts.noData");
}
