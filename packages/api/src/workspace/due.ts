import type { Db } from "@skridt/db";
import { addMonths, nextReviewDue, todayLocal } from "@skridt/instruments";
import { careDueItems } from "../care/due";
import { dateToDay } from "../guards";
import { planFromStored } from "../surveys/plan";
import { surveyState } from "../surveys/state";
import { progressionFromStored } from "./progression-plan";

export type DueKind = "review" | "end_questionnaire" | "followup" | "care";

export interface DueItem {
  participantId: string;
  code: string;
  name: string | null;
  kind: DueKind;
  /** The day it became due (YYYY-MM-DD); overdue when before today. */
  dueOn: string;
  /** For "care": the questionnaire whose scores called for care (packages/api/src/care). */
  care?: { surveyId: string; occasion: string };
}

/**
 * What a mentor's caseload needs now: a review when the plan's interval has passed since the
 * last one (or since enrolment), an end questionnaire once a participant has ended, and a
 * follow-up questionnaire the plan's months after the end.
 */
export async function dueList(db: Db, opts: { organisationId: string; mentorId?: string; today?: string }): Promise<DueItem[]> {
  const today = opts.today ?? todayLocal();
  const participants = await db.participant.findMany({
    where: { organisationId: opts.organisationId, erasedAt: null, ...(opts.mentorId ? { mentorId: opts.mentorId } : {}) },
    select: {
      id: true,
      code: true,
      enrolledOn: true,
      endedOn: true,
      identity: { select: { fullName: true } },
      programme: { select: { measurementPlan: true, progressionPlan: true, reviewIntervalDays: true } },
      reviews: { select: { reviewedOn: true }, orderBy: { reviewedOn: "desc" }, take: 1 },
      surveys: { where: { respondentType: "participant" }, select: { occasion: true, status: true, expiresAt: true } },
    },
  });
  const due: DueItem[] = [];
  for (const p of participants) {
    const base = { participantId: p.id, code: p.code, name: p.identity?.fullName ?? null };
    const measurement = planFromStored(p.programme.measurementPlan);
    const has = (occasion: string) => p.surveys.some((s) => s.occasion === occasion && ["open", "submitted"].includes(surveyState(s)));
    if (!p.endedOn) {
      const { plan } = progressionFromStored(p.programme.progressionPlan, p.programme.reviewIntervalDays);
      const last = p.reviews[0]?.reviewedOn ?? p.enrolledOn;
      const next = nextReviewDue(plan, dateToDay(last));
      if (next <= today) due.push({ ...base, kind: "review", dueOn: next });
      continue;
    }
    const ended = dateToDay(p.endedOn);
    if (measurement.occasions.end.length > 0 && !has("end")) due.push({ ...base, kind: "end_questionnaire", dueOn: ended });
    if (measurement.occasions.followup.length > 0 && measurement.followupMonths && !has("followup")) {
      const followupOn = addMonths(ended, measurement.followupMonths);
      if (followupOn <= today) due.push({ ...base, kind: "followup", dueOn: followupOn });
    }
  }
  for (const c of await careDueItems(db, opts)) {
    due.push({
      participantId: c.participantId,
      code: c.code,
      name: c.name,
      kind: "care",
      dueOn: c.dueOn,
      care: { surveyId: c.surveyId, occasion: c.occasion },
    });
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
