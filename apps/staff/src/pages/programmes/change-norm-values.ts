// Numbers as a reader of the norms types and reads them: Danish with a decimal comma, English
// with a point, and as typed into the form (either mark accepted).
import type { Lang } from "../../i18n/use-lang";

/** A figure as the norm gives it, without trailing zeros: 0,81 / 23,6 / 50. */
export function decimal(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 3, useGrouping: false }).format(value);
}

/** A typed number: null when empty, NaN when not a number (the schema then names the field). */
export function typedNumber(typed: string): number | null {
  const text = typed.trim().replace(/\s/g, "").replace(",", ".");
  if (text === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}
