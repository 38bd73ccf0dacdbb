import { Button } from "@skridt/ui";
import { useTranslation } from "react-i18next";

/** The browser's own print dialog, where "Gem som PDF" is one of the printers. */
export function PrintButton() {
  const { t } = useTranslation();
  return <Button onClick={() => window.print()}>{t("report.print")}</Button>;
}
