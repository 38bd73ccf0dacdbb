import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { QUESTIONNAIRE_NS, questionnaireTexts } from "@skridt/questionnaire/texts";
import { da } from "./da";
import { en } from "./en";

export const LANGUAGE_OPTIONS = [
  { code: "da", label: "Dansk" },
  { code: "en", label: "English" },
] as const;
export type Locale = "da" | "en";

const STORAGE_KEY = "skridt.participant.locale";

export function isLocale(value: unknown): value is Locale {
  return value === "da" || value === "en";
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Changes the language and remembers it on this device (a shared phone or tablet keeps the choice). */
export function chooseLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be refused (private browsing); the choice then lasts for this visit.
  }
  void i18n.changeLanguage(locale);
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = isLocale(language) ? language : "da";
});

void i18n.use(initReactI18next).init({
  // The questionnaire screens' words live with them in @skridt/questionnaire; this app's own
  // pages use a few of them too (titles, "loading"), so its namespace falls back to theirs.
  resources: { da: { translation: da, [QUESTIONNAIRE_NS]: questionnaireTexts.da }, en: { translation: en, [QUESTIONNAIRE_NS]: questionnaireTexts.en } },
  ns: ["translation", QUESTIONNAIRE_NS],
  fallbackNS: QUESTIONNAIRE_NS,
  lng: storedLocale() ?? "da",
  fallbackLng: "da",
  supportedLngs: ["da", "en"],
  interpolation: { escapeValue: false },
});

export { i18n };
