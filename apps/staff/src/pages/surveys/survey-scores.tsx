import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";

type Instrument = RouterOutputs["survey"]["listForParticipant"][number]["instruments"][number];

/**
 * The main results of a submitted survey, one line per scale. The list has no scale labels
 * yet, so a scale is named by its instrument (and by its id when an instrument has several).
 * Instruments without scores (background, satisfaction) are left out.
 */
export function SurveyScores({ instruments }: { instruments: readonly Instrument[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : "da-DK", { maximumFractionDigits: 1 });
  const rows = instruments.flatMap((instrument) =>
    instrument.scores.map((score) => ({
      key: `${instrument.id}/${score.scaleId}`,
      label: instrument.scores.length > 1 ? `${instrument.title[lang]} (${score.scaleId})` : instrument.title[lang],
      value: score.value === null ? t("surveys.noScore") : number.format(score.value),
    })),
  );
  if (rows.length === 0) return null;
  return (
    <div className="survey-scores">
      <p className="survey-scores__title">{t("surveys.scores")}</p>
      <dl>
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
