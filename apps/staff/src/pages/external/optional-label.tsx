import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A field's label with "(valgfrit)" after it, in the muted hint style. */
export function OptionalLabel({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {children} <span className="hint">{t("common.optional")}</span>
    </>
  );
}
