// How questionnaires reached participants (the outbox's e-mail or SMS, or a mentor's hand-over in
// the questionnaire's mode) and how many were answered, and answered after a reminder: counted in
// the database, grouped, with the key sums disclosure control perturbs by.
import { Prisma, type Db } from "@skridt/db";
import type { TKeyedChannelResponse } from "@skridt/analytics";
import { inCohort, type CohortScope } from "./read-counts";

export async function readChannelResponses(db: Db, scope: CohortScope): Promise<TKeyedChannelResponse[]> {
  if (scope.organisationIds.length === 0) return [];
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT s."occasion",
      COALESCE((SELECT min(m."channel") FROM "Message" m WHERE m."surveyId" = s."id" AND m."kind" IN ('survey_invitation', 'survey_reminder') AND m."status" = 'sent'), s."mode"),
      CASE WHEN s."status" = 'submitted' THEN 1 ELSE 0 END,
      CASE WHEN s."status" = 'submitted' AND EXISTS (
        SELECT 1 FROM "Message" r WHERE r."surveyId" = s."id" AND r."kind" = 'survey_reminder' AND r."status" = 'sent' AND r."sentAt" < s."submittedAt"
      ) THEN 1 ELSE 0 END,
      count(*), sum(p."cellKey")
    FROM "Survey" s JOIN "Participant" p ON p."id" = s."participantId"
    WHERE s."respondentType" = 'participant' AND s."status" <> 'withdrawn' AND ${inCohort(db, scope)}
    GROUP BY 1, 2, 3, 4`);
  const cells = new Map<string, TKeyedChannelResponse>();
  for (const row of rows) {
    const [occasion, channel, completed, afterReminder, count, key] = [
      String(row[0]),
      String(row[1]),
      Number(row[2]),
      Number(row[3]),
      Number(row[4]),
      Number(row[5] ?? 0),
    ];
    const id = `${occasion}\u0000${channel}`;
    const cell = cells.get(id) ?? { occasion, channel, sent: { count: 0, key: 0 }, completed: { count: 0, key: 0 }, afterReminder: { count: 0, key: 0 } };
    cell.sent.count += count;
    cell.sent.key += key;
    if (completed) {
      cell.completed.count += count;
      cell.completed.key += key;
    }
    if (afterReminder) {
      cell.afterReminder.count += count;
      cell.afterReminder.key += key;
    }
    cells.set(id, cell);
  }
  return [...cells.values()].sort((a, b) => a.occasion.localeCompare(b.occasion) || a.channel.localeCompare(b.channel));
}
