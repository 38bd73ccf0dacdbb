import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { scoreLine } from "./score-text";
import "./surveys.css";

type Instrument = RouterOutputs["survey"]["listForParticipant"][number]["instruments"][number];

/**
 * The main results of a submitted survey, one line per scale: the scale's own label as its
 * name, the value with the scale's range and direction, and the scale's band when it has
 * cut-offs. Instruments without scores (background, satisfaction) are left out.
 */
export function SurveyScores({ instruments }: { instruments: readonly Instrument[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const texts = {
    detail: ({ min, max, higherIsBetter }: { min: string; max: string; higherIsBetter: boolean }) =>
      t(higherIsBetter ? "surveys.scoreHigherBetter" : "surveys.scoreLowerBetter", { min, max }),
    noScore: t("surveys.noScore"),
  };
  const rows = instruments.flatMap((instrument) =>
    instrument.scores.map((score) => ({
      key: `${instrument.id}/${score.scaleId}`,
      ...scoreLine(
        score.scaleId,
        score.value,
        instrument.scales.find((s) => s.id === score.scaleId),
        lang,
        texts,
      ),
    })),
  );
  if (rows.length === 0) return null;
  return (
    <div className="survey-scores">
      <p className="survey-scores__title">{t("surveys.scores")}</p>
      <dl className="survey-scores__list">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.name}</dt>
            <dd>
              {row.value}
              {row.reading ? <span className="survey-scores__reading"> {row.reading}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
