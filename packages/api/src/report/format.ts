// How the report writes a figure in a sentence or a table cell. Pure: no I/O, no Intl
// surprises (the separators are written out), so the unit tests pin every character.
// Figures arrive protected: a hidden count is a marker string ("<5", or "x" for a cell hidden
// so that a "<5" cannot be worked out); the text says so in words and never writes 0 for it.

export type TLang = "da" | "en";
/** A protected figure: a number, a marker, or nothing (not defined, e.g. a mean of nobody). */
export type TFigure = number | string | null | undefined;

export const isShown = (value: TFigure): value is number => typeof value === "number" && Number.isFinite(value);

/** Words for a hidden count, by its marker. */
export function hiddenWords(marker: string, lang: TLang): string {
  const small = /^<(\d+)$/.exec(marker);
  if (small) return lang === "da" ? `færre end ${small[1]}` : `fewer than ${small[1]}`;
  return lang === "da" ? "ikke vist (skjult af hensyn til et lille tal)" : "not shown (hidden to protect a small count)";
}

function groupThousands(whole: string, sep: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A number with this many decimals: "8.050" and "3,5" in Danish, "8,050" and "3.5" in English. */
export function formatNumber(value: number, decimals: number, lang: TLang): string {
  const rounded = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction] = rounded.split(".");
  const sign = value < 0 && Number(rounded) !== 0 ? "−" : "";
  const grouped = groupThousands(whole, lang === "da" ? "." : ",");
  return sign + grouped + (fraction ? (lang === "da" ? "," : ".") + fraction : "");
}

/** A count of people or contacts; a hidden one in words. */
export function formatCount(value: TFigure, lang: TLang): string {
  if (typeof value === "string") return hiddenWords(value, lang);
  if (!isShown(value)) return "–";
  return formatNumber(value, 0, lang);
}

/** A share 0..1 as a whole percentage: "45 %" (Danish writes a space) or "45%". */
export function formatShare(value: TFigure, lang: TLang): string {
  if (typeof value === "string") return hiddenWords(value, lang);
  if (!isShown(value)) return "–";
  return `${formatNumber(value * 100, 0, lang)}${lang === "da" ? "\u00a0%" : "%"}`;
}

/** How many decimals a scale's means and changes get: whole points on wide scales (0-100), one on narrow ones. */
export function scaleDecimals(range: { min: number; max: number }): number {
  return range.max - range.min >= 50 ? 0 : 1;
}

/** A mean, change or CI bound on a scale, rounded as the scale's width warrants. */
export function formatScore(value: TFigure, range: { min: number; max: number }, lang: TLang): string {
  if (typeof value === "string") return hiddenWords(value, lang);
  if (!isShown(value)) return "–";
  return formatNumber(value, scaleDecimals(range), lang);
}

/** "1 deltager" / "2 deltagere"; a hidden count is plural ("færre end 5 deltagere"). */
export function countOf(value: TFigure, one: string, many: string, lang: TLang): string {
  return `${formatCount(value, lang)} ${value === 1 ? one : many}`;
}

/** "a, b og c" / "a, b and c". */
export function listOf(parts: string[], lang: TLang): string {
  if (parts.length <= 1) return parts.join("");
  const and = lang === "da" ? " og " : " and ";
  return `${parts.slice(0, -1).join(", ")}${and}${parts[parts.length - 1]}`;
}

/** A cell of a table: the figure as written, a hidden one as its marker (the note under the table says what it means). */
export function cellOf(value: TFigure, kind: "count" | "share" | { range: { min: number; max: number } }, lang: TLang): string {
  if (typeof value === "string") return value;
  if (kind === "count") return formatCount(value, lang);
  if (kind === "share") return formatShare(value, lang);
  return formatScore(value, kind.range, lang);
}
