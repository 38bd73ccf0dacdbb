// Evaluation figures arrive suppressed: a count of 1..4 people is the string "<5", a cell
// hidden so that a "<5" cannot be worked out from the total is "x". These helpers show the
// markers as they are and never compute with them.

/** A number from the API, or a suppression marker, or nothing (not defined, e.g. SD of one). */
export type MaybeMasked = number | string | null | undefined;

export const SECONDARY_MARK = "x";

export function isMasked(value: MaybeMasked): value is string {
  return typeof value === "string";
}

/** The number to draw, or null: charts skip suppressed and missing values instead of guessing. */
export function drawable(value: MaybeMasked): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function locale(lang: string): string {
  return lang === "en" ? "en-GB" : "da-DK";
}

// One formatter per language and style: building an Intl.NumberFormat costs far more than
// formatting with it, and the questionnaires page formats thousands of cells in one render.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale(lang), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatCount(value: MaybeMasked, lang: string): string {
  if (isMasked(value)) return value;
  if (value === null || value === undefined) return "–";
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** How many decimals a percentage gets: whole numbers by default (as the seed's tables), one as an option. */
export type ShareDigits = 0 | 1;

/** A fraction 0..1 as a percentage: whole by default ("45 %"), or with one decimal ("45,1 %"). */
export function formatShare(value: MaybeMasked, lang: string, digits: ShareDigits = 0): string {
  if (isMasked(value)) return value;
  if (value === null || value === undefined) return "–";
  return numberFormat(lang, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDecimal(value: MaybeMasked, lang: string, digits = 1): string {
  if (isMasked(value)) return value;
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Signed, so a change reads as a change: "+11,1", "−2,0". */
export function formatSigned(value: MaybeMasked, lang: string, digits = 1): string {
  if (isMasked(value) || value === null || value === undefined) return formatDecimal(value, lang, digits);
  const text = formatDecimal(Math.abs(value), lang, digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** p-values as journals print them: three decimals, and "< 0,001" below that. */
export function formatP(value: MaybeMasked, lang: string): string {
  if (isMasked(value) || value === null || value === undefined) return formatDecimal(value, lang, 3);
  return value < 0.001 ? `< ${formatDecimal(0.001, lang, 3)}` : formatDecimal(value, lang, 3);
}

/** True when any text in the table is a suppression marker (then the table gets its explanation). */
export function hasMarkers(texts: readonly string[]): boolean {
  return texts.some((t) => /^<\d+$/.test(t) || t === SECONDARY_MARK);
}

/** "13 (10 %)", or just the marker when the count is hidden (its share is hidden with it). */
export function formatCountShare(count: MaybeMasked, share: MaybeMasked, lang: string, digits: ShareDigits = 0): string {
  if (isMasked(count)) return count;
  return `${formatCount(count, lang)} (${formatShare(share, lang, digits)})`;
}
