// Status events (job, internship, sick leave, pension in process, …) with the day each began,
// for participants already in the programme. A status that ends the participation (Udmeldt,
// Overgået til anden aktør, Død) ends it on that day with its reason, as registering it does.
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import { STATUS_CODES, STATUSES, type TStatusCode } from "@skridt/instruments";
import { END_REASON_OF_STATUS, problemOf, type ImportProblem } from "@skridt/validators";
import type { TStatusMapping } from "./history-mapping";
import { codeFromText, dayCell, dayToDate, existingParticipant, expectedOf, findParticipants, isTicked, nonEmpty, normaliseCode } from "./row-checks";
import type { SourceRow } from "./read-table";
import type { Tx } from "./tx";
import type { Scope } from "./validate";

const CATALOGUE = STATUS_CODES.map((code) => ({ code, label: STATUSES[code].label }));

export interface PlannedStatus {
  participantId: string;
  day: string;
  status: TStatusCode;
  hoursPerWeek: number | null;
  inProcess: boolean;
}

export function statusColumns(m: TStatusMapping): string[] {
  return [m.participantCodeColumn, m.dateColumn, m.statusColumn, m.hoursPerWeekColumn, m.inProcessColumn].filter((c): c is string => c !== undefined);
}

export async function validateStatuses(db: Db, scope: Scope, m: TStatusMapping, source: SourceRow[]) {
  const problems: ImportProblem[] = [];
  const rows = nonEmpty(source);
  const now = new Date();
  const known = await findParticipants(
    db,
    rows.map((r) => normaliseCode(r.cells[m.participantCodeColumn] ?? "")),
  );
  const recorded = await recordedStatuses(
    db,
    [...known.values()].filter((p) => p.organisationId === scope.organisationId).map((p) => p.id),
  );
  const seen = new Map<string, number>();
  const planned: PlannedStatus[] = [];

  for (const r of rows) {
    const before = problems.length;
    const cell = (column: string | undefined) => (column ? (r.cells[column] ?? "").trim() : "");
    const who = existingParticipant(scope, known, r.row, m.participantCodeColumn, cell(m.participantCodeColumn));
    if ("problem" in who) problems.push(who.problem);
    const day = dayCell(r.row, m.dateColumn, cell(m.dateColumn), now);
    if ("problem" in day) problems.push(day.problem);
    const text = cell(m.statusColumn);
    const status = text ? codeFromText(text, CATALOGUE, m.statusValues) : null;
    if (!text) problems.push(problemOf(r.row, m.statusColumn, "status_unknown", { value: "", expected: expectedOf(CATALOGUE) }));
    else if (!status) problems.push(problemOf(r.row, m.statusColumn, "status_unknown", { value: text, expected: expectedOf(CATALOGUE) }));

    let hoursPerWeek: number | null = null;
    const hoursText = cell(m.hoursPerWeekColumn);
    if (m.hoursPerWeekColumn && hoursText) {
      const n = Number(hoursText.replace(/\s/g, "").replace(",", "."));
      if (!Number.isFinite(n)) problems.push(problemOf(r.row, m.hoursPerWeekColumn, "not_a_number", { value: hoursText }));
      else if (n < 0 || n > 80) problems.push(problemOf(r.row, m.hoursPerWeekColumn, "number_out_of_range", { value: hoursText, min: 0, max: 80 }));
      else hoursPerWeek = n;
    }
    // "In process" means something only where the catalogue allows it (pension, flex job).
    const inProcess = Boolean(m.inProcessColumn && isTicked(cell(m.inProcessColumn)) && status && STATUSES[status].canBeInProcess);

    if ("participant" in who && "day" in day && status) {
      const p = who.participant;
      const label = STATUSES[status].label;
      if (day.day < p.enrolledOn) problems.push(problemOf(r.row, m.dateColumn, "date_before_enrolment", { value: cell(m.dateColumn), date: p.enrolledOn }));
      const key = `${p.id}\u0000${day.day}\u0000${status}`;
      const other = seen.get(key);
      if (other !== undefined) problems.push(problemOf(r.row, m.statusColumn, "duplicate_entry", { otherRow: other, kindLabel: label, date: day.day }));
      else seen.set(key, r.row);
      // A status on the same day is the same fact, whoever registered it: a re-run is refused.
      if (recorded.has(key))
        problems.push(
          problemOf(r.row, m.participantCodeColumn, "status_already_recorded", {
            value: normaliseCode(cell(m.participantCodeColumn)),
            kindLabel: label,
            date: day.day,
          }),
        );
      if (problems.length === before) planned.push({ participantId: p.id, day: day.day, status, hoursPerWeek, inProcess });
    }
  }
  return { problems, planned, skippedEmpty: source.length - rows.length };
}

async function recordedStatuses(db: Db, participantIds: string[]) {
  const keys = new Set<string>();
  for (let i = 0; i < participantIds.length; i += 500) {
    const events = await db.statusEvent.findMany({
      where: { participantId: { in: participantIds.slice(i, i + 500) } },
      select: { participantId: true, occurredOn: true, status: true },
    });
    for (const e of events) keys.add(`${e.participantId}\u0000${e.occurredOn.toISOString().slice(0, 10)}\u0000${e.status}`);
  }
  return keys;
}

export async function writeStatuses(
  tx: Tx,
  planned: PlannedStatus[],
  ctx: { batchId: string; actorId: string | null; chunk: number; onChunk: (done: number) => void },
) {
  let statusEvents = 0;
  for (let i = 0; i < planned.length; i += ctx.chunk) {
    const data = planned.slice(i, i + ctx.chunk).map((s) => ({
      id: randomUUID(),
      participantId: s.participantId,
      occurredOn: dayToDate(s.day),
      status: s.status,
      hoursPerWeek: s.hoursPerWeek,
      inProcess: s.inProcess,
      authorId: ctx.actorId,
      importBatchId: ctx.batchId,
    }));
    statusEvents += (await tx.statusEvent.createMany({ data })).count;
    ctx.onChunk(Math.min(planned.length, i + ctx.chunk));
  }
  // The earliest ending status of each participant still open ends the participation then.
  const endings = new Map<string, PlannedStatus>();
  for (const s of planned) {
    if (!STATUSES[s.status].endsParticipation) continue;
    const first = endings.get(s.participantId);
    if (!first || s.day < first.day) endings.set(s.participantId, s);
  }
  let participantsEnded = 0;
  for (const s of endings.values()) {
    const reason = END_REASON_OF_STATUS[s.status] ?? "other";
    participantsEnded += (
      await tx.participant.updateMany({ where: { id: s.participantId, endedOn: null }, data: { endedOn: dayToDate(s.day), endReason: reason } })
    ).count;
  }
  return { statusEvents, participantsEnded };
}
