// FHIR search parameters the /fhir endpoints understand: a subject reference and a date range.
import type { TDateRange } from "./fhir-data";

/** "Patient/abc" or "abc" → "abc"; anything else (another resource type, several ids) → null. */
export function patientIdOf(value: string | undefined): string | null {
  if (!value) return null;
  const id = value.startsWith("Patient/") ? value.slice("Patient/".length) : value;
  return /^[A-Za-z0-9.-]{1,64}$/.test(id) ? id : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `date=ge2026-01-01&date=lt2026-02-01` (prefixes eq, ge, gt, le, lt; a day or a date-time with
 * zone) → a half-open range [from, to). Null when a value cannot be read, so the caller says so.
 */
export function dateRangeOf(values: readonly string[]): TDateRange | null {
  const range: TDateRange = {};
  const later = (a: Date | undefined, b: Date) => (a && a > b ? a : b);
  const earlier = (a: Date | undefined, b: Date) => (a && a < b ? a : b);
  for (const raw of values) {
    const match = /^(eq|ge|gt|le|lt)?(.+)$/.exec(raw);
    if (!match) return null;
    const prefix = match[1] ?? "eq";
    const text = match[2]!;
    let start: Date;
    let end: Date;
    if (DAY.test(text)) {
      start = new Date(`${text}T00:00:00Z`);
      end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
    } else if (DATE_TIME.test(text)) {
      start = new Date(text);
      end = new Date(start.getTime() + 1);
    } else return null;
    if (Number.isNaN(start.getTime())) return null;
    if (prefix === "eq") {
      range.from = later(range.from, start);
      range.to = earlier(range.to, end);
    } else if (prefix === "ge") range.from = later(range.from, start);
    else if (prefix === "gt") range.from = later(range.from, end);
    else if (prefix === "le") range.to = earlier(range.to, end);
    else range.to = earlier(range.to, start);
  }
  return range;
}

/** A query parameter as a list (Fastify gives a string for one value, an array for several). */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
