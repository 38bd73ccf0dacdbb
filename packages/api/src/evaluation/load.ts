// Reads a programme's rows for analytics. Pseudonymous by construction: nothing here selects
// ParticipantIdentity, so no name, e-mail or phone can reach an evaluator's figures or exports.
import type { Db } from "@skridt/db";
import type { TAnswerRow, TContactRow, TParticipantRow, TReviewRow, TScoreRow, TStatusEventRow, TSurveyRow } from "@skridt/analytics";
import { surveyState } from "../surveys/state";

const day = (d: Date) => d.toISOString().slice(0, 10);

export interface ProgrammeRows {
  participants: (TParticipantRow & { code: string })[];
  surveys: TSurveyRow[];
  scores: TScoreRow[];
  answers: TAnswerRow[];
  reviews: TReviewRow[];
  statusEvents: TStatusEventRow[];
  contacts: TContactRow[];
}

export type RowKind = keyof Omit<ProgrammeRows, "participants">;

export async function loadProgrammeRows(db: Db, programmeId: string, organisationIds: string[], want: RowKind[]): Promise<ProgrammeRows> {
  const where = { programmeId, organisationId: { in: organisationIds } };
  const participantWhere = { participant: where };
  const participants = await db.participant.findMany({
    where,
    select: { id: true, code: true, organisationId: true, enrolledOn: true, endedOn: true, gender: true, birthYear: true },
  });
  const rows: ProgrammeRows = {
    participants: participants.map((p) => ({
      participantId: p.id,
      code: p.code,
      organisationId: p.organisationId,
      enrolledOn: day(p.enrolledOn),
      ...(p.endedOn ? { endedOn: day(p.endedOn) } : {}),
      ...(p.gender ? { gender: p.gender } : {}),
      ...(p.birthYear ? { birthYear: p.birthYear } : {}),
    })),
    surveys: [],
    scores: [],
    answers: [],
    reviews: [],
    statusEvents: [],
    contacts: [],
  };
  if (want.includes("surveys")) {
    const surveys = await db.survey.findMany({ where: { ...participantWhere, respondentType: "participant" }, select: { participantId: true, occasion: true, status: true, expiresAt: true } });
    rows.surveys = surveys.flatMap((s) => {
      const state = surveyState(s);
      // Employers' and volunteers' questionnaires are not the participants' own.
      if (!s.participantId) return [];
      return {
        participantId: s.participantId,
        occasion: s.occasion,
        // Begun but never sent counts as incomplete whether or not its link has since expired.
        state: state === "submitted" ? "submitted" : state === "withdrawn" ? "cancelled" : s.status === "in_progress" ? "in_progress" : state === "expired" ? "expired" : "open",
      };
    });
  }
  if (want.includes("scores")) {
    const scores = await db.score.findMany({
      where: { assessment: { status: "submitted", participant: where } },
      select: { scaleId: true, value: true, assessment: { select: { participantId: true, occasion: true, instrumentId: true } } },
    });
    rows.scores = scores.flatMap((s) => (s.assessment.participantId === null ? [] : { participantId: s.assessment.participantId, occasion: s.assessment.occasion, instrumentId: s.assessment.instrumentId, scaleId: s.scaleId, value: s.value }));
  }
  if (want.includes("answers")) {
    const answers = await db.answer.findMany({
      where: { assessment: { status: "submitted", participant: where } },
      select: { itemId: true, value: true, assessment: { select: { participantId: true, occasion: true, instrumentId: true } } },
    });
    rows.answers = answers.flatMap((a) =>
      a.assessment.participantId === null
        ? []
        : { participantId: a.assessment.participantId, occasion: a.assessment.occasion, instrumentId: a.assessment.instrumentId, itemId: a.itemId, value: JSON.parse(a.value) as TAnswerRow["value"] },
    );
  }
  if (want.includes("reviews")) {
    const reviews = await db.review.findMany({ where: participantWhere, select: { participantId: true, reviewedOn: true, areaScores: true } });
    rows.reviews = reviews.map((r) => {
      const parsed = JSON.parse(r.areaScores) as Record<string, { mentor: number } | null>;
      return { participantId: r.participantId, reviewedOn: day(r.reviewedOn), scores: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v?.mentor ?? null])) };
    });
  }
  if (want.includes("statusEvents")) {
    const events = await db.statusEvent.findMany({ where: participantWhere, select: { participantId: true, status: true, occurredOn: true, hoursPerWeek: true, inProcess: true }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] });
    rows.statusEvents = events.map((e) => ({ participantId: e.participantId, status: e.status, occurredOn: day(e.occurredOn), ...(e.hoursPerWeek !== null ? { hoursPerWeek: e.hoursPerWeek } : {}), ...(e.inProcess ? { inProcess: true } : {}) }));
  }
  if (want.includes("contacts")) {
    const contacts = await db.contact.findMany({ where: participantWhere, select: { participantId: true, kind: true, occurredOn: true, minutes: true } });
    rows.contacts = contacts.map((c) => ({ participantId: c.participantId, kind: c.kind, occurredOn: day(c.occurredOn), ...(c.minutes !== null ? { minutes: c.minutes } : {}) }));
  }
  return rows;
}
