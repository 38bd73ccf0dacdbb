// Validates every row before anything is written: participant, occasion, date and each
// answer against the instrument (the same answer schemas and scoring as the questionnaire).
// Collects every problem, row by row; the import goes ahead only when there are none.
import type { Db } from "@skridt/db";
import { scoreInstrument, validateAnswers, type TAnswerValue, type TInstrument, type TOccasion, type TScaleScore } from "@skridt/instruments";
import { answerProblem } from "./answer-problem";
import { parseDate, resolveCell } from "./cell-values";
import type { TImportMapping } from "./mapping";
import { problemOf, type ImportProblem, type ImportProblemCode, type ImportProblemParams } from "@skridt/validators";
import { type OnProgress } from "./progress";
import type { SourceRow } from "./read-table";
import { loadRegister, type RespondentKind, type RespondentRegister } from "./respondents";
import { fold, isTicked } from "./row-checks";

export interface PlannedRow {
  row: number;
  /** "": an employer's or volunteer's response about no one participant. */
  code: string;
  /** null: a participant this import creates (see newParticipants), or none (code ""). */
  participantId: string | null;
  /** An employer's or volunteer mentor's response: who answered (register id). */
  respondent: { kind: RespondentKind; id: string } | null;
  /** Begun, never finished: an incomplete questionnaire (no scores). */
  incomplete: boolean;
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
  /** The register the respondents were found in (and new ones planned), for external instruments. */
  register: RespondentRegister | null;
}

export interface Scope {
  organisationId: string;
  programmeId: string;
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
/** A cell that marks a row incomplete when the mapping lists no texts of its own. */
const INCOMPLETE_TEXTS = new Set([
  "ufuldstændig",
  "ufuldstaendig",
  "incomplete",
  "delvis",
  "delvist",
  "delvist besvaret",
  "delvist gennemført",
  "ikke afsluttet",
  "partial",
]);
const CPR_PATTERN = /^\d{6}-?\d{4}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function validateRows(
  db: Db,
  scope: Scope,
  mapping: TImportMapping,
  instrument: TInstrument,
  source: SourceRow[],
  onProgress?: OnProgress,
): Promise<Validation> {
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: string | null, code: ImportProblemCode, params: ImportProblemParams = {}) =>
    problems.push(problemOf(row, column, code, params));
  const columnOf = new Map<string, string>();
  for (const [column, target] of Object.entries(mapping.columns)) if (!columnOf.has(target.itemId)) columnOf.set(target.itemId, column);
  const now = new Date();

  const rows = source.filter((r) => Object.values(r.cells).some((v) => v.trim() !== ""));
  const codeColumnName = mapping.participantCodeColumn;
  const codeOf = (r: SourceRow) => (codeColumnName ? normaliseCode(r.cells[codeColumnName] ?? "") : "");
  const known = await existingParticipants(db, [...new Set(rows.map(codeOf).filter(Boolean))]);
  // An employers' or volunteer mentors' questionnaire: each row is one respondent's, about a
  // participant or about no one (check-mapping made sure the mapping names the column).
  const respondentKind: RespondentKind | null = mapping.companyColumn ? "company" : mapping.volunteerColumn ? "volunteer" : null;
  const respondentColumn = mapping.companyColumn ?? mapping.volunteerColumn ?? null;
  const register = respondentKind ? await loadRegister(db, respondentKind, scope.organisationId, mapping.createRespondents ?? false) : null;
  const answeredBy = respondentKind ? await externalResponses(db, respondentKind, scope.organisationId) : new Set<string>();
  const incompleteTexts = mapping.incompleteColumn?.values ? new Set(mapping.incompleteColumn.values.map(fold)) : null;
  const planned: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const firstSeen = new Map<string, { enrolledOn: string | null; earliest: string }>();

