// Contacts, tallied: one row per day and kind with a count (seed 001 reports 7,841 contacts;
// typing them in one at a time is not an option). A row with a participant code is that
// participant's (Contact); a company contact without one is the programme's (CompanyContact),
// e.g. searching for placements on behalf of everyone.
import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import { CONTACT_KIND_CODES, CONTACT_KINDS, type TContactKind } from "@skridt/instruments";
import { problemOf, type ImportProblem } from "@skridt/validators";
import type { TContactMapping } from "./history-mapping";
import { loadRegister, writeRegister, type RespondentRegister } from "./respondents";
import { codeFromText, dayCell, dayToDate, existingParticipant, expectedOf, findParticipants, nonEmpty, normaliseCode, wholeNumber } from "./row-checks";
import type { SourceRow } from "./read-table";
import type { Tx } from "./tx";
import type { Scope } from "./validate";

const CATALOGUE = CONTACT_KIND_CODES.map((code) => ({ code, label: CONTACT_KINDS[code].label }));
/** More than this in one row is more likely a typing error than a tally. */
export const MAX_CONTACT_COUNT = 1000;

export interface PlannedContact {
  /** null: the programme's company contact. */
  participantId: string | null;
  day: string;
  kind: TContactKind;
  count: number;
  minutes: number | null;
  companyId: string | null;
}

export function contactColumns(m: TContactMapping): string[] {
  return [m.participantCodeColumn, m.dateColumn, m.contactKindColumn, m.countColumn, m.minutesColumn, m.companyColumn].filter(
    (c): c is string => c !== undefined,
  );
}

export async function validateContacts(db: Db, scope: Scope, m: TContactMapping, source: SourceRow[]) {
  const problems: ImportProblem[] = [];
  const rows = nonEmpty(source);
  const now = new Date();
  const codeColumn = m.participantCodeColumn;
  const known = await findParticipants(db, codeColumn ? rows.map((r) => normaliseCode(r.cells[codeColumn] ?? "")) : []);
  const ids = [...known.values()].filter((p) => p.organisationId === scope.organisationId).map((p) => p.id);
  const imported = await importedContacts(db, scope, ids);
  const companies = m.companyColumn ? await loadRegister(db, "company", scope.organisationId, m.createRespondents ?? false) : null;
  const seen = new Map<string, number>();
  const planned: PlannedContact[] = [];

  for (const r of rows) {
    const before = problems.length;
    const cell = (column: string | undefined) => (column ? (r.cells[column] ?? "").trim() : "");
    const day = dayCell(r.row, m.dateColumn, cell(m.dateColumn), now);
    if ("problem" in day) problems.push(day.problem);

    let kind: TContactKind | null = m.contactKind ?? null;
    if (m.contactKindColumn) {
      const text = cell(m.contactKindColumn);
      kind = text ? codeFromText(text, CATALOGUE, m.contactKindValues) : null;
      if (!kind) problems.push(problemOf(r.row, m.contactKindColumn, "contact_kind_unknown", { value: text, expected: expectedOf(CATALOGUE) }));
    }
    const companyChannel = kind !== null && CONTACT_KINDS[kind].channel === "company";

    const count = m.countColumn ? wholeNumber(cell(m.countColumn), 1, MAX_CONTACT_COUNT) : { value: 1 };
    if ("bad" in count) problems.push(problemOf(r.row, m.countColumn!, "count_invalid", { value: count.bad, min: 1, max: MAX_CONTACT_COUNT }));
    const minutes = m.minutesColumn ? wholeNumber(cell(m.minutesColumn), 0, 24 * 60) : { value: null };
    if ("bad" in minutes) problems.push(problemOf(r.row, m.minutesColumn!, "number_out_of_range", { value: minutes.bad, min: 0, max: 24 * 60 }));

    let company: { id: string; name: string } | null = null;
    const companyText = cell(m.companyColumn);
    if (companies && companyText) {
      company = companies.resolve(companyText);
      if (!company) problems.push(problemOf(r.row, m.companyColumn!, "company_unknown", { value: companyText }));
    }

    const codeText = cell(codeColumn);
    let participant: { id: string; enrolledOn: string } | null = null;
    if (codeText || !companyChannel) {
      if (!codeColumn || !codeText) {
        if (kind) problems.push(problemOf(r.row, codeColumn ?? null, "contact_needs_participant", { kindLabel: CONTACT_KINDS[kind].label }));
      } else {
        const who = existingParticipant(scope, known, r.row, codeColumn, codeText);
        if ("problem" in who) problems.push(who.problem);
        else participant = who.participant;
      }
    }

    if (kind && "day" in day && problems.length === before) {
      const label = CONTACT_KINDS[kind].label;
      if (participant && day.day < participant.enrolledOn)
        problems.push(problemOf(r.row, m.dateColumn, "date_before_enrolment", { value: cell(m.dateColumn), date: participant.enrolledOn }));
      const owner = participant ? participant.id : `company:${company?.id ?? ""}`;
      const key = `${owner}\u0000${day.day}\u0000${kind}`;
      const other = seen.get(key);
      if (other !== undefined) problems.push(problemOf(r.row, m.dateColumn, "duplicate_entry", { otherRow: other, kindLabel: label, date: day.day }));
      else seen.set(key, r.row);
      // Contacts a person registered are other contacts; an imported one on the same day and of
      // the same kind is this file again.
      if (imported.has(key))
        problems.push(
          problemOf(r.row, codeColumn && codeText ? codeColumn : m.dateColumn, "contact_already_imported", {
            value: participant ? normaliseCode(codeText) : (company?.name ?? "—"),
            kindLabel: label,
            date: day.day,
          }),
        );
      if (problems.length === before)
        planned.push({
          participantId: participant?.id ?? null,
          day: day.day,
          kind,
          count: "value" in count ? (count.value ?? 1) : 1,
          minutes: "value" in minutes ? minutes.value : null,
          companyId: company?.id ?? null,
        });
    }
  }
  return { problems, planned, companies, skippedEmpty: source.length - rows.length };
}

