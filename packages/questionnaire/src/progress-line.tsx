import { useId } from "react";
import { useTranslation } from "react-i18next";

/** "Spørgsmål 3 af 41" with a bar that says the same, for those who read numbers badly. */
export function ProgressLine({ n, total }: { n: number; total: number }) {
  const { t } = useTranslation("questionnaire");
  const id = useId();
  return (
    <div className="progress">
      <p id={id} className="progress__text">
        {t("survey.progress", { n, total })}
      </p>
      <progress className="progress__bar" max={total} value={n} aria-labelledby={id} />
    </div>
  );
}
