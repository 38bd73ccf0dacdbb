// Wide format (issue 15): one row per participant of the cohort, with each occasion's
// questionnaires side by side (`who5_1_start`, `who5_1_end`, `who5_score_start`, ...), named
// as in the codebook. A participant who answered nothing still has a row (their enrolment,
// end and background), so the file counts who is missing at each occasion. Then one row per
// employer's or volunteer mentor's questionnaire, with only the columns that concern them
// (respondent type, pseudonymous code, organisation, the day answered, their items).
import { ageBand } from "@skridt/analytics";
import type { ExportAssessment, ExternalExportAssessment } from "./assessments";
import type { CohortParticipant } from "./cohort";
import { valueKey, type Variable } from "./codebook";
import type { Cell, Table } from "./table";
import { answerCell } from "./values";

type Answered = Omit<ExportAssessment, "participantId">;

/** Each occasion's latest day answered. */
function submittedOn(found: readonly Answered[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const a of found) if (a.submittedOn && a.submittedOn > (latest.get(a.occasion) ?? "")) latest.set(a.occasion, a.submittedOn);
  return latest;
}

/** One row of the codebook's columns: the fixed cells given, then each questionnaire's values at its occasion. */
function wideRow(variables: readonly Variable[], fixed: Record<string, Cell>, found: readonly Answered[]): Cell[] {
  const values = new Map<string, Cell>();
  for (const a of found) {
    values.set(valueKey(a.instrumentId, {}, a.occasion), a.instrumentVersion);
    for (const [itemId, value] of a.answers) values.set(valueKey(a.instrumentId, { itemId }, a.occasion), answerCell(value));
    for (const [scaleId, value] of a.scores) values.set(valueKey(a.instrumentId, { scaleId }, a.occasion), value);
  }
  const days = submittedOn(found);
  // Only codebook columns: anything else (free text) is never written.
  return variables.map((v) => {
    if (v.instrumentId && v.occasion) return values.get(valueKey(v.instrumentId, v, v.occasion)) ?? null;
    if (v.occasion) return days.get(v.occasion) ?? null;
    return fixed[v.name] ?? null;
  });
}

export function wideTable(
  participants: readonly CohortParticipant[],
  assessments: readonly ExportAssessment[],
  variables: readonly Variable[],
  external: readonly ExternalExportAssessment[] = [],
  organisationNames: ReadonlyMap<string, string> = new Map(),
): Table {
  const byParticipant = new Map<string, ExportAssessment[]>();
  for (const a of assessments) byParticipant.set(a.participantId, [...(byParticipant.get(a.participantId) ?? []), a]);
  const rows: Cell[][] = participants.map((p) =>
    wideRow(
      variables,
      {
        respondent_type: "participant",
        participant_code: p.code,
        organisation: p.organisationName,
        gender: p.gender ?? null,
        age_band: p.birthYear ? ageBand(p.birthYear, p.enrolledOn) : null,
        enrolled_on: p.enrolledOn,
        ended_on: p.endedOn ?? null,
      },
      byParticipant.get(p.participantId) ?? [],
    ),
  );

  const byRespondent = new Map<string, ExternalExportAssessment[]>();
  for (const a of external) byRespondent.set(a.respondentCode, [...(byRespondent.get(a.respondentCode) ?? []), a]);
  for (const found of byRespondent.values()) {
    const first = found[0]!;
    rows.push(
      wideRow(
        variables,
        { respondent_type: first.respondentType, participant_code: first.respondentCode, organisation: organisationNames.get(first.organisationId) ?? null },
        found,
      ),
    );
  }
  return { name: "wide", columns: variables.map((v) => v.name), rows };
}
