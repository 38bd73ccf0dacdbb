// Checks the history kinds (enrolment, statuses, contacts) share with each other: a participant
// code looked up in scope, a day, a code chosen from a catalogue by its text, a whole number.
// Each returns a problem or the value; the callers collect problems row by row.
import type { Db } from "@skridt/db";
import { problemOf, type ImportProblem, type LocalizedText } from "@skridt/validators";
import { parseDate } from "./cell-values";
import type { Scope } from "./validate";

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
export const CPR_PATTERN = /^\d{6}-?\d{4}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Codes are typed by hand: case and surrounding spaces do not matter (Skridt's own are upper case). */
export const normaliseCode = (text: string) => text.trim().toUpperCase();
export const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");
export const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

export interface KnownParticipant {
  id: string;
  organisationId: string;
  programmeId: string;
  erased: boolean;
  enrolledOn: string;
  endedOn: string | null;
}

export async function findParticipants(db: Db, codes: string[]): Promise<Map<string, KnownParticipant>> {
  const found = new Map<string, KnownParticipant>();
  const wanted = [...new Set(codes.filter(Boolean))];
  for (let i = 0; i < wanted.length; i += 500) {
    const chunk = await db.participant.findMany({
      where: { code: { in: wanted.slice(i, i + 500) } },
      select: { id: true, code: true, organisationId: true, programmeId: true, erasedAt: true, enrolledOn: true, endedOn: true },
    });
    for (const p of chunk)
      found.set(p.code, {
        id: p.id,
        organisationId: p.organisationId,
        programmeId: p.programmeId,
        erased: p.erasedAt !== null,
        enrolledOn: p.enrolledOn.toISOString().slice(0, 10),
        endedOn: p.endedOn ? p.endedOn.toISOString().slice(0, 10) : null,
      });
  }
  return found;
}

/**
 * A row's participant, who must already be in the programme (statuses, contacts). Another
 * organisation's participant reads as unknown: the report must not confirm that a code exists.
 */
export function existingParticipant(
  scope: Scope,
  known: Map<string, KnownParticipant>,
  row: number,
  column: string,
  raw: string,
): { participant: KnownParticipant } | { problem: ImportProblem } {
  const code = normaliseCode(raw);
  const found = known.get(code);
  if (!code) return { problem: problemOf(row, column, "participant_code_missing") };
  // The value is left out on purpose: a CPR number must not travel on into reports and logs.
  if (CPR_PATTERN.test(code)) return { problem: problemOf(row, column, "participant_code_cpr") };
  if (!found || found.organisationId !== scope.organisationId) return { problem: problemOf(row, column, "participant_unknown", { value: code }) };
  if (found.programmeId !== scope.programmeId) return { problem: problemOf(row, column, "participant_other_scope", { value: code }) };
  if (found.erased) return { problem: problemOf(row, column, "participant_erased", { value: code }) };
  return { participant: found };
}

/** A day in a cell: required, a date, not in the future. */
export function dayCell(row: number, column: string, raw: string, now: Date): { day: string } | { problem: ImportProblem } {
  const text = raw.trim();
  if (!text) return { problem: problemOf(row, column, "date_missing") };
  const parsed = parseDate(text);
  if (!parsed) return { problem: problemOf(row, column, "date_invalid", { value: text }) };
  const day = parsed.slice(0, 10);
  if (dayToDate(day).getTime() > now.getTime() + DAY_MS) return { problem: problemOf(row, column, "date_future", { value: text }) };
  return { day };
}

/**
 * A catalogue code from a cell: the mapping's own texts first, then the code itself, then its
 * Danish or English label (case and spaces ignored). Null when nothing fits.
 */
export function codeFromText<C extends string>(
  raw: string,
  catalogue: readonly { code: C; label: LocalizedText; aliases?: readonly string[] }[],
  own: Record<string, string> | undefined,
): C | null {
  const wanted = fold(raw);
  if (own) {
    const key = Object.keys(own).find((k) => fold(k) === wanted);
    if (key !== undefined) {
      const code = own[key]!;
      return catalogue.find((c) => c.code === code)?.code ?? null;
    }
  }
  return (
    catalogue.find((c) => fold(c.code) === wanted || fold(c.label.da) === wanted || fold(c.label.en) === wanted || c.aliases?.some((a) => fold(a) === wanted))
      ?.code ?? null
  );
}

/** The catalogue as the report lists it: »label« (code). */
export const expectedOf = (catalogue: readonly { code: string; label: LocalizedText }[], language: "da" | "en" = "da") =>
  catalogue.map((c) => `${c.label[language]} (${c.code})`);

/** A whole number in a cell within [min, max]; empty gives `fallback`. */
export function wholeNumber(raw: string, min: number, max: number): { value: number | null } | { bad: string } {
  const text = raw.trim().replace(/\s/g, "");
  if (!text) return { value: null };
  const n = Number(text.replace(",", "."));
  return Number.isInteger(n) && n >= min && n <= max ? { value: n } : { bad: raw.trim() };
}

/** Ticked as in SurveyXact's one-column-per-option layout (1, x, ja …). */
const TICKED = new Set(["1", "x", "ja", "yes", "true", "sand", "valgt"]);
export const isTicked = (raw: string) => TICKED.has(fold(raw));

/** Rows with any text in them; fully empty rows are skipped (and counted) as today. */
export const nonEmpty = <R extends { cells: Record<string, string> }>(rows: R[]) => rows.filter((r) => Object.values(r.cells).some((v) => v.trim() !== ""));
