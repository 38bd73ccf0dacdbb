// Enrolment lists: participants with their enrolment day and what is known about them (mentor,
// gender, birth year, end and why), with no answers. Someone enrolled who never answered is a
// non-respondent: without the list, response rates count only those who answered.
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import type { Tx } from "./tx";
import { END_REASON_LABELS, END_REASONS, GENDERS, problemOf, type ImportProblem, type TEndReason } from "@skridt/validators";
import type { TEnrolmentMapping } from "./history-mapping";
import {
  CODE_PATTERN,
  CPR_PATTERN,
  codeFromText,
  dayCell,
  dayToDate,
  expectedOf,
  findParticipants,
  fold,
  nonEmpty,
  normaliseCode,
  wholeNumber,
} from "./row-checks";
import type { SourceRow } from "./read-table";
import type { Scope } from "./validate";

const GENDER_CATALOGUE: { code: (typeof GENDERS)[number]; label: { da: string; en: string }; aliases: string[] }[] = [
  { code: "female", label: { da: "Kvinde", en: "Woman" }, aliases: ["k", "f", "kvinde", "female", "woman", "pige"] },
  { code: "male", label: { da: "Mand", en: "Man" }, aliases: ["m", "mand", "male", "man", "dreng"] },
  { code: "other", label: { da: "Andet", en: "Other" }, aliases: ["a", "andet", "other", "nonbinær", "non-binary"] },
];
const END_REASON_CATALOGUE = END_REASONS.map((code) => ({ code, label: END_REASON_LABELS[code] }));
const ENROLMENT = { da: "indskrivning", en: "enrolment" };

export interface PlannedEnrolment {
  code: string;
  enrolledOn: string;
  mentorId: string | null;
  gender: string | null;
  birthYear: number | null;
  endedOn: string | null;
  endReason: TEndReason | null;
}

export function enrolmentColumns(m: TEnrolmentMapping): string[] {
  return [
    m.participantCodeColumn,
    m.enrolledOnColumn,
    m.organisationColumn,
    m.mentorColumn,
    m.genderColumn,
    m.birthYearColumn,
    m.endedOnColumn,
    m.endReasonColumn,
  ].filter((c): c is string => c !== undefined);
}

