// Cohort figures counted in the database: the size of the cohort, how far each participant's
// questionnaires got, and how many gave each answer. Grouped rows come back, not one row per
// participant or answer, so these stay fast at 100,000 participants (bench/analytics).
import { Prisma, type Db } from "@skridt/db";
import type { TAnswerValueCount, TContactCountGroup } from "@skridt/analytics";
import type { TEvaluationFilter } from "@skridt/validators";
import { asText, participantCriteria } from "./cohort-sql";

export interface CohortScope {
  programmeId: string;
  organisationIds: readonly string[];
  filter: Omit<TEvaluationFilter, "organisationIds">;
}

/** The scope as a condition on Participant p. */
export function inCohort(db: Db, scope: CohortScope): Prisma.Sql {
  const criteria = participantCriteria(db, scope.filter);
  const base = Prisma.sql`p."programmeId" = ${scope.programmeId} AND p."organisationId" IN (${Prisma.join(scope.organisationIds)})`;
  return criteria ? Prisma.sql`${base} AND ${criteria}` : base;
}

/**
 * Enrolled, and ended on or before `today`; `key`: the sum of the cohort's cell keys, which
 * disclosure control (packages/analytics) perturbs every figure of this cohort by.
 */
export async function readCohortSize(db: Db, scope: CohortScope, today: string): Promise<{ enrolled: number; ended: number; key: number }> {
  if (scope.organisationIds.length === 0) return { enrolled: 0, ended: 0, key: 0 };
  const ended = asText(db, Prisma.sql`p."endedOn"`, 10);
  const [row] = await db.bulk.rows(Prisma.sql`
    SELECT count(*), sum(CASE WHEN p."endedOn" IS NOT NULL AND ${ended} <= ${today} THEN 1 ELSE 0 END), sum(p."cellKey")
    FROM "Participant" p WHERE ${inCohort(db, scope)}`);
  return { enrolled: Number(row?.[0] ?? 0), ended: Number(row?.[1] ?? 0), key: Number(row?.[2] ?? 0) };
}

/**
 * How many respondents gave each value to each item (and the sum of their cell keys), counting
 * only submitted answers of submitted questionnaires. Values are stored as JSON text, so equal
 * answers group together.
 */
export async function readAnswerValueCounts(db: Db, scope: CohortScope, occasions: readonly string[]): Promise<TAnswerValueCount[]> {
  if (scope.organisationIds.length === 0) return [];
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT a."instrumentId", an."instrumentVersion", an."itemId", a."occasion", an."value", count(*), sum(p."cellKey")
    FROM "Answer" an
    JOIN "Assessment" a ON a."id" = an."assessmentId"
    JOIN "Survey" s ON s."id" = a."surveyId"
    JOIN "Participant" p ON p."id" = a."participantId"
    WHERE ${inCohort(db, scope)} AND a."status" = 'submitted' AND a."occasion" IN (${Prisma.join(occasions)})
      AND s."status" = 'submitted' AND s."respondentType" = 'participant' AND an."value" <> 'null'
    GROUP BY a."instrumentId", an."instrumentVersion", an."itemId", a."occasion", an."value"`);
  return rows.map(([instrumentId, instrumentVersion, itemId, occasion, value, count, key]) => ({
    instrumentId: instrumentId as string,
    instrumentVersion: instrumentVersion as string,
    itemId: itemId as string,
    occasion: occasion as string,
    value: JSON.parse(value as string) as TAnswerValueCount["value"],
    count: Number(count),
    key: Number(key),
  }));
}

/** A contact kind's channel as seed 001 reports them (packages/instruments CONTACT_KINDS): in person, phone/SMS/mail, companies. */
function channelOf(kind: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`('channel:' || CASE WHEN ${kind} = 'meeting' THEN 'in_person' WHEN ${kind} IN ('phone', 'sms', 'email') THEN 'remote' WHEN ${kind} IN ('company_contact', 'workplace_followup') THEN 'company' ELSE 'other' END)`;
}

/**
 * Contacts as "so many participants had k contacts" groups, per kind, per channel (as the kind
 * "channel:in_person" ...) and over all kinds, with their registered minutes (in all, and the most
 * one of them had) and the sum of their cell keys: the cohort's contact volume without a row per
 * contact. A tallied row (an import's "3 phone calls") counts as its `count` contacts.
 */
export async function readContactCountGroups(db: Db, scope: CohortScope): Promise<TContactCountGroup[]> {
  if (scope.organisationIds.length === 0) return [];
  const perParticipant = (by: "kind" | "channel" | "all") => {
    const key = by === "kind" ? Prisma.sql`c."kind"` : by === "channel" ? channelOf(Prisma.sql`c."kind"`) : Prisma.sql`NULL`;
    return Prisma.sql`
    SELECT ${key} AS "kind", sum(c."count") AS "contacts", sum(COALESCE(c."minutes", 0)) AS "minutes", max(p."cellKey") AS "cellKey"
    FROM "Contact" c JOIN "Participant" p ON p."id" = c."participantId"
    WHERE ${inCohort(db, scope)}
    GROUP BY c."participantId"${by === "all" ? Prisma.empty : Prisma.sql`, ${key}`}`;
  };
  const groups: TContactCountGroup[] = [];
  for (const by of ["kind", "channel", "all"] as const) {
    const rows = await db.bulk.rows(Prisma.sql`
      SELECT g."kind", g."contacts", count(*), sum(g."minutes"), sum(g."cellKey"), max(g."minutes") FROM (${perParticipant(by)}) g
      GROUP BY g."kind", g."contacts"`);
    for (const [kind, contacts, participants, minutes, key, maxMinutes] of rows) {
      groups.push({
        kind: by === "all" ? null : (kind as string),
        contacts: Number(contacts),
        participants: Number(participants),
        minutes: Number(minutes ?? 0),
        key: Number(key),
        maxMinutes: Number(maxMinutes ?? 0),
      });
    }
  }
  return groups;
}

/**
 * Contacts with workplaces that belong to no one participant (CompanyContact), per kind: the
 * programme's organisations only; no participant filter can apply to them, so the caller asks
 * only when the filter has none.
 */
export async function readCompanyContacts(db: Db, scope: CohortScope): Promise<Array<{ kind: string; contacts: number; largest: number }>> {
  if (scope.organisationIds.length === 0) return [];
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT k."kind", sum(k."count"), max(k."count") FROM "CompanyContact" k
    WHERE k."programmeId" = ${scope.programmeId} AND k."organisationId" IN (${Prisma.join(scope.organisationIds)})
    GROUP BY k."kind"`);
  return rows.map(([kind, contacts, largest]) => ({ kind: kind as string, contacts: Number(contacts ?? 0), largest: Number(largest ?? 0) }));
}
