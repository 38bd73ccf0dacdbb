import { Button, DataTable } from "@skridt/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { AmendmentHistory } from "./amendment-history";
import { formatScore, localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import type { Review, ReviewList } from "./use-workspace";

type Area = Review["summary"][number];

/** One kept review: every area's scores with their meaning and note, and how it may still change. */
export function ReviewCard({
  review,
  list,
  onEdit,
  onAmend,
}: {
  review: Review;
  list: ReviewList;
  onEdit: (review: Review) => void;
  onAmend: (review: Review) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [showAmendments, setShowAmendments] = useState(false);
  const { model } = list;
  const ladder = model.kind === "ladder";
  const titleId = `review-${review.id}-title`;
  const date = formatDay(review.reviewedOn, lang);

  return (
    <article className="review-card" aria-labelledby={titleId}>
      <div className="review-card__heading">
        <h4 id={titleId}>{t("review.cardTitle", { date })}</h4>
        {review.amendments > 0 ? <p className="badge">{t("review.amendedTimes", { count: review.amendments })}</p> : null}
      </div>
      <DataTable
        caption={t("review.cardCaption", { date })}
        compact
        rows={review.summary}
        rowKey={(area) => area.areaId}
        columns={[
          { key: "area", header: t("review.area"), rowHeader: true, cell: (area) => localized(area.label, lang) },
          // The ladder keeps the participant's own number and the support it leaves beside the mentor's.
          ...(ladder
            ? [
                {
                  key: "participant",
                  header: t("review.participantScoreShort"),
                  align: "end" as const,
                  cell: (area: Area) => formatScore(model, area.participant),
                },
                { key: "support", header: t("review.supportShort"), align: "end" as const, cell: (area: Area) => formatScore(model, area.support) },
              ]
            : []),
          {
            key: "mentor",
            header: t("review.mentorScoreShort"),
            align: "end",
            cell: (area) => (area.value === null ? t("review.skipped") : formatScore(model, area.value)),
          },
          { key: "meaning", header: t("review.meaning"), cell: (area) => localized(area.meaning, lang) },
          { key: "note", header: t("review.noteShort"), cell: (area) => area.note ?? "" },
        ]}
      />
      {review.note ? <p className="review-card__note">{review.note}</p> : null}
      <div className="form-actions">
        {review.editable ? (
          <Button variant="secondary" onClick={() => onEdit(review)} aria-describedby={`${titleId}-help`}>
            {t("review.edit")}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => onAmend(review)} aria-describedby={`${titleId}-help`}>
            {t("review.amend")}
          </Button>
        )}
        {review.amendments > 0 ? (
          <Button variant="link" aria-expanded={showAmendments} onClick={() => setShowAmendments(!showAmendments)}>
            {showAmendments ? t("review.hideAmendments") : t("review.showAmendments")}
          </Button>
        ) : null}
        <p className="hint review-card__help" id={`${titleId}-help`}>
          {review.editable ? t("review.editableHelp") : t("review.lockedHelp")}
        </p>
      </div>
      {showAmendments ? <AmendmentHistory reviewId={review.id} model={model} areaIds={list.plan.areaIds} /> : null}
    </article>
  );
}
