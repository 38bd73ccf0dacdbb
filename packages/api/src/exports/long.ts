// Long format: one row per answer. Free-text answers are left out (they may name people).
// Employers' and volunteer mentors' answers follow the participants', marked by
// respondent_type and identified only by a pseudonymous code per questionnaire.
import type { ExportAssessment, ExternalExportAssessment } from "./assessments";
import type { CohortParticipant } from "./cohort";
import type { InstrumentInExport } from "./codebook";
import type { Table } from "./table";
import { answerCell } from "./values";

export const LONG_COLUMNS = [
  "respondent_type",
  "participant_code",
  "organisation",
  "occasion",
  "instrument_id",
  "instrument_version",
  "item_id",
  "value",
  "mode",
  "submitted_on",
];

export function longTable(
  participants: readonly CohortParticipant[],
  assessments: readonly ExportAssessment[],
  instruments: readonly InstrumentInExport[],
  external: readonly ExternalExportAssessment[] = [],
  organisationNames: ReadonlyMap<string, string> = new Map(),
): Table {
  const byId = new Map(participants.map((p) => [p.participantId, p]));
  const exported = new Map(instruments.map((i) => [i.definition.id, i.items.map((item) => item.id)]));
  const rows: Table["rows"] = [];
  const push = (respondentType: string, code: string, organisation: string, a: Omit<ExportAssessment, "participantId">) => {
    // Instrument order, not storage order; items not (or no longer) defined are never exported blind.
    for (const itemId of exported.get(a.instrumentId) ?? []) {
      if (!a.answers.has(itemId)) continue;
      rows.push([
        respondentType,
        code,
        organisation,
        a.occasion,
        a.instrumentId,
        a.instrumentVersion,
        itemId,
        answerCell(a.answers.get(itemId)),
        a.mode,
        a.submittedOn,
      ]);
    }
  };
  for (const a of assessments) {
    const p = byId.get(a.participantId);
    if (p) push("participant", p.code, p.organisationName, a);
  }
  for (const a of external) push(a.respondentType, a.respondentCode, organisationNames.get(a.organisationId) ?? "", a);
  return { name: "long", columns: LONG_COLUMNS, rows };
}
