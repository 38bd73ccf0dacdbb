import { useTranslation } from "react-i18next";

export type Lang = "da" | "en";

/**
 * The reader's language, for what i18next does not translate: texts that come as { da, en }
 * from the instrument definitions, and dates. Re-renders when the language changes.
 */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "da";
}
