import type { Db } from "@skridt/db";
import { compareReviews, contactTotals, reviewSummary, statusPeriods, todayLocal, type TContactKind, type TReviewScores } from "@skridt/instruments";
import { dateToDay } from "../guards";
import { startToEndChange } from "../surveys/change";
import { statusEventsOf } from "../router/status-event";
import { progressionFor } from "./progression-plan";

/**
 * The progress description (progressionsbeskrivelse) a mentor hands the job centre when a
 * participant leaves. Identifying details only when the mentor asks for them.
 */
export async function progressReport(db: Db, participantId: string, opts: { includeIdentity: boolean }) {
  const participant = await db.participant.findUniqueOrThrow({
    where: { id: participantId },
    select: {
      code: true,
      enrolledOn: true,
      endedOn: true,
      programme: { select: { name: true } },
      mentor: { select: { name: true } },
      identity: { select: { fullName: true, email: true, phone: true } },
      reviews: { select: { id: true, reviewedOn: true, areaScores: true, note: true }, orderBy: [{ reviewedOn: "asc" }, { createdAt: "asc" }] },
      goals: {
        select: { id: true, reviewId: true, areaId: true, title: true, actions: true, support: true, status: true, dueOn: true, closedOn: true },
        orderBy: { createdAt: "asc" },
      },
      contacts: { select: { occurredOn: true, kind: true, minutes: true } },
    },
  });
  const { model, plan } = await progressionFor(db, participantId);
  const reviews = participant.reviews.map((r) => ({
    id: r.id,
    reviewedOn: dateToDay(r.reviewedOn),
    scores: JSON.parse(r.areaScores) as TReviewScores,
    note: r.note,
  }));
  const first = reviews[0];
  const latest = reviews[reviews.length - 1];
  const until = participant.endedOn ? dateToDay(participant.endedOn) : todayLocal();
  const events = (await statusEventsOf(db, participantId)).map((r) => r.event);
  return {
    generatedOn: todayLocal(),
    participant: {
      code: participant.code,
      programme: participant.programme.name,
      mentor: participant.mentor?.name ?? null,
      enrolledOn: dateToDay(participant.enrolledOn),
      endedOn: participant.endedOn ? dateToDay(participant.endedOn) : null,
      identity: opts.includeIdentity && participant.identity ? participant.identity : null,
    },
    model,
    plan,
    reviews: reviews.map((r) => ({ ...r, summary: reviewSummary(model, plan, r.scores) })),
    comparison:
      first && latest && first !== latest
        ? { from: first.reviewedOn, to: latest.reviewedOn, areas: compareReviews(model, plan, first.scores, latest.scores) }
        : null,
    goals: participant.goals.map((g) => ({ ...g, dueOn: g.dueOn ? dateToDay(g.dueOn) : null, closedOn: g.closedOn ? dateToDay(g.closedOn) : null })),
    questionnaireChange: await startToEndChange(db, participantId),
    contacts: contactTotals(
      participant.contacts.map((c) => ({ occurredOn: dateToDay(c.occurredOn), kind: c.kind as TContactKind, minutes: c.minutes ?? undefined })),
    ),
    statusPeriods: statusPeriods(events, until),
  };
}
