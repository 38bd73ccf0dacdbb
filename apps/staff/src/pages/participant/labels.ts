// How the participant workspace shows catalogue codes, localized instrument texts and scores.
import { CONTACT_KINDS, STATUSES, type TContactKind, type TLocalizedText, type TProgressionModel, type TStatusCode } from "@skridt/instruments/client";
import type { Lang } from "../../i18n/use-lang";

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
