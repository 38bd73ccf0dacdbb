import type { Db } from "@skridt/db";
import { scoreInstrument, validateAnswers } from "@skridt/instruments";
import { refreshScaleFigures } from "../evaluation/scale-figures";
import { loadAnswers, loadInstrumentOf } from "./answers";
import { apiError, apiErrorWithDetail } from "../errors";

/**
 * A mentor's correction of a submitted assessment (a misread paper form, a wrong tap): the
 * original stays untouched and is marked superseded; the corrected answers become a new
 * assessment that points at it, scored by the same function. Returns the new assessment's id.
 */
export async function correctAssessment(
  db: Db,
  input: { assessmentId: string; changes: Record<string, unknown>; correctedById: string; reason: string },
): Promise<{ assessmentId: string; changed: string[] }> {
  const original = await db.assessment.findUniqueOrThrow({
    where: { id: input.assessmentId },
    select: { id: true, participantId: true, surveyId: true, position: true, instrumentId: true, instrumentVersion: true, occasion: true, status: true },
  });
  if (original.status !== "submitted") throw apiError("CONFLICT", "not_submitted");
  const instrument = await loadInstrumentOf(db, original);
  const before = await loadAnswers(db, original.id);
  const merged: Record<string, unknown> = { ...before };
  for (const [itemId, value] of Object.entries(input.changes)) {
    if (value === null) delete merged[itemId];
    else merged[itemId] = value;
  }
  const validation = validateAnswers(instrument, merged);
  if (!validation.ok) {
    const problems = validation.issues.filter((i) => i.severity === "error").map((i) => ({ itemId: i.itemId, kind: i.kind }));
    throw apiErrorWithDetail("BAD_REQUEST", "answers_invalid", { problems });
  }
  const changed = Object.keys(input.changes).filter((id) => JSON.stringify(before[id] ?? null) !== JSON.stringify(validation.values[id] ?? null));
  if (changed.length === 0) throw apiError("BAD_REQUEST", "nothing_changed");
  const scores = scoreInstrument(instrument, validation.values);
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    // Only the current version can be corrected: a concurrent correction loses here.
    const claimed = await tx.assessment.updateMany({ where: { id: original.id, status: "submitted" }, data: { status: "superseded" } });
    if (claimed.count !== 1) throw apiError("CONFLICT", "not_submitted");
    const next = await tx.assessment.create({
      data: {
        participantId: original.participantId,
        surveyId: original.surveyId,
        position: original.position,
        instrumentId: original.instrumentId,
        instrumentVersion: original.instrumentVersion,
        occasion: original.occasion,
        status: "submitted",
        mode: "correction",
        submittedAt: now,
        supersedesId: original.id,
        // The reason is free text about the participant: kept with the version (erasure cuts
        // it), never in the append-only audit log.
        correctionReason: input.reason,
        createdById: input.correctedById,
        answers: {
          create: Object.entries(validation.values).map(([itemId, value]) => ({
            itemId,
            value: JSON.stringify(value),
            instrumentVersion: original.instrumentVersion,
          })),
        },
        scores: {
          create: scores.map((s) => ({ scaleId: s.scaleId, value: s.value, status: s.status, instrumentVersion: original.instrumentVersion })),
        },
      },
      select: { id: true },
    });
    if (original.participantId) await refreshScaleFigures(tx, db.engine, [original.participantId]);
    return next;
  });
  return { assessmentId: created.id, changed };
}
