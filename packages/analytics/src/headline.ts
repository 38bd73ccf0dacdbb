import { addKeyed, keyed, type TDisclosure, type TKeyedCount } from "./disclosure";
import { keyedOutcomesOfHistories, type TKeyedOutcomes, type TStatusHistory, type TTarget } from "./outcomes";
import { protectCohortCounts, protectOutcomes, protectResponseRates } from "./protect-results";
import type { TKeyedResponseRate } from "./response-rates";
import type { TIsoDate, TOccasion, TStatusCatalogue } from "./types";

/**
 * The overview's headline figures, each over the denominator that makes it true (issue 15):
 * - the first occasion's response rate over everyone enrolled; every later occasion's over those
 *   who have reached it: ended by the report day, or sent that questionnaire (or answered it);
 * - status at the end over those who have ended; status on a day over those enrolled that day
 *   (enrolled on or before it, not ended before it);
 * - employment relations and internships started over everyone enrolled, to each one's end or today.
 * Pure, so the page, the report and the tests use the same counts; keyed for disclosure control.
 */

/** One participant as the overview reads them: enrolment and end days, status events, and how far each occasion's questionnaire got. */
export type THeadlineHistory = TStatusHistory & {
  key: number;
  enrolledOn: TIsoDate;
  /** Per occasion: 3 submitted, 2 begun, 1 sent but not begun, 0 none. */
  furthest: readonly number[];
};

export type TRateBasis = "enrolled" | "reached";
export type TOutcomeBasis = "ended" | "enrolled_on_day";

export type TKeyedHeadline = {
  counts: { enrolled: TKeyedCount; active: TKeyedCount; ended: TKeyedCount };
  responseRates: Array<TKeyedResponseRate & { basis: TRateBasis }>;
  outcomeBasis: TOutcomeBasis;
  outcomes: TKeyedOutcomes;
  /** Relations and internships over everyone enrolled (each to their end, or today). */
  activity: TKeyedOutcomes["employment"];
};

export function hasEnded(h: { endedOn?: TIsoDate | null }, today: TIsoDate): boolean {
  return !!h.endedOn && h.endedOn <= today;
}

/** Enrolled on the day: enrolled on or before it and not ended before it (the end day itself still counts). */
export function enrolledOn(h: { enrolledOn: TIsoDate; endedOn?: TIsoDate | null }, day: TIsoDate): boolean {
  return h.enrolledOn <= day && (!h.endedOn || h.endedOn >= day);
}

export function keyedHeadline(
  histories: readonly THeadlineHistory[],
  occasions: readonly TOccasion[],
  catalogue: TStatusCatalogue,
  options: { today: TIsoDate; statusOn?: TIsoDate | null; targets: readonly TTarget[]; employmentMonths?: number },
): TKeyedHeadline {
  const enrolled = keyed();
  const ended = keyed();
  for (const h of histories) {
    addKeyed(enrolled, h.key);
    if (hasEnded(h, options.today)) addKeyed(ended, h.key);
  }
  const active = { count: enrolled.count - ended.count, key: enrolled.key - ended.key };
  const responseRates = occasions.map((occasion, k) => {
    const basis: TRateBasis = k === 0 ? "enrolled" : "reached";
    const eligible = keyed();
    const completed = keyed();
    const incomplete = keyed();
    const noResponse = keyed();
    for (const h of histories) {
      const rank = h.furthest[k] ?? 0;
      if (basis === "reached" && rank === 0 && !hasEnded(h, options.today)) continue;
      addKeyed(eligible, h.key);
      addKeyed(rank === 3 ? completed : rank === 2 ? incomplete : noResponse, h.key);
    }
    return { occasion, basis, eligible, completed, incomplete, noResponse };
  });
  const months = options.employmentMonths ?? 6;
  const statusOn = options.statusOn ?? null;
  const outcomeHistories = statusOn ? histories.filter((h) => enrolledOn(h, statusOn)) : histories.filter((h) => hasEnded(h, options.today));
  const outcomes = keyedOutcomesOfHistories(outcomeHistories, catalogue, {
    ...(statusOn ? { asOf: statusOn, atEnd: false } : { asOf: options.today }),
    employmentMonths: months,
    targets: options.targets,
  });
  const activity = keyedOutcomesOfHistories(histories, catalogue, { asOf: options.today, employmentMonths: months }).employment;
  return { counts: { enrolled, active, ended }, responseRates, outcomeBasis: statusOn ? "enrolled_on_day" : "ended", outcomes, activity };
}

/** The headline as it may be shown: every count perturbed in the cohort's disclosure, each figure with its basis. */
export function protectHeadline(h: TKeyedHeadline, d: TDisclosure) {
  const rates = protectResponseRates(h.responseRates, d);
  const activity = protectOutcomes(
    {
      n: h.counts.enrolled,
      statuses: [],
      groups: [],
      employment: h.activity,
      targets: [],
    },
    d,
  ).employment;
  return {
    counts: protectCohortCounts(h.counts, d),
    responseRates: rates.map((r, k) => ({ ...r, basis: (h.responseRates[k] as { basis: TRateBasis }).basis })),
    outcomeBasis: h.outcomeBasis,
    outcomes: protectOutcomes(h.outcomes, d),
    activity: {
      minMonths: activity.minMonths,
      relations: activity.relations,
      lastingRelations: activity.lastingRelations,
      internships: activity.internships,
      lastingInternships: activity.lastingInternships,
    },
  };
}
