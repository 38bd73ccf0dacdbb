// How one scale score reads to a mentor: "WHO-5 trivsel (0-100): 48 (skala 0–100, højere er
// bedre), Lav trivsel (≤ 50)". The band is the scale's own cut-off label; a scale without
// cut-offs gets none (no band is invented). Pure, so the wording rules are unit-tested.

type Localized = { da: string; en: string };

export interface TScaleMeta {
  id: string;
  label: Localized;
  range: { min: number; max: number };
  higherIsBetter: boolean;
  cutoffs: readonly { max?: number | undefined; label: Localized }[];
}

/** The band a value falls in, as @skridt/instruments' bandFor finds it: the first cut-off whose max it does not exceed. */
export function bandLabel(cutoffs: TScaleMeta["cutoffs"], value: number | null): Localized | null {
  if (value === null || cutoffs.length === 0) return null;
  const band = cutoffs.find((c, i) => c.max === undefined || value <= c.max || i === cutoffs.length - 1);
  return band?.label ?? null;
}

export interface TScoreTexts {
  /** e.g. "skala {{min}}–{{max}}, højere er bedre" with min and max filled in. */
  detail: (params: { min: string; max: string; higherIsBetter: boolean }) => string;
  noScore: string;
}

export interface TScoreLine {
  name: string;
  /** "48", or the no-score text. */
  value: string;
  /** "(skala 0–100, højere er bedre), Lav trivsel (≤ 50)", or "" when there is no value or scale. */
  reading: string;
  /** value and reading as one line. */
  text: string;
}

const line = (name: string, value: string, reading = ""): TScoreLine => ({ name, value, reading, text: reading ? `${value} ${reading}` : value });

/** One score as name and reading; a scale the definition lacks is named by its id and shown bare. */
export function scoreLine(scaleId: string, value: number | null, meta: TScaleMeta | undefined, lang: "da" | "en", texts: TScoreTexts): TScoreLine {
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : "da-DK", { maximumFractionDigits: 1 });
  const name = meta?.label[lang] ?? scaleId;
  if (value === null) return line(name, texts.noScore);
  if (!meta) return line(name, number.format(value));
  const detail = texts.detail({ min: number.format(meta.range.min), max: number.format(meta.range.max), higherIsBetter: meta.higherIsBetter });
  const band = bandLabel(meta.cutoffs, value);
  return line(name, number.format(value), `(${detail})${band ? `, ${band[lang]}` : ""}`);
}
