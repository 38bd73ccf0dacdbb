import type { Db } from "@skridt/db";
import { dateToDay } from "../guards";

export type TimelineEntry =
  | { kind: "enrolled"; on: string }
  | { kind: "ended"; on: string }
  | { kind: "survey"; on: string; occasion: string; state: "created" | "submitted"; surveyId: string }
  | { kind: "review"; on: string; reviewId: string }
  | { kind: "goal"; on: string; goalId: string; title: string; status: string }
  | { kind: "contact"; on: string; contactKind: string; minutes: number | null }
  | { kind: "status"; on: string; status: string; inProcess: boolean; hoursPerWeek: number | null };

/** Everything that happened to a participant in the programme, newest first. */
export async function timelineOf(db: Db, participantId: string): Promise<TimelineEntry[]> {
  const p = await db.participant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      enrolledOn: true,
      endedOn: true,
      surveys: { where: { respondentType: "participant" }, select: { id: true, occasion: true, createdAt: true, submittedAt: true } },
      reviews: { select: { id: true, reviewedOn: true } },
      goals: { select: { id: true, title: true, status: true, createdAt: true, closedOn: true } },
      contacts: { select: { kind: true, minutes: true, occurredOn: true } },
      statusEvents: { select: { status: true, occurredOn: true, inProcess: true, hoursPerWeek: true } },
    },
  });
  const entries: TimelineEntry[] = [{ kind: "enrolled", on: dateToDay(p.enrolledOn) }];
  if (p.endedOn) entries.push({ kind: "ended", on: dateToDay(p.endedOn) });
  for (const s of p.surveys) {
    entries.push({ kind: "survey", on: dateToDay(s.createdAt), occasion: s.occasion, state: "created", surveyId: s.id });
    if (s.submittedAt) entries.push({ kind: "survey", on: dateToDay(s.submittedAt), occasion: s.occasion, state: "submitted", surveyId: s.id });
  }
  for (const r of p.reviews) entries.push({ kind: "review", on: dateToDay(r.reviewedOn), reviewId: r.id });
  for (const g of p.goals) entries.push({ kind: "goal", on: dateToDay(g.closedOn ?? g.createdAt), goalId: g.id, title: g.title, status: g.status });
  for (const c of p.contacts) entries.push({ kind: "contact", on: dateToDay(c.occurredOn), contactKind: c.kind, minutes: c.minutes });
  for (const e of p.statusEvents)
    entries.push({ kind: "status", on: dateToDay(e.occurredOn), status: e.status, inProcess: e.inProcess, hoursPerWeek: e.hoursPerWeek });
  return entries.sort((a, b) => b.on.localeCompare(a.on));
}
