// Validates every row before anything is written: participant, occasion, date and each
// answer against the instrument (the same answer schemas and scoring as the questionnaire).
// Collects every problem, row by row; the import goes ahead only when there are none.
import type { Db } from "@skridt/db";
import { scoreInstrument, validateAnswers, type TAnswerValue, type TInstrument, type TOccasion, type TScaleScore } from "@skridt/instruments";
import { parseDate, resolveCell } from "./cell-values";
import type { TImportMapping } from "./mapping";
import type { ImportProblem, OnProgress } from "./problems";
import type { SourceRow } from "./read-table";

export interface PlannedRow {
  row: number;
  code: string;
  /** null: a participant this import creates (see newParticipants). */
  participantId: string | null;
  occasion: TOccasion;
  submittedAt: Date;
  values: Record<string, TAnswerValue>;
  scores: TScaleScore[];
}

export interface Validation {
  problems: ImportProblem[];
  rows: PlannedRow[];
  newParticipants: { code: string; enrolledOn: string }[];
  skippedEmpty: number;
}

export interface Scope {
  organisationId: string;
  programmeId: string;
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
const CPR_PATTERN = /^\d{6}-?\d{4}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function validateRows(db: Db, scope: Scope, mapping: TImportMapping, instrument: TInstrument, source: SourceRow[], onProgress?: OnProgress): Promise<Validation> {
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: string | null, message: string) => problems.push({ row, column, message });
  const columnOf = new Map<string, string>();
  for (const [column, target] of Object.entries(mapping.columns)) if (!columnOf.has(target.itemId)) columnOf.set(target.itemId, column);
  const now = new Date();

  const rows = source.filter((r) => Object.values(r.cells).some((v) => v.trim() !== ""));
  const known = await existingParticipants(db, [...new Set(rows.map((r) => normaliseCode(r.cells[mapping.participantCodeColumn] ?? "")))]);
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const firstSeen = new Map<string, { enrolledOn: string | null; earliest: string }>();

