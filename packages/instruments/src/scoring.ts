import { answerSchemaFor } from "./answers";
import type { TAnswers } from "./answered";
import type { TInstrument } from "./instrument";
import type { TScale } from "./scales";
import type { TLocalizedText } from "./text";
import { itemValue, transform, type TScorableItem } from "./scale-values";
import { isVisible } from "./visibility";

export type TScoreStatus = "complete" | "prorated" | "insufficient";

export interface TScaleScore {
  scaleId: string;
  /** null whenever the missing-item rule is not met: never a silently partial score. */
  value: number | null;
  status: TScoreStatus;
  /** Items that contributed. */
  answered: number;
  /** Items missing, hidden, or with an invalid answer. */
  missing: number;
  /** The cut-off band the value falls in (index in scale.cutoffs), or null. */
  band: { index: number; label: TLocalizedText } | null;
}

/** The band a value falls in: the first whose max it does not exceed; the last band is open. */
export function bandFor(scale: TScale, value: number | null): TScaleScore["band"] {
  if (value === null || scale.cutoffs.length === 0) return null;
  const index = scale.cutoffs.findIndex((c, i) => c.max === undefined || value <= c.max || i === scale.cutoffs.length - 1);
  const cutoff = scale.cutoffs[index];
  return cutoff ? { index, label: cutoff.label } : null;
}

function collectValues(instrument: TInstrument, scale: TScale, answers: TAnswers): number[] {
  const values: number[] = [];
  for (const scaleItem of scale.items) {
    const item = instrument.items.find((i) => i.id === scaleItem.itemId);
    if (!item || (item.type !== "single-choice" && item.type !== "number")) continue; // excluded by defineInstrument
    if (!isVisible(instrument, item.id, answers)) continue;
    // An invalid answer is missing, not scored: validateAnswers reports it.
    const parsed = answerSchemaFor(item).safeParse(answers[item.id]);
    if (!parsed.success || typeof parsed.data !== "number") continue;
    const v = itemValue(item as TScorableItem, scaleItem, parsed.data);
    if (v !== null) values.push(v);
  }
  return values;
}

export function scoreScale(instrument: TInstrument, scale: TScale, answers: TAnswers): TScaleScore {
  const values = collectValues(instrument, scale, answers);
  const count = scale.items.length;
  const answered = values.length;
  const missing = count - answered;
  const allowed = scale.missing.kind === "prorate" ? scale.missing.maxMissing : 0;

  if (answered === 0 || missing > allowed) {
    return { scaleId: scale.id, value: null, status: "insufficient", answered, missing, band: null };
  }
  const mean = values.reduce((s, v) => s + v, 0) / answered;
  // Prorating: a sum over n items becomes mean of the answered × n.
  const raw = scale.method === "mean" ? mean : mean * count;
  const value = transform(scale, raw);
  return {
    scaleId: scale.id,
    value,
    status: missing === 0 ? "complete" : "prorated",
    answered,
    missing,
    band: bandFor(scale, value),
  };
}

/** Score every scale of an instrument. The one scoring function used everywhere. */
export function scoreInstrument(instrument: TInstrument, answers: TAnswers): TScaleScore[] {
  return instrument.scales.map((scale) => scoreScale(instrument, scale, answers));
}
