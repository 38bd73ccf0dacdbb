import { z } from "zod";

/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Status events, contacts and reviews are
 * about days, not instants: keeping them as strings avoids time-zone shifts between the
 * browser, the server and the database. Arithmetic goes through UTC midnight, where every
 * day has exactly 24 hours.
 */
export type TIsoDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: TIsoDate): [number, number, number] | null {
  const m = PATTERN.exec(date);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True for a real calendar day (rejects 2023-02-29, 2024-13-01). */
export function isIsoDate(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  const [y, mo, d] = p;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const ZIsoDate = z.string().refine(isIsoDate, "must be a calendar date as YYYY-MM-DD");

const DAY_MS = 86_400_000;

function toUtc(date: TIsoDate): number {
  const p = parts(date);
  if (!p || !isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return Date.UTC(p[0], p[1] - 1, p[2]);
}

function fromUtc(ms: number): TIsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative if b is earlier). 2024-01-31 → 2024-02-01 is 1. */
export function daysBetween(a: TIsoDate, b: TIsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function addDays(date: TIsoDate, days: number): TIsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/**
 * Add calendar months, clamping to the month's last day: 2024-01-31 + 1 → 2024-02-29.
 * Clamping (not overflowing into March) is how people count "one month after 31 January".
 */
export function addMonths(date: TIsoDate, months: number): TIsoDate {
  const [y, m, d] = parts(date) ?? [NaN, NaN, NaN];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

/**
 * Whole calendar months covered by the inclusive day range [from, to]:
 * 2024-01-15..2024-07-14 is 6, 2024-01-15..2024-07-13 is 5.
 */
export function fullMonthsCovered(from: TIsoDate, to: TIsoDate): number {
  if (daysBetween(from, to) < 0) return 0;
  let months = 0;
  // At most a few hundred iterations for any real participant history.
  while (daysBetween(addMonths(from, months + 1), addDays(to, 1)) >= 0) months++;
  return months;
}

/**
 * Today's date in the runtime's local time zone (the browser's, or the server's TZ).
 * Only used as a default; derivations that must be reproducible take the date explicitly.
 */
export function todayLocal(now: Date = new Date()): TIsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
