// Submitted assessments with their answers and scores, for the row-level exports. A
// corrected assessment has status "superseded" and its correction "submitted", so asking
// for "submitted" gives exactly the current version of each.
import { createHash } from "node:crypto";
import type { Db } from "@skridt/db";
import { externalSurveysWhere } from "../external/results";

export interface ExportAssessment {
  id: string;
  participantId: string;
  occasion: string;
  instrumentId: string;
  instrumentVersion: string;
  mode: string;
  submittedOn: string | null;
  answers: Map<string, unknown>;
  scores: Map<string, number | null>;
}

const OCCASION_ORDER: Record<string, number> = { start: 0, end: 1, followup: 2 };

export async function loadSubmittedAssessments(db: Db, participantIds: string[]): Promise<ExportAssessment[]> {
  const found = [];
  // Chunked: PostgreSQL and SQLite both cap the number of bound parameters per query.
  for (let i = 0; i < participantIds.length; i += 500) {
    found.push(
      ...(await db.assessment.findMany({
        // The participant's own questionnaires: through a participant survey, or imported (no survey).
        where: {
          status: "submitted",
          participantId: { in: participantIds.slice(i, i + 500) },
          OR: [{ surveyId: null }, { survey: { respondentType: "participant" } }],
        },
        select: {
          id: true,
          participantId: true,
          occasion: true,
          instrumentId: true,
          instrumentVersion: true,
          mode: true,
          submittedAt: true,
          position: true,
          answers: { select: { itemId: true, value: true } },
          scores: { select: { scaleId: true, value: true } },
        },
      })),
    );
  }
  const order = new Map(participantIds.map((id, index) => [id, index]));
  // Only participants' own questionnaires (never an employer's or volunteer's, when those exist).
  const own = found.flatMap((a) => (a.participantId === null ? [] : [{ ...a, participantId: a.participantId }]));
  own.sort(
    (a, b) =>
      (order.get(a.participantId) ?? 0) - (order.get(b.participantId) ?? 0) ||
      (OCCASION_ORDER[a.occasion] ?? 9) - (OCCASION_ORDER[b.occasion] ?? 9) ||
      a.position - b.position ||
      a.instrumentId.localeCompare(b.instrumentId),
  );
  return own.map((a) => ({
    id: a.id,
    participantId: a.participantId,
    occasion: a.occasion,
    instrumentId: a.instrumentId,
    instrumentVersion: a.instrumentVersion,
    mode: a.mode,
    submittedOn: a.submittedAt ? a.submittedAt.toISOString().slice(0, 10) : null,
    answers: new Map(a.answers.map((x) => [x.itemId, JSON.parse(x.value) as unknown])),
    scores: new Map(a.scores.map((s) => [s.scaleId, s.value])),
  }));
}

/** An employer's or volunteer mentor's submitted questionnaire, with a pseudonymous respondent code. */
export interface ExternalExportAssessment extends Omit<ExportAssessment, "participantId"> {
  respondentType: "company" | "volunteer";
  /** "C-" or "V-" and the first 8 hex digits of the survey id's sha256: one code per questionnaire. */
  respondentCode: string;
  organisationId: string;
}

export const externalRespondentCode = (respondentType: "company" | "volunteer", surveyId: string) =>
  `${respondentType === "company" ? "C" : "V"}-${createHash("sha256").update(surveyId).digest("hex").slice(0, 8)}`;

/**
 * The programme's external questionnaires within these organisations. Selects neither the
 * company's nor the volunteer's name or contact details, nor the participant a survey is about.
 */
export async function loadExternalAssessments(db: Db, programmeId: string, organisationIds: string[]): Promise<ExternalExportAssessment[]> {
  const surveys = await db.survey.findMany({
    where: externalSurveysWhere(programmeId, organisationIds),
    select: {
      id: true,
      respondentType: true,
      createdAt: true,
      company: { select: { organisationId: true } },
      volunteer: { select: { organisationId: true } },
      assessments: {
        where: { status: "submitted" },
        select: {
          id: true,
          occasion: true,
          instrumentId: true,
          instrumentVersion: true,
          mode: true,
          submittedAt: true,
          position: true,
          answers: { select: { itemId: true, value: true } },
          scores: { select: { scaleId: true, value: true } },
        },
        orderBy: { position: "asc" },
      },
    },
    orderBy: [{ respondentType: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return surveys.flatMap((s) => {
    const respondentType = s.respondentType === "company" ? "company" : "volunteer";
    const organisationId = s.company?.organisationId ?? s.volunteer?.organisationId ?? "";
    const respondentCode = externalRespondentCode(respondentType, s.id);
    return s.assessments.map((a) => ({
      id: a.id,
      respondentType,
      respondentCode,
      organisationId,
      occasion: a.occasion,
      instrumentId: a.instrumentId,
      instrumentVersion: a.instrumentVersion,
      mode: a.mode,
      submittedOn: a.submittedAt ? a.submittedAt.toISOString().slice(0, 10) : null,
      answers: new Map(a.answers.map((x) => [x.itemId, JSON.parse(x.value) as unknown])),
      scores: new Map(a.scores.map((x) => [x.scaleId, x.value])),
    }));
  });
}
