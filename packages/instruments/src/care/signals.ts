import type { TCareRule } from "./rules";

/** A score that calls for care: at or below the rule's level, or fallen by at least its drop since the previous occasion. */
export interface TCareSignal {
  kind: "low" | "drop";
  instrumentId: string;
  scaleId: string;
  /** The score now. */
  value: number;
  /** The score at the previous occasion (for "drop"). */
  previous?: number;
  /** The rule's level ("low": at most) or change ("drop": at least). */
  threshold: number;
}

export interface TScaleScoreNow {
  instrumentId: string;
  scaleId: string;
  value: number | null;
  /** The same scale at the participant's previous occasion, when there was one. */
  previous?: number | null;
}

const EPSILON = 1e-9; // 0.1 + 0.2 must not miss a threshold

/**
 * Which scores call for care under the rules. Scores the rules do not mention, and missing
 * scores, call for nothing. Rules are stated on scales where higher is better (WHO-5).
 */
export function careSignals(rules: readonly TCareRule[], scores: readonly TScaleScoreNow[]): TCareSignal[] {
  const signals: TCareSignal[] = [];
  for (const score of scores) {
    if (score.value === null) continue;
    const rule = rules.find((r) => r.instrumentId === score.instrumentId && r.scaleId === score.scaleId);
    if (!rule) continue;
    const base = { instrumentId: score.instrumentId, scaleId: score.scaleId, value: score.value };
    if (rule.low && score.value <= rule.low.atMost + EPSILON) signals.push({ ...base, kind: "low", threshold: rule.low.atMost });
    if (rule.drop && score.previous !== undefined && score.previous !== null && score.previous - score.value >= rule.drop.atLeast - EPSILON) {
      signals.push({ ...base, kind: "drop", previous: score.previous, threshold: rule.drop.atLeast });
    }
  }
  return signals;
}