  rows.forEach((r, index) => {
    const before = problems.length;
    const code = normaliseCode(r.cells[mapping.participantCodeColumn] ?? "");
    const codeColumn = mapping.participantCodeColumn;
    const existing = known.get(code);
    if (!code) problem(r.row, codeColumn, "the participant code is missing");
    else if (CPR_PATTERN.test(code)) problem(r.row, codeColumn, "looks like a CPR number: import pseudonymous participant codes only");
    else if (existing && (existing.organisationId !== scope.organisationId || existing.programmeId !== scope.programmeId)) {
      problem(r.row, codeColumn, `participant code "${code}" is not in this organisation and programme`);
    } else if (!existing && !mapping.createParticipants) problem(r.row, codeColumn, `unknown participant code "${code}"`);
    else if (!existing && !CODE_PATTERN.test(code)) problem(r.row, codeColumn, "a new participant code must be 2-32 letters, digits, - or _");

    let occasion: TOccasion | null = mapping.occasion ?? null;
    if (mapping.occasionColumn) {
      const text = (r.cells[mapping.occasionColumn.column] ?? "").trim();
      const key = Object.keys(mapping.occasionColumn.values).find((k) => k.trim().toLocaleLowerCase("da") === text.toLocaleLowerCase("da"));
      occasion = key === undefined ? null : mapping.occasionColumn.values[key]!;
      if (!occasion) problem(r.row, mapping.occasionColumn.column, `"${text}" is not an occasion in the mapping (${Object.keys(mapping.occasionColumn.values).join(", ")})`);
    }

    let submittedAt = now;
    if (mapping.submittedAtColumn) {
      const text = r.cells[mapping.submittedAtColumn] ?? "";
      const parsed = parseDate(text);
      if (!parsed) problem(r.row, mapping.submittedAtColumn, text.trim() ? `"${text.trim()}" is not a date (use YYYY-MM-DD or DD-MM-YYYY)` : "the date is missing");
      // A date alone is kept at noon UTC, so it reads as the same day in every time zone.
      else submittedAt = parsed.length === 10 ? new Date(`${parsed}T12:00:00Z`) : new Date(parsed);
      if (parsed && submittedAt.getTime() > now.getTime() + DAY_MS) problem(r.row, mapping.submittedAtColumn, "the date is in the future");
    }

    let enrolledOn: string | null = null;
    const enrolledColumn = mapping.createParticipants?.enrolledOnColumn;
    if (!existing && enrolledColumn && (r.cells[enrolledColumn] ?? "").trim()) {
      enrolledOn = parseDate(r.cells[enrolledColumn]!)?.slice(0, 10) ?? null;
      if (!enrolledOn) problem(r.row, enrolledColumn, `"${r.cells[enrolledColumn]!.trim()}" is not a date`);
    }

    const answers: Record<string, unknown> = {};
    for (const [column, target] of Object.entries(mapping.columns)) {
      const item = instrument.items.find((i) => i.id === target.itemId)!;
      const result = resolveCell(item, target, r.cells[column] ?? "");
      if ("problem" in result) problem(r.row, column, result.problem);
      else if ("value" in result) {
        const prior = answers[item.id];
        // Several ticked columns of one multiple-choice item add up.
        answers[item.id] = Array.isArray(prior) && Array.isArray(result.value) ? [...new Set([...prior, ...result.value])] : result.value;
      }
    }
    const validation = validateAnswers(instrument, answers, { partial: mapping.allowMissing });
    for (const issue of validation.issues) {
      if (issue.severity !== "error") continue;
      // A value already reported as untranslatable is not reported twice.
      if (issue.kind === "required" && problems.slice(before).some((p) => p.column === columnOf.get(issue.itemId))) continue;
      problem(r.row, columnOf.get(issue.itemId) ?? null, `${issue.itemId}: ${issue.message}`);
    }

    if (code && occasion) {
      const key = `${code}\u0000${occasion}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problem(r.row, codeColumn, `"${code}" at ${occasion} is already in row ${earlier}`);
      else seen.set(key, r.row);
      if (existing?.submitted.has(occasion)) problem(r.row, codeColumn, `"${code}" already has a submitted ${instrument.id} at ${occasion}: not imported again`);
    }
    if (!existing && code) {
      const day = submittedAt.toISOString().slice(0, 10);
      const first = firstSeen.get(code);
      firstSeen.set(code, { enrolledOn: first?.enrolledOn ?? enrolledOn, earliest: first && first.earliest < day ? first.earliest : day });
    }
    if (problems.length === before && occasion) {
      planned.push({ row: r.row, code, participantId: existing?.id ?? null, occasion, submittedAt, values: validation.values, scores: scoreInstrument(instrument, validation.values) });
    }
    if ((index + 1) % 500 === 0) onProgress?.({ phase: "validating", done: index + 1, total: rows.length });
  });
  onProgress?.({ phase: "validating", done: rows.length, total: rows.length });

  const newParticipants = [...firstSeen].map(([code, f]) => ({ code, enrolledOn: f.enrolledOn ?? f.earliest }));
  return { problems, rows: planned, newParticipants, skippedEmpty: source.length - rows.length };

  async function existingParticipants(db: Db, codes: string[]) {
    const found = new Map<string, { id: string; organisationId: string; programmeId: string; submitted: Set<string> }>();
    for (let i = 0; i < codes.length; i += 500) {
      const chunk = await db.participant.findMany({
        where: { code: { in: codes.slice(i, i + 500) } },
        select: { id: true, code: true, organisationId: true, programmeId: true, assessments: { where: { instrumentId: instrument.id, status: "submitted" }, select: { occasion: true } } },
      });
      for (const p of chunk) found.set(p.code, { id: p.id, organisationId: p.organisationId, programmeId: p.programmeId, submitted: new Set(p.assessments.map((a) => a.occasion)) });
    }
    return found;
  }
}

/** Codes are typed by hand: case and surrounding spaces do not matter (Skridt's own are upper case). */
export const normaliseCode = (text: string) => text.trim().toUpperCase();
