// Loads what the FHIR endpoints serve: a participant's submitted questionnaires (their own, not
// an employer's or volunteer's about them) with answers and stored scores, mapped by @skridt/fhir.
import { ensureInstruments, findInstrument } from "@skridt/api";
import type { Db } from "@skridt/db";
import {
  toObservations,
  toQuestionnaireResponse,
  type Observation,
  type QuestionnaireResponse,
  type TEntryMode,
  type TSubmittedAssessment,
} from "@skridt/fhir";

/** A date range on the submission time, from FHIR search prefixes (ge, gt, le, lt, eq). */
export interface TDateRange {
  from?: Date;
  to?: Date;
}

const ENTRY_MODES: readonly string[] = ["self", "assisted", "phone", "paper"];

/**
 * How the answers were given. A spreadsheet import is answers the participant gave elsewhere,
 * typed in by staff, like paper; a correction keeps the mode of the submission it corrects.
 */
function entryMode(mode: string, original: string | null): TEntryMode {
  const effective = mode === "correction" ? (original ?? "paper") : mode;
  return (ENTRY_MODES.includes(effective) ? effective : "paper") as TEntryMode;
}

const assessmentSelect = {
  id: true,
  instrumentId: true,
  instrumentVersion: true,
  occasion: true,
  mode: true,
  submittedAt: true,
  supersedesId: true,
  participant: { select: { id: true, code: true, organisationId: true, programmeId: true } },
  answers: { select: { itemId: true, value: true } },
  scores: { select: { scaleId: true, value: true, status: true } },
} as const;

/** The participant's own questionnaires, submitted and current (a corrected one is replaced by its correction). */
function participantsOwn(where: Record<string, unknown>) {
  return { AND: [where, { status: "submitted", submittedAt: { not: null }, OR: [{ surveyId: null }, { survey: { respondentType: "participant" } }] }] };
}

type Row = Awaited<ReturnType<typeof loadRows>>[number];

async function loadRows(db: Db, where: Record<string, unknown>) {
  return db.assessment.findMany({ where: participantsOwn(where), select: assessmentSelect, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
}

/** The first submission's mode for each correction (follows the chain of corrections back). */
async function originalModes(db: Db, rows: readonly Row[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let pending = rows.filter((r) => r.mode === "correction" && r.supersedesId).map((r) => ({ start: r.id, next: r.supersedesId! }));
  for (let depth = 0; pending.length > 0 && depth < 50; depth++) {
    const found = await db.assessment.findMany({ where: { id: { in: pending.map((p) => p.next) } }, select: { id: true, mode: true, supersedesId: true } });
    const byId = new Map(found.map((f) => [f.id, f]));
    const still: typeof pending = [];
    for (const p of pending) {
      const row = byId.get(p.next);
      if (!row) continue;
      if (row.mode === "correction" && row.supersedesId) still.push({ start: p.start, next: row.supersedesId });
      else out.set(p.start, row.mode);
    }
    pending = still;
  }
  return out;
}

export interface TMapped {
  assessment: TSubmittedAssessment;
  response: QuestionnaireResponse;
  observations: Observation[];
  participant: { id: string; code: string; organisationId: string; programmeId: string };
}

async function mapRows(db: Db, rows: Row[]): Promise<TMapped[]> {
  await ensureInstruments(db, rows);
  const modes = await originalModes(db, rows);
  return rows.flatMap((row) => {
    const instrument = findInstrument(row.instrumentId, row.instrumentVersion);
    if (!instrument || !row.participant || !row.submittedAt) return [];
    const answers: Record<string, unknown> = {};
    for (const a of row.answers) answers[a.itemId] = JSON.parse(a.value) as unknown;
    const assessment: TSubmittedAssessment = {
      id: row.id,
      participant: { id: row.participant.id, code: row.participant.code },
      instrument,
      mode: entryMode(row.mode, modes.get(row.id) ?? null),
      corrected: row.mode === "correction",
      occasion: row.occasion,
      submittedAt: row.submittedAt,
      answers,
    };
    return [{ assessment, participant: row.participant, response: toQuestionnaireResponse(assessment), observations: toObservations(assessment, row.scores) }];
  });
}

function submittedIn(range: TDateRange) {
  if (!range.from && !range.to) return {};
  return { submittedAt: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) } };
}

export async function participantResources(db: Db, participantId: string, range: TDateRange = {}): Promise<TMapped[]> {
  return mapRows(db, await loadRows(db, { participantId, ...submittedIn(range) }));
}

/** One submitted assessment by id (the QuestionnaireResponse's id), with its participant. */
export async function assessmentResources(db: Db, assessmentId: string): Promise<TMapped | undefined> {
  return (await mapRows(db, await loadRows(db, { id: assessmentId })))[0];
}

/** Every participant's questionnaires in one programme, limited to the given organisations. */
export async function programmeResources(db: Db, programmeId: string, organisationIds: readonly string[]): Promise<TMapped[]> {
  return mapRows(db, await loadRows(db, { participant: { programmeId, organisationId: { in: [...organisationIds] } } }));
}
