import { CONTACT_KINDS, STATUSES, type TContactKind, type TLocalizedText, type TProgressionModel, type TStatusCode } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";

export type Lang = "da" | "en";

/** The reader's language for texts that come as { da, en } from the instrument definitions. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "da";
}

export function localized(text: TLocalizedText | null | undefined, lang: Lang): string {
  return text ? text[lang] : "";
}

/** The catalogue's label; a code the catalogue does not know (an old row) is shown as it is. */
export function statusLabel(code: string, lang: Lang): string {
  return code in STATUSES ? STATUSES[code as TStatusCode].label[lang] : code;
}

export function contactKindLabel(code: string, lang: Lang): string {
  return code in CONTACT_KINDS ? CONTACT_KINDS[code as TContactKind].label[lang] : code;
}

/**
 * A score as mentors write it: on the relative Halsnæs model a plus sign says "progress
 * since the start" (+3), on the ladder the number stands alone.
 */
export function formatScore(model: Pick<TProgressionModel, "kind">, value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  if (model.kind === "relative" && value > 0) return `+${value}`;
  // A real minus sign reads better than a hyphen and is announced as "minus".
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}

const DAY_MS = 86_400_000;

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}
