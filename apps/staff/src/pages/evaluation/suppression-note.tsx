import { useTranslation } from "react-i18next";

/** What "<5" and "x" mean, under every table that shows them. */
export function SuppressionNote() {
  const { t } = useTranslation();
  return (
    <p className="hint suppression-note">
      {t("evaluation.suppressedSmall")} {t("evaluation.suppressedSecondary")}
    </p>
  );
}
