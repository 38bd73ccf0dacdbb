import type { TIsoDate } from "./types";

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings without Date objects: the outcome functions
 * run over hundreds of thousands of events, and parsing by character codes keeps that
 * linear and allocation-free. Days are counted from 1970-01-01 (proleptic Gregorian).
 */

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

export function yearOf(date: TIsoDate): number {
  return digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
}
export function monthOf(date: TIsoDate): number {
  return digit(date, 5) * 10 + digit(date, 6);
}
export function dayOf(date: TIsoDate): number {
  return digit(date, 8) * 10 + digit(date, 9);
}

/** Days since 1970-01-01 (H. Hinnant, "chrono-compatible low-level date algorithms"). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toDayNumber(date: TIsoDate): number {
  return dayNumber(yearOf(date), monthOf(date), dayOf(date));
}

function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Whole calendar months covered by the inclusive day range [from, to] (day numbers):
 * 2024-01-15..2024-07-14 is 6, ..2024-07-13 is 5. The k-th month from the start ends the
 * day before the same day-of-month k months later, clamped to the month's end
 * (31 January + 1 month → 29 February), the same reading as packages/instruments'
 * fullMonthsCovered, so a person's page and the cohort figure agree.
 */
export function fullMonthsCovered(from: number, to: number): number {
  if (to < from) return 0;
  const [y1, m1, d1] = civil(from);
  const [y2, m2, d2] = civil(to + 1);
  let k = (y2 - y1) * 12 + (m2 - m1);
  if (Math.min(d1, daysInMonth(y2, m2)) > d2) k -= 1;
  return Math.max(0, k);
}

/**
 * Age in whole years on `on`. With an exact birth date the birthday counts from its day
 * (born 1990-03-15 → 29 on 2019-03-14, 30 on 2019-03-15; born 29 February → the birthday
 * is 1 March in common years, as in Danish law). With a birth year only, the age reached
 * during the year of `on` (the best a pseudonymous year allows; at most one year high).
 */
export function ageOn(birth: { birthDate?: TIsoDate | null; birthYear?: number | null }, on: TIsoDate): number | null {
  const y = yearOf(on);
  if (birth.birthDate) {
    const by = yearOf(birth.birthDate);
    const bm = monthOf(birth.birthDate);
    const bd = dayOf(birth.birthDate);
    const m = monthOf(on);
    const d = dayOf(on);
    let age = y - by;
    // Born 29 Feb: in a common year the birthday has passed only from 1 March.
    const birthdayDay = bm === 2 && bd === 29 && daysInMonth(y, 2) === 28 ? 28.5 : bd;
    if (m < bm || (m === bm && d < birthdayDay)) age -= 1;
    return age;
  }
  if (typeof birth.birthYear === "number") return y - birth.birthYear;
  return null;
}
