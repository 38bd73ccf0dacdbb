import type { Db } from "@skridt/db";

export interface OpenAssessment {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
}

// Which assessment of a survey holds an instrument never changes while the survey is open
// (corrections, which add assessments, come only after submission, when saving is refused),
// so each process may remember it. Bounded: cleared when full rather than tracked per entry.
const MAX_ENTRIES = 20_000;
const cache = new Map<string, OpenAssessment | null>();

export async function openAssessmentFor(db: Db, surveyId: string, instrumentId: string): Promise<OpenAssessment | null> {
  const key = `${surveyId}\u0000${instrumentId}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = await db.assessment.findFirst({
    where: { surveyId, instrumentId, status: { not: "superseded" } },
    select: { id: true, instrumentId: true, instrumentVersion: true },
  });
  // An unknown instrument is not remembered: it is a client error, and caching it would let
  // hostile input fill the cache.
  if (!found) return null;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, found);
  return found;
}