export async function validateEnrolment(db: Db, scope: Scope, m: TEnrolmentMapping, source: SourceRow[]) {
  const problems: ImportProblem[] = [];
  const rows = nonEmpty(source);
  const now = new Date();
  const thisYear = now.getUTCFullYear();
  const known = await findParticipants(
    db,
    rows.map((r) => normaliseCode(r.cells[m.participantCodeColumn] ?? "")),
  );
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: scope.organisationId }, select: { id: true, name: true } });
  const mentors = m.mentorColumn ? await mentorsOf(db, scope.organisationId) : new Map<string, string>();
  const seen = new Map<string, number>();
  const planned: PlannedEnrolment[] = [];

  for (const r of rows) {
    const before = problems.length;
    const add = (column: string | null, code: Parameters<typeof problemOf>[2], params: Parameters<typeof problemOf>[3] = {}) =>
      problems.push(problemOf(r.row, column, code, params));
    const cell = (column: string | undefined) => (column ? (r.cells[column] ?? "").trim() : "");
    const codeColumn = m.participantCodeColumn;
    const code = normaliseCode(cell(codeColumn));
    const found = known.get(code);
    if (!code) add(codeColumn, "participant_code_missing");
    else if (CPR_PATTERN.test(code)) add(codeColumn, "participant_code_cpr");
    // Already in this programme: a re-run, refused row by row. Anywhere else: the code is taken,
    // and the words name no one.
    else if (found && found.organisationId === scope.organisationId && found.programmeId === scope.programmeId)
      add(codeColumn, "participant_exists", { value: code });
    else if (found) add(codeColumn, "participant_code_unavailable", { value: code });
    else if (!CODE_PATTERN.test(code)) add(codeColumn, "participant_code_format", { value: code });

    const enrolled = dayCell(r.row, m.enrolledOnColumn, cell(m.enrolledOnColumn), now);
    if ("problem" in enrolled) problems.push(enrolled.problem);
    const enrolledOn = "day" in enrolled ? enrolled.day : null;

    if (code && !CPR_PATTERN.test(code)) {
      const other = seen.get(code);
      if (other !== undefined) add(codeColumn, "duplicate_entry", { value: code, otherRow: other, kindLabel: ENROLMENT, date: enrolledOn ?? "" });
      else seen.set(code, r.row);
    }

    const orgText = cell(m.organisationColumn);
    if (m.organisationColumn && orgText && fold(orgText) !== fold(organisation.name) && orgText !== organisation.id)
      add(m.organisationColumn, "organisation_mismatch", { value: orgText, expected: [organisation.name] });

    let mentorId: string | null = null;
    const mentorText = cell(m.mentorColumn);
    if (m.mentorColumn && mentorText) {
      mentorId = mentors.get(fold(mentorText)) ?? null;
      if (!mentorId) add(m.mentorColumn, "mentor_unknown", { value: mentorText });
    }

    let gender: string | null = null;
    const genderText = cell(m.genderColumn);
    if (m.genderColumn && genderText) {
      gender = codeFromText(genderText, GENDER_CATALOGUE, m.genderValues);
      if (!gender) add(m.genderColumn, "gender_unknown", { value: genderText, expected: expectedOf(GENDER_CATALOGUE) });
    }

    let birthYear: number | null = null;
    if (m.birthYearColumn) {
      const year = wholeNumber(cell(m.birthYearColumn), thisYear - 100, thisYear - 10);
      if ("bad" in year) add(m.birthYearColumn, "birth_year_invalid", { value: year.bad, min: thisYear - 100, max: thisYear - 10 });
      else birthYear = year.value;
    }

    let endedOn: string | null = null;
    let endReason: TEndReason | null = null;
    const endText = cell(m.endedOnColumn);
    const reasonText = cell(m.endReasonColumn);
    if (m.endedOnColumn && endText) {
      const ended = dayCell(r.row, m.endedOnColumn, endText, now);
      if ("problem" in ended) problems.push(ended.problem);
      else if (enrolledOn && ended.day < enrolledOn) add(m.endedOnColumn, "end_before_enrolment", { value: endText, date: enrolledOn });
      else endedOn = ended.day;
      if (!reasonText) add(m.endReasonColumn ?? m.endedOnColumn, "end_reason_missing", { expected: expectedOf(END_REASON_CATALOGUE) });
    }
    if (m.endReasonColumn && reasonText) {
      endReason = codeFromText(reasonText, END_REASON_CATALOGUE, m.endReasonValues);
      if (!endReason) add(m.endReasonColumn, "end_reason_unknown", { value: reasonText, expected: expectedOf(END_REASON_CATALOGUE) });
      else if (!endText) add(m.endReasonColumn, "end_reason_without_date");
    }

    if (problems.length === before && enrolledOn)
      planned.push({ code, enrolledOn, mentorId, gender, birthYear, endedOn, endReason: endedOn ? endReason : null });
  }
  return { problems, planned, skippedEmpty: source.length - rows.length };
}

/** The organisation's mentors by e-mail address and by name (folded); a name two mentors share matches neither. */
async function mentorsOf(db: Db, organisationId: string): Promise<Map<string, string>> {
  const members = await db.membership.findMany({
    where: { organisationId, role: "mentor", user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  const byKey = new Map<string, string>();
  const names = new Map<string, number>();
  for (const { user } of members) names.set(fold(user.name), (names.get(fold(user.name)) ?? 0) + 1);
  for (const { user } of members) {
    byKey.set(fold(user.email), user.id);
    if (names.get(fold(user.name)) === 1) byKey.set(fold(user.name), user.id);
  }
  return byKey;
}

export async function writeEnrolment(tx: Tx, scope: Scope, planned: PlannedEnrolment[], chunk: number, onChunk: (done: number) => void) {
  let created = 0;
  for (let i = 0; i < planned.length; i += chunk) {
    const data = planned.slice(i, i + chunk).map((p) => ({
      id: randomUUID(),
      code: p.code,
      organisationId: scope.organisationId,
      programmeId: scope.programmeId,
      mentorId: p.mentorId,
      enrolledOn: dayToDate(p.enrolledOn),
      endedOn: p.endedOn ? dayToDate(p.endedOn) : null,
      endReason: p.endReason,
      gender: p.gender,
      birthYear: p.birthYear,
    }));
    created += (await tx.participant.createMany({ data })).count;
    onChunk(Math.min(planned.length, i + chunk));
  }
  return created;
}
