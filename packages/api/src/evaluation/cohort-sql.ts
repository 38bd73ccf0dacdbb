// The evaluator's cohort as a SQL condition on Participant p, for figures grouped in the
// database. It must select exactly the participants filterParticipants (packages/analytics)
// keeps for the same filter: cohort-sql.integration.test.ts compares the two on both engines.
import { Prisma, type Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { TEvaluationFilter } from "@skridt/validators";

/** SQL for a timestamp column as text: the day (10 characters) or to the millisecond (23). */
export function asText(db: Pick<Db, "engine">, column: Prisma.Sql, length: 10 | 23): Prisma.Sql {
  if (db.engine === "postgresql") {
    return length === 10 ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD')` : Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')`;
  }
  // SQLite holds Prisma's DateTime as ISO text ("2026-11-26T04:57:05.581+00:00").
  return Prisma.sql`substr(${column}, 1, ${length})`;
}

/** Lower and upper age (inclusive) of each band; as bandOfAge in packages/analytics. */
const AGE_BAND_RANGES: Record<string, [number | null, number | null]> = {
  "<18": [null, 17],
  "18-29": [18, 29],
  "30-39": [30, 39],
  "40-49": [40, 49],
  "50-59": [50, 59],
  "60+": [60, null],
};

/**
 * Age at enrolment from the birth year, as ageOn does with a year only: the age reached in
 * the year of enrolment.
 */
function ageAtEnrolment(db: Pick<Db, "engine">): Prisma.Sql {
  const year =
    db.engine === "postgresql" ? Prisma.sql`CAST(EXTRACT(YEAR FROM p."enrolledOn") AS INTEGER)` : Prisma.sql`CAST(substr(p."enrolledOn", 1, 4) AS INTEGER)`;
  return Prisma.sql`(${year} - p."birthYear")`;
}

/** The filter's participant criteria (not programme or organisations) on p; null when there are none. */
export function participantCriteria(
  db: Pick<Db, "engine">,
  filter: Omit<TEvaluationFilter, "organisationIds">,
  today: string = todayLocal(),
): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (filter.participation === "ended" || filter.participation === "active") {
    // Ended by today, as the overview counts "ended"; "active" is everyone else.
    const ended = Prisma.sql`(p."endedOn" IS NOT NULL AND ${asText(db, Prisma.sql`p."endedOn"`, 10)} <= ${today})`;
    parts.push(filter.participation === "ended" ? ended : Prisma.sql`NOT ${ended}`);
  }
  const enrolled = asText(db, Prisma.sql`p."enrolledOn"`, 10);
  if (filter.enrolledFrom) parts.push(Prisma.sql`${enrolled} >= ${filter.enrolledFrom}`);
  if (filter.enrolledTo) parts.push(Prisma.sql`${enrolled} <= ${filter.enrolledTo}`);
  if (filter.genders) {
    const known = filter.genders.filter((g) => g !== "unknown");
    const alternatives: Prisma.Sql[] = [];
    if (known.length) alternatives.push(Prisma.sql`p."gender" IN (${Prisma.join(known)})`);
    if (filter.genders.includes("unknown")) alternatives.push(Prisma.sql`p."gender" IS NULL`);
    parts.push(alternatives.length ? Prisma.sql`(${Prisma.join(alternatives, " OR ")})` : Prisma.sql`1 = 0`);
  }
  if (filter.ageBands) {
    const age = ageAtEnrolment(db);
    const alternatives: Prisma.Sql[] = filter.ageBands.map((band) => {
      if (band === "unknown") return Prisma.sql`p."birthYear" IS NULL`;
      const [low, high] = AGE_BAND_RANGES[band] as [number | null, number | null];
      if (low === null) return Prisma.sql`${age} <= ${high}`;
      if (high === null) return Prisma.sql`${age} >= ${low}`;
      return Prisma.sql`${age} BETWEEN ${low} AND ${high}`;
    });
    parts.push(alternatives.length ? Prisma.sql`(${Prisma.join(alternatives, " OR ")})` : Prisma.sql`1 = 0`);
  }
  return parts.length ? Prisma.join(parts, " AND ") : null;
}