  rows.forEach((r, index) => {
    const before = problems.length;
    const code = codeOf(r);
    const codeColumn = codeColumnName ?? null;
    const found = known.get(code);
    // An external respondent's row may be about no participant: an empty code is then fine.
    const aboutNoOne = respondentKind !== null && !code;
    // Another organisation's participant is no one to this import: the answer is the one for a
    // code that does not exist (or, when it may create participants, that the code cannot be used).
    const foreign = found !== undefined && found.organisationId !== scope.organisationId;
    const existing = foreign ? undefined : found;
    if (aboutNoOne) {
      // nothing to look up
    } else if (!code) problem(r.row, codeColumn, "participant_code_missing");
    // The value is left out on purpose: a CPR number must not travel on into reports and logs.
    else if (CPR_PATTERN.test(code)) problem(r.row, codeColumn, "participant_code_cpr");
    else if (foreign) problem(r.row, codeColumn, mapping.createParticipants ? "participant_code_unavailable" : "participant_unknown", { value: code });
    else if (existing && existing.programmeId !== scope.programmeId) problem(r.row, codeColumn, "participant_other_scope", { value: code });
    // An erased participant's records are frozen: no answers are added for them.
    else if (existing?.erased) problem(r.row, codeColumn, "participant_erased", { value: code });
    else if (!existing && (!mapping.createParticipants || respondentKind)) problem(r.row, codeColumn, "participant_unknown", { value: code });
    else if (!existing && !CODE_PATTERN.test(code)) problem(r.row, codeColumn, "participant_code_format", { value: code });

    let occasion: TOccasion | null = mapping.occasion ?? null;
    if (mapping.occasionColumn) {
      const text = (r.cells[mapping.occasionColumn.column] ?? "").trim();
      const key = Object.keys(mapping.occasionColumn.values).find((k) => k.trim().toLocaleLowerCase("da") === text.toLocaleLowerCase("da"));
      occasion = key === undefined ? null : mapping.occasionColumn.values[key]!;
      const expected = Object.keys(mapping.occasionColumn.values);
      if (!occasion)
        problem(r.row, mapping.occasionColumn.column, text ? "occasion_unknown" : "occasion_missing", text ? { value: text, expected } : { expected });
    }

    let submittedAt = now;
    if (mapping.submittedAtColumn) {
      const text = r.cells[mapping.submittedAtColumn] ?? "";
      const parsed = parseDate(text);
      if (!parsed) problem(r.row, mapping.submittedAtColumn, text.trim() ? "date_invalid" : "date_missing", text.trim() ? { value: text.trim() } : {});
      // A date alone is kept at noon UTC, so it reads as the same day in every time zone.
      else submittedAt = parsed.length === 10 ? new Date(`${parsed}T12:00:00Z`) : new Date(parsed);
      if (parsed && submittedAt.getTime() > now.getTime() + DAY_MS) problem(r.row, mapping.submittedAtColumn, "date_future", { value: text.trim() });
    }

    let enrolledOn: string | null = null;
    const enrolledColumn = mapping.createParticipants?.enrolledOnColumn;
    if (!existing && enrolledColumn && (r.cells[enrolledColumn] ?? "").trim()) {
      enrolledOn = parseDate(r.cells[enrolledColumn]!)?.slice(0, 10) ?? null;
      if (!enrolledOn) problem(r.row, enrolledColumn, "date_invalid", { value: r.cells[enrolledColumn]!.trim() });
    }

    const answers: Record<string, unknown> = {};
    for (const [column, target] of Object.entries(mapping.columns)) {
      const item = instrument.items.find((i) => i.id === target.itemId)!;
      const result = resolveCell(item, target, r.cells[column] ?? "");
      if ("problem" in result) problem(r.row, column, result.problem.code, result.problem.params);
      else if ("value" in result) {
        const prior = answers[item.id];
        // Several ticked columns of one multiple-choice item add up.
        answers[item.id] = Array.isArray(prior) && Array.isArray(result.value) ? [...new Set([...prior, ...result.value])] : result.value;
      }
    }
    let respondent: { kind: RespondentKind; id: string; name: string } | null = null;
    if (respondentKind && respondentColumn) {
      const text = (r.cells[respondentColumn] ?? "").trim();
      const found = text ? register!.resolve(text) : null;
      if (!text) problem(r.row, respondentColumn, respondentKind === "company" ? "company_missing" : "volunteer_missing");
      else if (!found) problem(r.row, respondentColumn, respondentKind === "company" ? "company_unknown" : "volunteer_unknown", { value: text });
      else respondent = { kind: respondentKind, ...found };
    }

    const mark = mapping.incompleteColumn ? (r.cells[mapping.incompleteColumn.column] ?? "").trim() : "";
    const incomplete = mark !== "" && (incompleteTexts ? incompleteTexts.has(fold(mark)) : isTicked(mark) || INCOMPLETE_TEXTS.has(fold(mark)));
    // A row with no answer at all is no completed questionnaire (it used to count as one).
    const none = Object.keys(answers).length === 0 && !incomplete && problems.length === before;
    if (none) problem(r.row, codeColumn ?? respondentColumn, "answers_none", { value: code || respondent?.name || "" });
    const validation = validateAnswers(instrument, answers, { partial: mapping.allowMissing || incomplete });
    for (const issue of validation.issues) {
      // "No answers" says it all; five "answer missing" beside it would only bury it.
      if (issue.severity !== "error" || none) continue;
      // A value already reported as untranslatable is not reported twice.
      if (issue.kind === "required" && problems.slice(before).some((p) => p.column === columnOf.get(issue.itemId))) continue;
      const column = columnOf.get(issue.itemId) ?? null;
      const item = instrument.items.find((i) => i.id === issue.itemId);
      if (!item) problem(r.row, column, "answer_invalid", { item: issue.itemId });
      else if (issue.kind === "required") problem(r.row, column, "answer_required", { item: item.id, question: { da: item.prompt.da, en: item.prompt.en } });
      else {
        const found = answerProblem(item, answers[item.id], column ? (r.cells[column] ?? "").trim() : "");
        problem(r.row, column, found.code, found.params);
      }
    }

    if (respondent && occasion) {
      // One response per respondent, participant (or none) and occasion.
      const key = `${respondent.id}\u0000${existing?.id ?? code}\u0000${occasion}`;
      const earlier = seen.get(key);
      const value = code ? `${respondent.name} / ${code}` : respondent.name;
      if (earlier !== undefined) problem(r.row, respondentColumn, "duplicate_row", { value, occasion, otherRow: earlier });
      else seen.set(key, r.row);
      if (answeredBy.has(`${respondent.id}\u0000${existing?.id ?? ""}\u0000${occasion}\u0000${instrument.id}`))
        problem(r.row, respondentColumn, "already_submitted", { value, instrument: instrument.id, instrumentTitle: titleOf(instrument), occasion });
    } else if (code && occasion) {
      const key = `${code}\u0000${occasion}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problem(r.row, codeColumn, "duplicate_row", { value: code, occasion, otherRow: earlier });
      else seen.set(key, r.row);
      if (existing?.submitted.has(occasion))
        problem(r.row, codeColumn, "already_submitted", { value: code, instrument: instrument.id, instrumentTitle: titleOf(instrument), occasion });
    }
    if (!existing && !foreign && code && !respondentKind) {
      const day = submittedAt.toISOString().slice(0, 10);
      const first = firstSeen.get(code);
      firstSeen.set(code, { enrolledOn: first?.enrolledOn ?? enrolledOn, earliest: first && first.earliest < day ? first.earliest : day });
    }
    if (problems.length === before && occasion) {
      planned.push({
        row: r.row,
        code,
        participantId: existing?.id ?? null,
        respondent: respondent ? { kind: respondent.kind, id: respondent.id } : null,
        incomplete,
        occasion,
        submittedAt,
        values: validation.values,
        // An incomplete questionnaire gives no scores: the evaluator's figures leave it out.
        scores: incomplete ? [] : scoreInstrument(instrument, validation.values),
      });
    }
    if ((index + 1) % 500 === 0) onProgress?.({ phase: "validating", done: index + 1, total: rows.length });
  });
  onProgress?.({ phase: "validating", done: rows.length, total: rows.length });

  const newParticipants = [...firstSeen].map(([code, f]) => ({ code, enrolledOn: f.enrolledOn ?? f.earliest }));
  return { problems, rows: planned, newParticipants, skippedEmpty: source.length - rows.length, register };

  async function existingParticipants(db: Db, codes: string[]) {
    const found = new Map<string, { id: string; organisationId: string; programmeId: string; erased: boolean; submitted: Set<string> }>();
    for (let i = 0; i < codes.length; i += 500) {
      const chunk = await db.participant.findMany({
        where: { code: { in: codes.slice(i, i + 500) } },
        select: {
          id: true,
          code: true,
          organisationId: true,
          programmeId: true,
          erasedAt: true,
          // A submitted one, or an incomplete one an earlier import wrote: a re-run is refused.
          assessments: {
            where: { instrumentId: instrument.id, OR: [{ status: "submitted" }, { status: "open", mode: "import" }] },
            select: { occasion: true },
          },
        },
      });
      for (const p of chunk)
        found.set(p.code, {
          id: p.id,
          organisationId: p.organisationId,
          programmeId: p.programmeId,
          erased: p.erasedAt !== null,
          submitted: new Set(p.assessments.map((a) => a.occasion)),
        });
    }
    return found;
  }

  /** Employers' or volunteers' responses already stored: respondent, participant ("" for none), occasion, instrument. */
  async function externalResponses(db: Db, kind: RespondentKind, organisationId: string) {
    const surveys = await db.survey.findMany({
      where: {
        respondentType: kind,
        ...(kind === "company" ? { company: { organisationId } } : { volunteer: { organisationId } }),
        OR: [{ status: "submitted" }, { status: "in_progress", mode: "import" }],
      },
      select: { companyId: true, volunteerId: true, participantId: true, occasion: true, assessments: { select: { instrumentId: true } } },
    });
    const keys = new Set<string>();
    for (const s of surveys)
      for (const a of s.assessments) keys.add(`${s.companyId ?? s.volunteerId}\u0000${s.participantId ?? ""}\u0000${s.occasion}\u0000${a.instrumentId}`);
    return keys;
  }
}

const titleOf = (instrument: TInstrument) => ({ da: instrument.title.da, en: instrument.title.en });

/** Codes are typed by hand: case and surrounding spaces do not matter (Skridt's own are upper case). */
export const normaliseCode = (text: string) => text.trim().toUpperCase();
