// Submitted assessments with their answers and scores, for the row-level exports. A
// corrected assessment has status "superseded" and its correction "submitted", so asking
// for "submitted" gives exactly the current version of each.
import type { Db } from "@skridt/db";

export interface ExportAssessment {
  id: string;
  participantId: string;
  occasion: string;
  instrumentId: string;
  instrumentVersion: string;
  mode: string;
  submittedOn: string | null;
  answers: Map<string, unknown>;
  scores: Map<string, number | null>;
}

const OCCASION_ORDER: Record<string, number> = { start: 0, end: 1, followup: 2 };

export async function loadSubmittedAssessments(db: Db, participantIds: string[]): Promise<ExportAssessment[]> {
  const found = [];
  // Chunked: PostgreSQL and SQLite both cap the number of bound parameters per query.
  for (let i = 0; i < participantIds.length; i += 500) {
    found.push(
      ...(await db.assessment.findMany({
        where: { status: "submitted", participantId: { in: participantIds.slice(i, i + 500) } },
        select: {
          id: true,
          participantId: true,
          occasion: true,
          instrumentId: true,
          instrumentVersion: true,
          mode: true,
          submittedAt: true,
          position: true,
          answers: { select: { itemId: true, value: true } },
          scores: { select: { scaleId: true, value: true } },
        },
      })),
    );
  }
  const order = new Map(participantIds.map((id, index) => [id, index]));
  // Only participants' own questionnaires (never an employer's or volunteer's, when those exist).
  const own = found.flatMap((a) => (a.participantId === null ? [] : [{ ...a, participantId: a.participantId }]));
  own.sort(
    (a, b) =>
      (order.get(a.participantId) ?? 0) - (order.get(b.participantId) ?? 0) ||
      (OCCASION_ORDER[a.occasion] ?? 9) - (OCCASION_ORDER[b.occasion] ?? 9) ||
      a.position - b.position ||
      a.instrumentId.localeCompare(b.instrumentId),
  );
  return own.map((a) => ({
    id: a.id,
    participantId: a.participantId,
    occasion: a.occasion,
    instrumentId: a.instrumentId,
    instrumentVersion: a.instrumentVersion,
    mode: a.mode,
    submittedOn: a.submittedAt ? a.submittedAt.toISOString().slice(0, 10) : null,
    answers: new Map(a.answers.map((x) => [x.itemId, JSON.parse(x.value) as unknown])),
    scores: new Map(a.scores.map((s) => [s.scaleId, s.value])),
  }));
}
