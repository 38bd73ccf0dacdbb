// Wide format: one row per participant and occasion with a submitted questionnaire, one
// column per exported item and per scale score, named as in the codebook.
import { ageBand } from "@skridt/analytics";
import type { ExportAssessment } from "./assessments";
import type { CohortParticipant } from "./cohort";
import { variableName, type Variable } from "./codebook";
import type { Cell, Table } from "./table";
import { answerCell } from "./values";

export function wideTable(participants: readonly CohortParticipant[], assessments: readonly ExportAssessment[], variables: readonly Variable[]): Table {
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
      const submitted = found.map((a) => a.submittedOn).filter((d): d is string => !!d).sort().at(-1) ?? null;
      const fixed: Record<string, Cell> = {
        participant_code: p.code,
        organisation: p.organisationName,
        gender: p.gender ?? null,
        age_band: p.birthYear ? ageBand(p.birthYear, p.enrolledOn) : null,
        enrolled_on: p.enrolledOn,
        ended_on: p.endedOn ?? null,
        occasion,
        submitted_on: submitted,
      };
      const values = new Map<string, Cell>(Object.entries(fixed));
      for (const a of found) {
        values.set(variableName(a.instrumentId, "version"), a.instrumentVersion);
        for (const [itemId, value] of a.answers) values.set(variableName(a.instrumentId, itemId), answerCell(value));
        for (const [scaleId, value] of a.scores) values.set(variableName(a.instrumentId, scaleId, "score"), value);
      }
      // Only codebook columns: anything else (free text) is never written.
      rows.push(columns.map((c) => values.get(c) ?? null));
    }
  }
  return { name: "wide", columns, rows };
}
