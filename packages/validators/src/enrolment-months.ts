// Evaluators choose enrolment periods in whole months (issue 11, item 1: the averaging attack).
// Any day given is widened to its month, so two cohorts can never differ by one day's
// enrolments: the smallest difference between two enrolment periods is a whole month.
import { z } from "zod";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-05" or "2026-05-27" → the month "2026-05"; null for anything else. */
export function enrolmentMonth(value: string): string | null {
  const m = MONTH.exec(value) ?? DAY.exec(value);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
}

/** The first day of the month ("2026-05" or any day in it → "2026-05-01"). */
export function firstDayOfMonth(value: string): string {
  return `${enrolmentMonth(value)}-01`;
}

/** The last day of the month ("2026-02" → "2026-02-28"). */
export function lastDayOfMonth(value: string): string {
  const month = enrolmentMonth(value)!;
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

const ZMonthOrDay = z.string().refine((v) => (MONTH.test(v) || (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))) && enrolmentMonth(v) !== null, {
  message: "must be a month (YYYY-MM) or a day (YYYY-MM-DD)",
});

/** An enrolment period's start: from the first day of its month. */
export const ZEnrolledFromMonth = ZMonthOrDay.transform(firstDayOfMonth);
/** An enrolment period's end: to the last day of its month. */
export const ZEnrolledToMonth = ZMonthOrDay.transform(lastDayOfMonth);
