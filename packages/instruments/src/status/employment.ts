import { STATUSES, type TStatusCode } from "./catalogue";
import type { TStatusEvent } from "./event";
import { fullMonthsCovered, type TIsoDate } from "./iso-date";
import { statusPeriods } from "./periods";

/**
 * An employment relation (ansættelsesforhold): an unbroken run of work-group periods
 * (paid hours, flex job, ordinary job, job with wage subsidy) that are not "in process".
 *
 * Decision: work periods that follow each other directly join into one relation, so a
 * 4-month flex job followed the next day by a 3-month ordinary job is 7 months of work.
 * Seed 001's target asks whether people hold on to work ("varigt fleksjob", more than
 * six months), not to one employer, and the data has no employer to tell them apart.
 * Any other status in between (internship, unemployed, sick leave ...) breaks the run.
 */
export type TEmploymentRelation = {
  from: TIsoDate;
  to: TIsoDate;
  days: number;
  /** Whole calendar months covered, counting both ends (see fullMonthsCovered). */
  months: number;
  statuses: TStatusCode[];
  /** True if the relation is still running on `until`. */
  ongoing: boolean;
};

export function employmentRelations(events: readonly TStatusEvent[], until: TIsoDate): TEmploymentRelation[] {
  const relations: TEmploymentRelation[] = [];
  let open: TEmploymentRelation | null = null;
  for (const p of statusPeriods(events, until)) {
    const isWork = STATUSES[p.status].group === "work" && !p.inProcess;
    if (!isWork) {
      open = null;
      continue;
    }
    if (!open) {
      open = { from: p.from, to: p.to, days: 0, months: 0, statuses: [], ongoing: false };
      relations.push(open);
    }
    open.to = p.to;
    open.days += p.days;
    if (!open.statuses.includes(p.status)) open.statuses.push(p.status);
  }
  for (const r of relations) {
    r.months = fullMonthsCovered(r.from, r.to);
    r.ongoing = r.to === until;
  }
  return relations;
}

/** The longest relation by days (the earliest on a tie), or null if there was no work. */
export function longestEmployment(events: readonly TStatusEvent[], until: TIsoDate): TEmploymentRelation | null {
  return employmentRelations(events, until).reduce<TEmploymentRelation | null>((best, r) => (!best || r.days > best.days ? r : best), null);
}

/**
 * Whether some relation covered at least `minMonths` whole calendar months by `until`:
 * from 15 January, six months are reached on 14 July. An ongoing relation counts with
 * the months it has so far. ("Mere end seks måneder" in seed 001 is read as "at least six
 * whole months", the reading the programme's target label uses.)
 */
export function employmentLasting(events: readonly TStatusEvent[], minMonths: number, until: TIsoDate): boolean {
  return employmentRelations(events, until).some((r) => r.months >= minMonths);
}
