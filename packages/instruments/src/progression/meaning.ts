import type { TLocalizedText } from "../text";
import type { TProgressionBand, TProgressionModel } from "./model";

/** The band a value falls in, or undefined outside the range (bands tile the range). */
export function bandOf(model: TProgressionModel, value: number): TProgressionBand | undefined {
  return model.bands.find((b) => value >= b.min && value <= b.max);
}

/** The label shown beside a value ("Fremgang" for 3 on the Halsnæs model). */
export function meaningOf(model: TProgressionModel, value: number): TLocalizedText | undefined {
  return bandOf(model, value)?.label;
}

/**
 * The mentor's support on a ladder, after the asymmetric alliance: the number that
 * together with the participant's own score makes the top of the ladder (10 − score on
 * 1..10). Null for relative models, where support is not part of the method, and for
 * values outside the range.
 */
export function supportOf(model: TProgressionModel, participantScore: number): number | null {
  if (model.kind !== "ladder") return null;
  if (participantScore < model.range.min || participantScore > model.range.max) return null;
  return model.range.max - participantScore;
}

/**
 * 0..100 for drawing (spider charts, lines), with 100 always the good end: the range's
 * minimum is 0 and its maximum 100, flipped when lower is better. Relative -5..5: -5 → 0,
 * 0 (the start) → 50, 5 → 100. Ladder 1..10: 1 → 0, 10 → 100. Values outside the range
 * are clamped so a bad row cannot break a chart.
 */
export function normalise(model: TProgressionModel, value: number): number {
  const { min, max } = model.range;
  const clamped = Math.min(max, Math.max(min, value));
  const share = ((clamped - min) / (max - min)) * 100;
  return model.higherIsBetter ? share : 100 - share;
}
