import { useTranslation } from "react-i18next";

/** What "<5" means, and that every evaluator figure is perturbed (docs/privacy.md, the cell-key method). */
export function SuppressionNote() {
  const { t } = useTranslation();
  return (
    <p className="hint suppression-note">
      {t("evaluation.suppressedSmall")} {t("evaluation.suppressedSecondary")}
    </p>
  );
}
