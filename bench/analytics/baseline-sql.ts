// The baseline: one hand-written SQL aggregation of the core figures of the overview and the
// paired change, in one statement, run through better-sqlite3. Scoped like Skridt: the
// programme's participants in the organisations where the user is evaluator or admin.
// Response rates count every participant as eligible ("all", Skridt's default), a
// questionnaire by its furthest state; paired change uses submitted assessments of submitted
// questionnaires (the assessment's own, by surveyId: Skridt masks by the participant's
// questionnaire at that occasion, the same here since each has one per occasion, and the run
// checks the figures agree), start and end joined per participant and scale (the self-join),
// GROUP BY scale. CROSS JOIN pins SQLite's join order to participants → assessments (by
// index) → questionnaire → scores; left to itself, inside the compound query, it scans all
// assessments first and takes about twice as long. SD of change = sqrt((Σd² − n·mean²)/(n − 1)), SQLite's math functions.
import type Database from "better-sqlite3";

export const BASELINE_SQL = `
WITH ps AS MATERIALIZED (
  SELECT p.id, p.endedOn
  FROM Participant p
  WHERE p.programmeId = @programmeId
    AND p.organisationId IN (
      SELECT m.organisationId FROM Membership m
      JOIN ProgrammeOrganisation po ON po.organisationId = m.organisationId AND po.programmeId = @programmeId
      WHERE m.userId = @userId AND m.role IN ('evaluator', 'admin'))
),
best AS (
  SELECT s.occasion, s.participantId,
         max(CASE s.status WHEN 'submitted' THEN 3 WHEN 'in_progress' THEN 2 WHEN 'withdrawn' THEN 0 ELSE 1 END) AS rank
  FROM Survey s JOIN ps ON ps.id = s.participantId
  WHERE s.occasion IN ('start', 'end')
  GROUP BY s.occasion, s.participantId
),
sc AS MATERIALIZED (
  SELECT a.participantId, a.occasion, a.instrumentId, x.scaleId, x.value
  FROM ps
  CROSS JOIN Assessment a ON a.participantId = ps.id
  CROSS JOIN Survey v ON v.id = a.surveyId AND v.status = 'submitted'
  CROSS JOIN Score x ON x.assessmentId = a.id
  WHERE a.status = 'submitted' AND a.occasion IN ('start', 'end') AND x.value IS NOT NULL
)
SELECT 'counts' AS kind, NULL AS k1, NULL AS k2,
       count(*) AS n, sum(endedOn IS NOT NULL AND substr(endedOn, 1, 10) <= @today) AS a, NULL AS b, NULL AS c, NULL AS d
FROM ps
UNION ALL
SELECT 'rate', occasion, NULL, (SELECT count(*) FROM ps), sum(rank = 3), sum(rank = 2), NULL, NULL
FROM best GROUP BY occasion
UNION ALL
SELECT 'change', s.instrumentId, s.scaleId, count(*), avg(s.value), avg(e.value), avg(e.value - s.value),
       CASE WHEN count(*) > 1 THEN sqrt(max(0, (sum((e.value - s.value) * (e.value - s.value)) - count(*) * avg(e.value - s.value) * avg(e.value - s.value)) / (count(*) - 1))) END
FROM sc s JOIN sc e ON e.participantId = s.participantId AND e.instrumentId = s.instrumentId AND e.scaleId = s.scaleId AND e.occasion = 'end'
WHERE s.occasion = 'start'
GROUP BY s.instrumentId, s.scaleId
`;

export interface CoreFigures {
  enrolled: number;
  active: number;
  ended: number;
  responseRates: { occasion: string; eligible: number; completed: number; incomplete: number; rate: number | null }[];
  change: {
    instrumentId: string;
    scaleId: string;
    n: number;
    meanStart: number | null;
    meanEnd: number | null;
    meanChange: number | null;
    sdChange: number | null;
  }[];
}

type Row = { kind: string; k1: string | null; k2: string | null; n: number; a: number | null; b: number | null; c: number | null; d: number | null };

export function runBaseline(db: Database.Database, params: { programmeId: string; userId: string; today: string }): CoreFigures {
  const rows = db.prepare(BASELINE_SQL).all(params) as Row[];
  const counts = rows.find((r) => r.kind === "counts");
  if (!counts) throw new Error("baseline returned no counts");
  const ended = counts.a ?? 0;
  return {
    enrolled: counts.n,
    active: counts.n - ended,
    ended,
    responseRates: rows
      .filter((r) => r.kind === "rate")
      .map((r) => ({ occasion: r.k1 as string, eligible: r.n, completed: r.a ?? 0, incomplete: r.b ?? 0, rate: r.n > 0 ? (r.a ?? 0) / r.n : null })),
    change: rows
      .filter((r) => r.kind === "change")
      .map((r) => ({ instrumentId: r.k1 as string, scaleId: r.k2 as string, n: r.n, meanStart: r.a, meanEnd: r.b, meanChange: r.c, sdChange: r.d })),
  };
}
