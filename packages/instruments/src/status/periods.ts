import { STATUS_CODES, type TStatusCode } from "./catalogue";
import type { TStatusEvent } from "./event";
import { addDays, daysBetween, todayLocal, type TIsoDate } from "./iso-date";
import { orderedEvents } from "./order";

/**
 * A stretch of days in one status. `from` and `to` are both inclusive, and `days` counts
 * both ends: a status registered on 1 January and replaced on 1 February has
 * from 01-01, to 01-31, days 31. Inclusive ends are how case files write periods
 * ("1.1.–31.1."), and the periods of one participant add up to the days from the first
 * event to `until` with no day counted twice.
 */
export type TStatusPeriod = {
  status: TStatusCode;
  from: TIsoDate;
  to: TIsoDate;
  days: number;
  hoursPerWeek: number | null;
  inProcess: boolean;
};

const sameState = (p: TStatusPeriod, e: TStatusEvent) =>
  p.status === e.status && p.hoursPerWeek === (e.hoursPerWeek ?? null) && p.inProcess === (e.inProcess ?? false);

/**
 * The participant's history as periods, up to and including `until`. Nothing before the
 * first event (the status is unknown then). A re-registration of the same status with the
 * same hours and process flag continues the period; a change of hours starts a new one
 * (employment relations are joined separately, see employment.ts).
 */
export function statusPeriods(events: readonly TStatusEvent[], until: TIsoDate): TStatusPeriod[] {
  const periods: TStatusPeriod[] = [];
  for (const event of orderedEvents(events, until)) {
    const last = periods.at(-1);
    if (last && sameState(last, event)) continue;
    if (last) {
      last.to = addDays(event.occurredOn, -1);
      last.days = daysBetween(last.from, last.to) + 1;
    }
    periods.push({
      status: event.status,
      from: event.occurredOn,
      to: until,
      days: daysBetween(event.occurredOn, until) + 1,
      hoursPerWeek: event.hoursPerWeek ?? null,
      inProcess: event.inProcess ?? false,
    });
  }
  return periods;
}

/** The status in force on `date` (with the day it began), or null before the first event. */
export function statusAt(events: readonly TStatusEvent[], date: TIsoDate): TStatusPeriod | null {
  return statusPeriods(events, date).at(-1) ?? null;
}

/**
 * The status in force today (runtime's local date) or on `on`. Future-dated events, such
 * as an agreed flex job starting next month, do not count until their day.
 */
export function currentStatus(events: readonly TStatusEvent[], on: TIsoDate = todayLocal()): TStatusPeriod | null {
  return statusAt(events, on);
}

/** Days spent in each status up to and including `until`; statuses never reached are 0. */
export function durationsByStatus(events: readonly TStatusEvent[], until: TIsoDate): Record<TStatusCode, number> {
  const out = Object.fromEntries(STATUS_CODES.map((c) => [c, 0])) as Record<TStatusCode, number>;
  for (const p of statusPeriods(events, until)) out[p.status] += p.days;
  return out;
}
