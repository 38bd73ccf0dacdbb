import type { TLocalizedText } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";

/** Picks the current language's text from an instrument's {da, en}. */
export function useLocalized(): (text: TLocalizedText) => string {
  const { i18n } = useTranslation("questionnaire");
  return (text) => (i18n.language === "en" ? text.en : text.da);
}
