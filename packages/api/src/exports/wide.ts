// Wide format: one row per participant and occasion with a submitted questionnaire, one
// column per exported item and per scale score, named as in the codebook. Then one row per
// employer's or volunteer mentor's questionnaire and occasion, with only the columns that
// concern them (respondent type, pseudonymous code, organisation, occasion, their items).
import { ageBand } from "@skridt/analytics";
import type { ExportAssessment, ExternalExportAssessment } from "./assessments";
import type { CohortParticipant } from "./cohort";
import { variableName, type Variable } from "./codebook";
import type { Cell, Table } from "./table";
import { answerCell } from "./values";

type Answered = Omit<ExportAssessment, "participantId">;

const latestSubmitted = (found: readonly Answered[]) =>
  found
    .map((a) => a.submittedOn)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null;

function addAnswers(values: Map<string, Cell>, found: readonly Answered[]) {
  for (const a of found) {
    values.set(variableName(a.instrumentId, "version"), a.instrumentVersion);
    for (const [itemId, value] of a.answers) values.set(variableName(a.instrumentId, itemId), answerCell(value));
    for (const [scaleId, value] of a.scores) values.set(variableName(a.instrumentId, scaleId, "score"), value);
  }
}

export function wideTable(
  participants: readonly CohortParticipant[],
  assessments: readonly ExportAssessment[],
  variables: readonly Variable[],
  external: readonly ExternalExportAssessment[] = [],
  organisationNames: ReadonlyMap<string, string> = new Map(),
): Table {
  const byKey = new Map<string, ExportAssessment[]>();
  for (const a of assessments) {
    const key = `${a.participantId}\u0000${a.occasion}`;
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
  }
  const columns = variables.map((v) => v.name);
  const rows: Cell[][] = [];
  for (const p of participants) {
    for (const occasion of ["start", "end", "followup"]) {
      const found = byKey.get(`${p.participantId}\u0000${occasion}`);
      if (!found) continue;
      const fixed: Record<string, Cell> = {
        respondent_type: "participant",
        participant_code: p.code,
        organisation: p.organisationName,
        gender: p.gender ?? null,
        age_band: p.birthYear ? ageBand(p.birthYear, p.enrolledOn) : null,
        enrolled_on: p.enrolledOn,
        ended_on: p.endedOn ?? null,
        occasion,
        submitted_on: latestSubmitted(found),
      };
      const values = new Map<string, Cell>(Object.entries(fixed));
      addAnswers(values, found);
      // Only codebook columns: anything else (free text) is never written.
      rows.push(columns.map((c) => values.get(c) ?? null));
    }
  }

  const byRespondent = new Map<string, ExternalExportAssessment[]>();
  for (const a of external) {
    const key = `${a.respondentCode}\u0000${a.occasion}`;
    byRespondent.set(key, [...(byRespondent.get(key) ?? []), a]);
  }
  for (const found of byRespondent.values()) {
    const first = found[0]!;
    const fixed: Record<string, Cell> = {
      respondent_type: first.respondentType,
      participant_code: first.respondentCode,
      organisation: organisationNames.get(first.organisationId) ?? null,
      occasion: first.occasion,
      submitted_on: latestSubmitted(found),
    };
    const values = new Map<string, Cell>(Object.entries(fixed));
    addAnswers(values, found);
    rows.push(columns.map((c) => values.get(c) ?? null));
  }
  return { name: "wide", columns, rows };
}
