import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { z } from "zod";
import { da as zodDa, en as zodEn } from "zod/locales";
import { da } from "./da";
import { en } from "./en";
import { friendlyZodMessage } from "./zod-messages";

export const LOCALES = ["da", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const LANGUAGE_OPTIONS = [
  { code: "da", label: "Dansk" },
  { code: "en", label: "English" },
] as const;

const STORAGE_KEY = "skridt.staff.locale";

export function isLocale(value: unknown): value is Locale {
  return value === "da" || value === "en";
}

/** The language this browser last chose explicitly, if any (before sign-in there is no user to ask). */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

// Form validation messages come from zod, so zod speaks the same language as the page.
function applyToDocument(locale: Locale) {
  document.documentElement.lang = locale;
  z.config(locale === "da" ? zodDa() : zodEn());
  z.config({ customError: (issue) => friendlyZodMessage(i18n.t, issue) });
}

i18n.on("languageChanged", (language) => applyToDocument(isLocale(language) ? language : "da"));

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLocale() ?? "da",
  fallbackLng: "da",
  supportedLngs: LOCALES,
  // React already escapes text; escaping twice would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : "da";
}

export { i18n };
