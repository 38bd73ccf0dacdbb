// Long format: one row per answer. Free-text answers are left out (they may name people).
import type { ExportAssessment } from "./assessments";
import type { CohortParticipant } from "./cohort";
import type { InstrumentInExport } from "./codebook";
import type { Table } from "./table";
import { answerCell } from "./values";

export const LONG_COLUMNS = ["participant_code", "organisation", "occasion", "instrument_id", "instrument_version", "item_id", "value", "mode", "submitted_on"];

export function longTable(participants: readonly CohortParticipant[], assessments: readonly ExportAssessment[], instruments: readonly InstrumentInExport[]): Table {
  const byId = new Map(participants.map((p) => [p.participantId, p]));
  const exported = new Map(instruments.map((i) => [i.definition.id, i.items.map((item) => item.id)]));
  const rows: Table["rows"] = [];
  for (const a of assessments) {
    const p = byId.get(a.participantId);
    if (!p) continue;
    // Instrument order, not storage order; items not (or no longer) defined are never exported blind.
    for (const itemId of exported.get(a.instrumentId) ?? []) {
      if (!a.answers.has(itemId)) continue;
      rows.push([p.code, p.organisationName, a.occasion, a.instrumentId, a.instrumentVersion, itemId, answerCell(a.answers.get(itemId)), a.mode, a.submittedOn]);
    }
  }
  return { name: "long", columns: LONG_COLUMNS, rows };
}
