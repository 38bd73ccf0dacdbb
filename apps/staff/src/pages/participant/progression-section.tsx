import { Button, Card, QueryState } from "@skridt/ui";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { AreaLinesSection } from "./area-lines";
import { ReviewCard } from "./review-card";
import { ReviewForm } from "./review-form";
import type { ReviewMode } from "./review-form-schema";
import { ScoreDifferencesSection } from "./score-differences-section";
import { SpiderCompare } from "./spider-compare";
import { localized } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useReviews, type Review } from "./use-workspace";
import { useSuccessNotice } from "../../shell/use-success-notice";

type Editing = { mode: ReviewMode; review?: Review } | null;

/** Reviews: a new one, the spider chart of any two, each area's path, and every review kept. */
export function ProgressionSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reviews = useReviews(participantId);
  const [editing, setEditing] = useState<Editing>(null);
  const notice = useSuccessNotice();
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const open = (next: Editing) => {
    notice.clear();
    setEditing(next);
    window.scrollTo({ top: 0 });
  };

  return (
    <Card
      title={t("workspace.tab_progression")}
      headingLevel={2}
      variant="plain"
      actions={
        // A new review needs the model and plan, so the button waits for them.
        reviews.data && !editing ? (
          <Button ref={newButtonRef} onClick={() => open({ mode: "create" })}>
            {t("review.new")}
          </Button>
        ) : null
      }
    >
      {notice.element}
      <QueryState query={reviews} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
        {(list) => (
          <>
            <p className="hint">{t("review.modelLine", { model: localized(list.model.title, lang), count: list.plan.reviewIntervalDays })}</p>
            {editing ? (
              <ReviewForm
                key={`${editing.mode}-${editing.review?.id ?? "new"}`}
                participantId={participantId}
                list={list}
                mode={editing.mode}
                {...(editing.review ? { review: editing.review } : {})}
                onCancel={() => {
                  setEditing(null);
                  requestAnimationFrame(() => newButtonRef.current?.focus());
                }}
                onDone={(message) => {
                  setEditing(null);
                  notice.show(message);
                }}
              />
            ) : null}
            {list.reviews.length === 0 ? <p>{t("review.none")}</p> : null}
            <SpiderCompare list={list} />
            <ScoreDifferencesSection list={list} participantId={participantId} />
            <AreaLinesSection list={list} />
            {list.reviews.length > 0 ? (
              <Card title={t("review.allTitle", { count: list.reviews.length })} headingLevel={3} variant="plain">
                <ol className="review-list">
                  {[...list.reviews].reverse().map((review) => (
                    <li key={review.id}>
                      <ReviewCard
                        review={review}
                        list={list}
                        onEdit={(r) => open({ mode: "edit", review: r })}
                        onAmend={(r) => open({ mode: "amend", review: r })}
                      />
                    </li>
                  ))}
                </ol>
              </Card>
            ) : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}
