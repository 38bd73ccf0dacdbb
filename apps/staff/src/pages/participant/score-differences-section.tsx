import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { useSession } from "../../shell/session-context";
import { formatScore, localized } from "./labels";
import { gapChange, scoreDifferences, type ScoreDifference } from "./score-differences";
import { useParticipantDetails, type ReviewList } from "./use-workspace";

/** At most this many areas are named as the largest differences; the rest are listed in one line. */
const SHOWN = 3;

/**
 * For the mentor: the areas where the participant's own score and the mentor's lie furthest apart
 * at the latest review with both, and how far apart they were at the review before. Worded as a
 * starting point for a conversation, never as who is right. Computed from the reviews the tab has
 * already loaded (the same access rules), so it adds no figure anywhere else.
 */
export function ScoreDifferencesSection({ list, participantId }: { list: ReviewList; participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { me } = useSession();
  const details = useParticipantDetails(participantId);
  const result = scoreDifferences(list.plan.areaIds, list.reviews);
  if (!result) return null;
  // "du" for the participant's own mentor; anyone else reads "mentor".
  const who = details.data?.mentor?.id === me.id ? "You" : "Mentor";
  const areaLabel = (areaId: string) => localized(list.model.areas.find((a) => a.id === areaId)?.label, lang) || areaId;
  const score = (value: number) => formatScore(list.model, value);
  const shown = result.differing.slice(0, SHOWN);
  const rest = result.differing.slice(SHOWN);
  const date = formatDay(result.latestOn, lang);

  const before = (d: ScoreDifference) => {
    if (!result.previousOn) return null;
    if (!d.previous) return t("charts.differNoPrevious", { date: formatDay(result.previousOn, lang) });
    const then = t(`charts.differBefore${who}`, {
      date: formatDay(result.previousOn, lang),
      mentor: score(d.previous.mentor),
      participant: score(d.previous.participant),
    });
    return `${then} ${t(`charts.differChange_${gapChange(d) ?? "same"}`)}`;
  };

  return (
    <section aria-labelledby={`${id}-title`} className="score-differences">
      <h3 id={`${id}-title`}>{t("charts.differTitle")}</h3>
      <p>{t(`charts.differIntro${who}`, { date })}</p>
      {shown.length === 0 ? (
        <p>{t("charts.differAllSame", { count: result.sameCount })}</p>
      ) : (
        <>
          <p id={`${id}-lead`}>{t("charts.differLead")}</p>
          <ul aria-labelledby={`${id}-lead`} className="score-differences__list">
            {shown.map((d) => (
              <li key={d.areaId}>
                <strong>{t(`charts.differItem${who}`, { area: areaLabel(d.areaId), mentor: score(d.mentor), participant: score(d.participant) })}</strong>
                {before(d) ? (
                  <>
                    {/* The review before on its own line, so the latest pair stands out. */}
                    <br />
                    <span className="hint">{before(d)}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {rest.length > 0 ? (
            <p className="hint">
              {t("charts.differRest", {
                list: rest
                  .map((d) => t(`charts.differItem${who}`, { area: areaLabel(d.areaId), mentor: score(d.mentor), participant: score(d.participant) }))
                  .join("; "),
              })}
            </p>
          ) : null}
          {result.sameCount > 0 ? <p className="hint">{t("charts.differSame", { count: result.sameCount })}</p> : null}
        </>
      )}
    </section>
  );
}
