import type { Db } from "@skridt/db";
import { upsertAnswer } from "./answer-upsert";
import { answerSchemaFor, type TInstrument } from "@skridt/instruments";
import { ensureInstruments, findInstrument } from "../programme-instruments/cache";
import { apiError } from "../errors";

type TInstrumentRef = { instrumentId: string; instrumentVersion: string };

/** The definition an assessment was given under: a built-in or one already in this process's cache. */
export function instrumentOf(assessment: TInstrumentRef): TInstrument {
  const instrument = findInstrument(assessment.instrumentId, assessment.instrumentVersion);
  if (!instrument) throw new Error(`instrument ${assessment.instrumentId}@${assessment.instrumentVersion} is not available`);
  return instrument;
}

/** As instrumentOf, loading a programme's own instrument from the database on a cache miss. */
export async function loadInstrumentOf(db: Db, assessment: TInstrumentRef): Promise<TInstrument> {
  await ensureInstruments(db, [assessment]);
  return instrumentOf(assessment);
}

/** Stored answers of one assessment as itemId → value. */
export async function loadAnswers(db: Db, assessmentId: string): Promise<Record<string, unknown>> {
  const rows = await db.answer.findMany({ where: { assessmentId }, select: { itemId: true, value: true } });
  return Object.fromEntries(rows.map((r) => [r.itemId, JSON.parse(r.value) as unknown]));
}

/** How far ahead of the server's clock a device's clock may run before its saves are held to it. */
export const ANSWERED_AT_ALLOWANCE_MS = 5 * 60 * 1000;

/**
 * A save's time as the device gave it, but never later than the server's clock plus the
 * allowance: the newest save of a question wins, so an answer dated 9999-12-31 would otherwise
 * beat every later one.
 */
export function clampAnsweredAt(answeredAt: Date, now = Date.now()): Date {
  return answeredAt.getTime() > now + ANSWERED_AT_ALLOWANCE_MS ? new Date(now + ANSWERED_AT_ALLOWANCE_MS) : answeredAt;
}

export interface SaveAnswerInput {
  assessment: { id: string; instrumentId: string; instrumentVersion: string };
  itemId: string;
  /** null clears the answer. */
  value: unknown;
  clientMutationId: string;
  answeredAt: Date;
}

/**
 * Saves one answer. Idempotent: the same clientMutationId twice stores once, and a late
 * retry of an older answer (earlier answeredAt) never overwrites a newer one.
 */
export async function saveAnswer(db: Db, raw: SaveAnswerInput): Promise<{ applied: boolean }> {
  const input = { ...raw, answeredAt: clampAnsweredAt(raw.answeredAt) };
  const instrument = await loadInstrumentOf(db, input.assessment);
  const item = instrument.items.find((i) => i.id === input.itemId);
  if (!item) throw apiError("BAD_REQUEST", "unknown_item");
  const where = { assessmentId_itemId: { assessmentId: input.assessment.id, itemId: input.itemId } };

  if (input.value === null) {
    const existing = await db.answer.findUnique({ where, select: { clientAnsweredAt: true } });
    if (existing?.clientAnsweredAt && existing.clientAnsweredAt > input.answeredAt) return { applied: false };
    await db.answer.deleteMany({ where: { assessmentId: input.assessment.id, itemId: input.itemId } });
    return { applied: true };
  }
  const parsed = answerSchemaFor(item).safeParse(input.value);
  if (!parsed.success) throw apiError("BAD_REQUEST", "invalid_answer", parsed.error);
  const applied = await upsertAnswer(db, {
    assessmentId: input.assessment.id,
    itemId: input.itemId,
    instrumentVersion: input.assessment.instrumentVersion,
    value: JSON.stringify(parsed.data),
    clientMutationId: input.clientMutationId,
    clientAnsweredAt: input.answeredAt,
  });
  return { applied };
}
