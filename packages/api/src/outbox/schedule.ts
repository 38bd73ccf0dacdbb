import type { Db } from "@skridt/db";
import type { TOccasion } from "@skridt/instruments";
import { canContactParticipant } from "../consent";
import { planFromStored } from "../surveys/plan";
import { surveyState } from "../surveys/state";
import { cancel } from "./deliver";
import { enqueueMessage } from "./enqueue";
import { channelFor } from "./recipient";

/**
 * How far back a due occasion still gets its invitation: turning messages on (or a server that
 * was down for a week) invites the recent ones, not a programme's whole history.
 */
export const PLAN_WINDOW_DAYS = 14;
const DAY = 86_400_000;

/** When each occasion is due for a participant: enrolment, the end, and the follow-up months after it. */
function dueOccasions(p: { enrolledOn: Date; endedOn: Date | null }, followupMonths: number | undefined): [TOccasion, Date][] {
  const due: [TOccasion, Date][] = [["start", p.enrolledOn]];
  if (p.endedOn) {
    due.push(["end", p.endedOn]);
    if (followupMonths) {
      const at = new Date(p.endedOn);
      at.setUTCMonth(at.getUTCMonth() + followupMonths);
      due.push(["followup", at]);
    }
  }
  return due;
}

/**
 * Queues the measurement plan's invitations that are due: one per participant and occasion
 * (key plan:<participant>:<occasion>), so every process may run this at any time. Only for
 * participants with consent and an address; an occasion whose questionnaire a mentor has handed
 * over already is left alone. Returns how many were queued.
 */
export async function schedulePlanInvitations(db: Db, now: Date): Promise<number> {
  const from = new Date(now.getTime() - PLAN_WINDOW_DAYS * DAY);
  const programmes = await db.programme.findMany({ select: { id: true, measurementPlan: true } });
  let queued = 0;
  for (const programme of programmes) {
    let plan;
    try {
      plan = planFromStored(programme.measurementPlan);
    } catch {
      continue; // A broken plan is shown where it is edited; it sends nothing.
    }
    const followupMonths = plan.followupMonths;
    const followupFrom = followupMonths ? new Date(from.getTime() - followupMonths * 31 * DAY) : null;
    const participants = await db.participant.findMany({
      where: {
        programmeId: programme.id,
        erasedAt: null,
        identity: { OR: [{ email: { not: null } }, { phone: { not: null } }] },
        OR: [{ enrolledOn: { gte: from, lte: now } }, { endedOn: { gte: followupFrom ?? from, lte: now } }],
      },
      select: {
        id: true,
        organisationId: true,
        enrolledOn: true,
        endedOn: true,
        identity: { select: { email: true, phone: true } },
        surveys: { where: { respondentType: "participant" }, select: { occasion: true, status: true, expiresAt: true } },
      },
    });
    for (const p of participants) {
      for (const [occasion, dueAt] of dueOccasions(p, followupMonths)) {
        if (dueAt < from || dueAt > now || plan.occasions[occasion].length === 0) continue;
        if (p.surveys.some((s) => s.occasion === occasion && s.status !== "withdrawn" && surveyState(s, now) !== "expired")) continue;
        if (!(await canContactParticipant(db, p.id, { occasion, at: now }))) continue;
        const preference = await db.messagePreference.findUnique({ where: { participantId: p.id }, select: { channel: true, locale: true } });
        const channel = channelFor(p.identity, preference?.channel);
        if (!channel) continue;
        const added = await enqueueMessage(db, {
          organisationId: p.organisationId,
          kind: "survey_invitation",
          channel,
          dedupeKey: `plan:${p.id}:${occasion}`,
          dueAt: now,
          locale: preference?.locale ?? "da",
          participantId: p.id,
          occasion,
        });
        if (added) queued += 1;
      }
    }
  }
  return queued;
}

/**
 * Cancels waiting messages whose survey has closed (submitted, withdrawn, expired), so a
 * reminder's link token does not wait in the table until the reminder's day.
 */
export async function cancelClosedSurveyMessages(db: Db, now: Date): Promise<number> {
  const waiting = await db.message.findMany({
    where: { status: "pending", surveyId: { not: null } },
    select: {
      id: true,
      organisationId: true,
      kind: true,
      channel: true,
      step: true,
      occasion: true,
      participantId: true,
      companyId: true,
      volunteerId: true,
      surveyId: true,
      locale: true,
    },
  });
  if (waiting.length === 0) return 0;
  const surveys = await db.survey.findMany({
    where: { id: { in: [...new Set(waiting.map((m) => m.surveyId!))] } },
    select: { id: true, status: true, expiresAt: true },
  });
  const state = new Map(surveys.map((s) => [s.id, surveyState(s, now)]));
  let cancelled = 0;
  for (const m of waiting) {
    const s = state.get(m.surveyId!) ?? "withdrawn";
    if (s === "open") continue;
    if ((await cancel(db, m, null, s)) === "cancelled") cancelled += 1;
  }
  return cancelled;
}
