import type { TProgressionModel, TReviewScores } from "@skridt/instruments/client";
import { QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { formatScore, localized } from "./labels";
import { useLang } from "../../i18n/use-lang";

interface Snapshot {
  scores: TReviewScores;
  note: string;
}

/** The API keeps before/after as stored JSON; anything unexpected reads as an empty review. */
function snapshot(value: unknown): Snapshot {
  if (!value || typeof value !== "object") return { scores: {}, note: "" };
  const v = value as { scores?: unknown; note?: unknown };
  return {
    scores: v.scores && typeof v.scores === "object" ? (v.scores as TReviewScores) : {},
    note: typeof v.note === "string" ? v.note : "",
  };
}

/** The audit trail of a locked review: when, why, and which scores changed from what to what. */
export function AmendmentHistory({ reviewId, model, areaIds }: { reviewId: string; model: TProgressionModel; areaIds: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const amendments = useQuery(trpc.review.amendments.queryOptions({ organisationId, reviewId }));
  const when = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "da-DK", { dateStyle: "medium", timeStyle: "short" });
  const describe = (score: TReviewScores[string] | undefined) => (score ? formatScore(model, score.mentor) : t("review.skipped"));

  return (
    <QueryState query={amendments} loadingText={t("common.loading")} errorText={(error) => t(`errors.${errorKey(error)}`)}>
      {(data) => (
        <ol className="amendments">
          {data.map((amendment) => {
            const before = snapshot(amendment.before);
            const after = snapshot(amendment.after);
            const changed = areaIds.filter((areaId) => JSON.stringify(before.scores[areaId] ?? null) !== JSON.stringify(after.scores[areaId] ?? null));
            return (
              <li key={amendment.id}>
                <p>
                  <strong>{when.format(new Date(amendment.at))}</strong> – {t("review.reasonGiven", { reason: amendment.reason })}
                </p>
                <ul>
                  {changed.map((areaId) => (
                    <li key={areaId}>
                      {t("review.changedArea", {
                        area: localized(model.areas.find((a) => a.id === areaId)?.label, lang) || areaId,
                        from: describe(before.scores[areaId]),
                        to: describe(after.scores[areaId]),
                      })}
                    </li>
                  ))}
                  {before.note !== after.note ? <li>{t("review.changedNote")}</li> : null}
                  {changed.length === 0 && before.note === after.note ? <li>{t("review.changedNothing")}</li> : null}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </QueryState>
  );
}