async function importedContacts(db: Db, scope: Scope, participantIds: string[]) {
  const keys = new Set<string>();
  const day = (d: Date) => d.toISOString().slice(0, 10);
  for (let i = 0; i < participantIds.length; i += 500) {
    const rows = await db.contact.findMany({
      where: { participantId: { in: participantIds.slice(i, i + 500) }, importBatchId: { not: null } },
      select: { participantId: true, occurredOn: true, kind: true },
    });
    for (const c of rows) keys.add(`${c.participantId}\u0000${day(c.occurredOn)}\u0000${c.kind}`);
  }
  const programme = await db.companyContact.findMany({
    where: { organisationId: scope.organisationId, programmeId: scope.programmeId, importBatchId: { not: null } },
    select: { companyId: true, occurredOn: true, kind: true },
  });
  for (const c of programme) keys.add(`company:${c.companyId ?? ""}\u0000${day(c.occurredOn)}\u0000${c.kind}`);
  return keys;
}

export async function writeContacts(
  tx: Tx,
  scope: Scope,
  planned: PlannedContact[],
  companies: RespondentRegister | null,
  ctx: { batchId: string; actorId: string | null; chunk: number; onChunk: (done: number) => void },
) {
  const companiesCreated = await writeRegister(tx, "company", scope.organisationId, companies);
  let contacts = 0;
  let companyContacts = 0;
  let contactsCounted = 0;
  for (let i = 0; i < planned.length; i += ctx.chunk) {
    const slice = planned.slice(i, i + ctx.chunk);
    const own = slice.flatMap((c) =>
      c.participantId
        ? [
            {
              id: randomUUID(),
              participantId: c.participantId,
              occurredOn: dayToDate(c.day),
              kind: c.kind,
              count: c.count,
              minutes: c.minutes,
              companyId: c.companyId,
              authorId: ctx.actorId,
              importBatchId: ctx.batchId,
            },
          ]
        : [],
    );
    const programme = slice.flatMap((c) =>
      c.participantId
        ? []
        : [
            {
              id: randomUUID(),
              organisationId: scope.organisationId,
              programmeId: scope.programmeId,
              companyId: c.companyId,
              occurredOn: dayToDate(c.day),
              kind: c.kind,
              count: c.count,
              authorId: ctx.actorId,
              importBatchId: ctx.batchId,
            },
          ],
    );
    if (own.length) contacts += (await tx.contact.createMany({ data: own })).count;
    if (programme.length) companyContacts += (await tx.companyContact.createMany({ data: programme })).count;
    for (const c of slice) contactsCounted += c.count;
    ctx.onChunk(Math.min(planned.length, i + ctx.chunk));
  }
  return { contacts, companyContacts, contactsCounted, companiesCreated };
}
