import { addKeyed, keyed, keyOfRow, type TKeyedCount } from "./disclosure";
import { share } from "./summary";
import type { TOccasion, TParticipantRow, TSurveyRow, TSurveyState } from "./types";

/**
 * Who is eligible for an occasion:
 * - "all": every participant in the set (seed 001 divides both the start and the end
 *   responses by all 125 participants: 113/125 = 90%, 80/125 = 64%);
 * - "ended": only participants with an end date (an end questionnaire is due on leaving);
 * - "assigned": only participants who were sent the questionnaire (have a survey row).
 */
export type TEligibility = "all" | "ended" | "assigned";

export type TResponseRate = {
  occasion: TOccasion;
  eligible: number;
  /** Submitted questionnaires: the respondents every other figure is computed from. */
  completed: number;
  /** Started but not submitted; counted apart and left out of the results (seed 001's 5). */
  incomplete: number;
  /** Eligible with neither: never opened, expired or cancelled, or no questionnaire at all. */
  noResponse: number;
  /** completed / eligible as a fraction 0..1; null when nobody is eligible. */
  rate: number | null;
};

// Several rows for the same questionnaire (a reminder re-sent, a corrected version) count
// once, by the furthest state reached.
const RANK: Record<TSurveyState, number> = { submitted: 3, in_progress: 2, open: 1, expired: 1, cancelled: 0 };

export function responseRates(
  participants: readonly TParticipantRow[],
  surveys: readonly TSurveyRow[],
  options: { occasions: readonly TOccasion[]; eligibility?: Partial<Record<TOccasion, TEligibility>> },
): TResponseRate[] {
  return tallyResponses(participants, surveys, options, () => 0).map(plainRate);
}

/** A response rate's counts with the key sums of their people (disclosure.ts perturbs them). */
export type TKeyedResponseRate = { occasion: TOccasion; eligible: TKeyedCount; completed: TKeyedCount; incomplete: TKeyedCount; noResponse: TKeyedCount };

/** responseRates with each count keyed; every participant must carry its cell key. */
export function keyedResponseRates(
  participants: readonly TParticipantRow[],
  surveys: readonly TSurveyRow[],
  options: { occasions: readonly TOccasion[]; eligibility?: Partial<Record<TOccasion, TEligibility>> },
): TKeyedResponseRate[] {
  return tallyResponses(participants, surveys, options, keyOfRow);
}

export function plainRate(r: TKeyedResponseRate): TResponseRate {
  return {
    occasion: r.occasion,
    eligible: r.eligible.count,
    completed: r.completed.count,
    incomplete: r.incomplete.count,
    noResponse: r.noResponse.count,
    rate: share(r.completed.count, r.eligible.count),
  };
}

function tallyResponses(
  participants: readonly TParticipantRow[],
  surveys: readonly TSurveyRow[],
  options: { occasions: readonly TOccasion[]; eligibility?: Partial<Record<TOccasion, TEligibility>> },
  keyOf: (p: TParticipantRow) => number,
): TKeyedResponseRate[] {
  const index = new Map<string, number>();
  participants.forEach((p, i) => index.set(p.participantId, i));
  const keys = participants.map(keyOf);
  const best = new Map<TOccasion, Int8Array>();
  for (const occasion of options.occasions) best.set(occasion, new Int8Array(participants.length).fill(-1));
  for (const s of surveys) {
    const states = best.get(s.occasion);
    const i = index.get(s.participantId);
    if (!states || i === undefined) continue;
    const rank = RANK[s.state] ?? 0;
    if (rank > (states[i] as number)) states[i] = rank;
  }
  return options.occasions.map((occasion) => {
    const states = best.get(occasion) as Int8Array;
    const rule = options.eligibility?.[occasion] ?? "all";
    const eligible = keyed();
    const completed = keyed();
    const incomplete = keyed();
    const noResponse = keyed();
    for (let i = 0; i < participants.length; i++) {
      const state = states[i] as number;
      if (rule === "ended" && !participants[i]?.endedOn && state < 2) continue;
      if (rule === "assigned" && state < 0) continue;
      // Whoever answered is eligible by the fact of answering, whatever the rule says.
      const key = keys[i] as number;
      addKeyed(eligible, key);
      addKeyed(state === 3 ? completed : state === 2 ? incomplete : noResponse, key);
    }
    return { occasion, eligible, completed, incomplete, noResponse };
  });
}

/**
 * The (participant, occasion) pairs with a submitted questionnaire, as a set of
 * `${participantId}\u0000${occasion}` keys; distributions and change use only these, so
 * an incomplete questionnaire never enters a result.
 */
export function submittedKeys(surveys: readonly TSurveyRow[]): Set<string> {
  const keys = new Set<string>();
  for (const s of surveys) if (s.state === "submitted") keys.add(`${s.participantId}\u0000${s.occasion}`);
  return keys;
}
