// Everything Skridt holds about one participant (GDPR art. 15 and 20): identity, consents,
// questionnaires with answers and scores, reviews with amendments, sub-goals, contacts,
// status events and the audit rows about any of them. Plain JSON, dates as ISO strings.
import type { Db } from "@skridt/db";
import { dateToDay } from "../guards";
import { findInstrument, loadProgrammeInstruments } from "../programme-instruments/cache";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const day = (d: Date | null | undefined) => (d ? dateToDay(d) : null);
function json(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export const PARTICIPANT_RECORD_FORMAT = "skridt.participant-record/1";

export async function participantRecord(db: Db, participantId: string) {
  const p = await db.participant.findUniqueOrThrow({
    where: { id: participantId },
    include: {
      identity: true,
      organisation: { select: { id: true, name: true } },
      programme: { select: { id: true, name: true, retentionMonths: true, erasure: true } },
      mentor: { select: { id: true, name: true } },
      consents: { orderBy: { givenOn: "asc" } },
      surveys: {
        orderBy: { createdAt: "asc" },
        include: {
          assessments: {
            orderBy: [{ position: "asc" }, { createdAt: "asc" }],
            include: { answers: { orderBy: { itemId: "asc" } }, scores: { orderBy: { scaleId: "asc" } } },
          },
        },
      },
      assessments: {
        where: { surveyId: null },
        include: { answers: { orderBy: { itemId: "asc" } }, scores: { orderBy: { scaleId: "asc" } } },
        orderBy: { createdAt: "asc" },
      },
      reviews: { orderBy: [{ reviewedOn: "asc" }, { createdAt: "asc" }], include: { amendments: { orderBy: { at: "asc" } } } },
      goals: { orderBy: { createdAt: "asc" } },
      contacts: { orderBy: { occurredOn: "asc" } },
      statusEvents: { orderBy: { occurredOn: "asc" } },
    },
  });

  // The programme's own instruments into the cache, so their titles are found below.
  await loadProgrammeInstruments(db, p.programmeId);
  const assessment = (a: (typeof p.assessments)[number]) => ({
    id: a.id,
    instrumentId: a.instrumentId,
    instrumentTitle: findInstrument(a.instrumentId, a.instrumentVersion)?.title ?? findInstrument(a.instrumentId)?.title ?? null,
    instrumentVersion: a.instrumentVersion,
    occasion: a.occasion,
    status: a.status,
    mode: a.mode,
    submittedAt: iso(a.submittedAt),
    supersedesId: a.supersedesId,
    correctionReason: a.correctionReason,
    answers: a.answers.map((x) => ({ itemId: x.itemId, value: json(x.value), answeredAt: iso(x.answeredAt) })),
    scores: a.scores.map((s) => ({ scaleId: s.scaleId, value: s.value, status: s.status })),
  });

  // The audit rows about this participant or any record of theirs.
  const ids = [
    p.id,
    ...p.surveys.map((s) => s.id),
    ...p.surveys.flatMap((s) => s.assessments.map((a) => a.id)),
    ...p.assessments.map((a) => a.id),
    ...p.reviews.map((r) => r.id),
    ...p.goals.map((g) => g.id),
    ...p.contacts.map((c) => c.id),
    ...p.statusEvents.map((e) => e.id),
    ...p.consents.map((c) => c.id),
  ];
  const auditRows = await db.auditEvent.findMany({ where: { targetId: { in: ids } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const staffIds = new Set<string>();
  for (const row of auditRows) if (row.actorId) staffIds.add(row.actorId);
  for (const r of [...p.reviews, ...p.goals, ...p.contacts, ...p.statusEvents]) if (r.authorId) staffIds.add(r.authorId);
  for (const c of p.consents) if (c.recordedById) staffIds.add(c.recordedById);
  const staff = await db.user.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, name: true } });
  const staffName = new Map(staff.map((u) => [u.id, u.name]));
  const nameOf = (id: string | null) => (id ? (staffName.get(id) ?? null) : null);

  return {
    format: PARTICIPANT_RECORD_FORMAT,
    generatedAt: new Date().toISOString(),
    participant: {
      id: p.id,
      code: p.code,
      organisation: p.organisation,
      programme: { id: p.programme.id, name: p.programme.name, retentionMonths: p.programme.retentionMonths, erasure: p.programme.erasure },
      mentor: p.mentor,
      enrolledOn: day(p.enrolledOn),
      endedOn: day(p.endedOn),
      endReason: p.endReason,
      gender: p.gender,
      birthYear: p.birthYear,
      erasedAt: iso(p.erasedAt),
      createdAt: iso(p.createdAt),
    },
    identity: p.identity ? { fullName: p.identity.fullName, email: p.identity.email, phone: p.identity.phone, cpr: p.identity.cpr } : null,
    consents: p.consents.map((c) => ({
      id: c.id,
      kind: c.kind,
      textVersion: c.textVersion,
      givenOn: day(c.givenOn),
      withdrawnOn: day(c.withdrawnOn),
      recordedBy: nameOf(c.recordedById),
    })),
    surveys: p.surveys.map((s) => ({
      id: s.id,
      occasion: s.occasion,
      respondentType: s.respondentType,
      mode: s.mode,
      status: s.status,
      createdAt: iso(s.createdAt),
      openedAt: iso(s.openedAt),
      submittedAt: iso(s.submittedAt),
      withdrawnAt: iso(s.withdrawnAt),
      assessments: s.assessments.map(assessment),
    })),
    otherAssessments: p.assessments.map(assessment),
    reviews: p.reviews.map((r) => ({
      id: r.id,
      reviewedOn: day(r.reviewedOn),
      author: nameOf(r.authorId),
      modelId: r.modelId,
      scores: json(r.areaScores),
      note: r.note,
      createdAt: iso(r.createdAt),
      amendments: r.amendments.map((a) => ({ at: iso(a.at), author: nameOf(a.authorId), reason: a.reason, before: json(a.before), after: json(a.after) })),
    })),
    goals: p.goals.map((g) => ({
      id: g.id,
      areaId: g.areaId,
      title: g.title,
      actions: g.actions,
      support: g.support,
      dueOn: day(g.dueOn),
      status: g.status,
      closedOn: day(g.closedOn),
      author: nameOf(g.authorId),
      createdAt: iso(g.createdAt),
    })),
    contacts: p.contacts.map((c) => ({ id: c.id, occurredOn: day(c.occurredOn), kind: c.kind, minutes: c.minutes, note: c.note, author: nameOf(c.authorId) })),
    statusEvents: p.statusEvents.map((e) => ({
      id: e.id,
      occurredOn: day(e.occurredOn),
      status: e.status,
      hoursPerWeek: e.hoursPerWeek,
      inProcess: e.inProcess,
      note: e.note,
      author: nameOf(e.authorId),
    })),
    audit: auditRows.map((a) => ({ at: iso(a.at), actor: nameOf(a.actorId), action: a.action, targetType: a.targetType, targetId: a.targetId, ip: a.ip })),
  };
}

export type ParticipantRecord = Awaited<ReturnType<typeof participantRecord>>;
