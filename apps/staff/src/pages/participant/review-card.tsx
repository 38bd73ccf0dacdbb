import { Button } from "@skridt/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { AmendmentHistory } from "./amendment-history";
import { formatScore, localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import type { Review, ReviewList } from "./use-workspace";

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
      <div className="table-wrap" role="region" aria-label={t("review.cardCaption", { date })} tabIndex={0}>
        <table className="table table--compact">
          <caption className="ui-visually-hidden">{t("review.cardCaption", { date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("review.area")}</th>
              {ladder ? <th scope="col" className="numeric">{t("review.participantScoreShort")}</th> : null}
              {ladder ? <th scope="col" className="numeric">{t("review.supportShort")}</th> : null}
              <th scope="col" className="numeric">{t("review.mentorScoreShort")}</th>
              <th scope="col">{t("review.meaning")}</th>
              <th scope="col">{t("review.noteShort")}</th>
            </tr>
          </thead>
          <tbody>
            {review.summary.map((area) => (
              <tr key={area.areaId}>
                <th scope="row">{localized(area.label, lang)}</th>
                {ladder ? <td className="numeric">{formatScore(model, area.participant)}</td> : null}
                {ladder ? <td className="numeric">{formatScore(model, area.support)}</td> : null}
                <td className="numeric">{area.value === null ? t("review.skipped") : formatScore(model, area.value)}</td>
                <td>{localized(area.meaning, lang)}</td>
                <td>{area.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
